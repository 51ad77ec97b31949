/**
 * paginate at its bounds: exactly maxPages pages is fine and one more is not,
 * the default bound, cursors compared by value, and empty pages.
 */
import { describe, expect, it } from "vitest";
import { type Page, PaginationError, paginate } from "../src/paginate.js";

async function collect<T>(walk: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of walk) items.push(item);
  return items;
}

/** Pages 0, 1, …, last - 1, one item each; the cursor is the page number. */
const numbered = (last: number, fetched: number[]) => async (page: number) => {
  fetched.push(page);
  return { items: [page], next: page + 1 < last ? page + 1 : undefined };
};

describe("paginate at its bounds", () => {
  it("walks exactly maxPages pages", async () => {
    const fetched: number[] = [];
    const items = await collect(paginate(0, numbered(3, fetched), { provider: "p", maxPages: 3 }));
    expect(items).toEqual([0, 1, 2]);
    expect(fetched).toEqual([0, 1, 2]);
  });

  it("stops before fetching page maxPages + 1", async () => {
    const fetched: number[] = [];
    const walk = paginate(0, numbered(10, fetched), { provider: "p", maxPages: 3 });
    const error = await collect(walk).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({
      name: "PaginationError",
      message: "p: stopped after 3 pages; the list does not end",
    });
    expect(fetched).toEqual([0, 1, 2]);
  });

  it("allows 100,000 pages by default", async () => {
    const fetched: number[] = [];
    const walk = paginate(0, numbered(200_000, fetched), { provider: "p" });
    await expect(collect(walk)).rejects.toThrow("p: stopped after 100000 pages");
    expect(fetched).toHaveLength(100_000);
  });

  it("compares cursors by value, and names the repeated one", async () => {
    const pages: Record<string, Page<string, { after: string }>> = {
      a: { items: ["1"], next: { after: "b" } },
      b: { items: ["2"], next: { after: "a" } },
    };
    const walk = paginate(
      { after: "a" },
      async (c) => pages[c.after] as Page<string, { after: string }>,
      {
        provider: "p",
      },
    );
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const item of walk) seen.push(item);
      })(),
    ).rejects.toThrow(
      new PaginationError('p: the server sent cursor {"after":"a"} again; stopped to avoid a loop'),
    );
    expect(seen).toEqual(["1", "2"]);
  });

  it("walks past empty pages, and takes a falsy cursor as a cursor", async () => {
    const pages = new Map<number | string, Page<number, number | string>>([
      ["", { items: [], next: 0 }],
      [0, { items: [], next: 7 }],
      [7, { items: [7, 8], next: undefined }],
    ]);
    const walk = paginate<number, number | string>(
      "",
      async (c) => pages.get(c) as Page<number, number>,
      {
        provider: "p",
      },
    );
    expect(await collect(walk)).toEqual([7, 8]);
  });
});
