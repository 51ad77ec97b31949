/**
 * paginate at its bounds: exactly maxPages pages is fine and one more is not,
 * the default bound, cursors compared by value (and never quoted), and empty pages.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { PAGINATION_LIMITS, type Page, PaginationError, paginate } from "../src/paginate.js";

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
      message: "p: stopped at the limit of 3 pages (maxPages) (after 3 pages and 3 items)",
      pages: 3,
      items: 3,
    });
    expect(fetched).toEqual([0, 1, 2]);
  });

  it("allows 10,000 pages by default", async () => {
    expect(PAGINATION_LIMITS.maxPages).toBe(10_000);
    const fetched: number[] = [];
    const walk = paginate(0, numbered(20_000, fetched), { provider: "p" });
    await expect(collect(walk)).rejects.toThrow(
      "p: stopped at the limit of 10000 pages (maxPages)",
    );
    expect(fetched).toHaveLength(10_000);
  });

  it("compares cursors by value, and never quotes the repeated one", async () => {
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
      "p: the server sent a cursor it had sent before; stopped to avoid a loop (after 2 pages and 2 items)",
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

describe("paginate's errors", () => {
  it("says how far a walk got in the singular after one page and one item", async () => {
    const walk = paginate(
      0,
      async (page: number) => {
        if (page === 1) throw new PaginationError("p: page 2 is not a page");
        return { items: ["a"], next: 1 };
      },
      { provider: "p" },
    );
    await expect(collect(walk)).rejects.toMatchObject({
      message: "p: page 2 is not a page (after 1 page and 1 item)",
      pages: 1,
      items: 1,
    });
  });

  it.each([
    ["another error", new TypeError("socket closed")],
    [
      "a PaginationError that already says how far",
      new PaginationError("q: done", { pages: 4, items: 9 }),
    ],
  ])("passes %s on as it is", async (_name, thrown) => {
    const walk = paginate(
      0,
      async (page: number) => {
        if (page === 1) throw thrown;
        return { items: ["a"], next: 1 };
      },
      { provider: "p" },
    );
    expect(await collect(walk).catch((e: unknown) => e)).toBe(thrown);
  });
});

describe("paginate's time bound", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("fetches a page that starts exactly maxDurationMs after the first, and stops 1 ms later", async () => {
    let now = 1_000_000;
    vi.spyOn(Date, "now").mockImplementation(() => now);
    const fetched: number[] = [];
    const walk = paginate(
      0,
      async (page: number) => {
        fetched.push(page);
        // Page 1 starts 500 ms after page 0; page 2 would start 501 ms after it.
        now += page === 0 ? 500 : 1;
        return { items: [page], next: page + 1 };
      },
      { provider: "p", maxDurationMs: 500 },
    );
    await expect(collect(walk)).rejects.toThrow(
      "p: stopped at the limit of 500 ms (maxDurationMs) (after 2 pages and 2 items)",
    );
    expect(fetched).toEqual([0, 1]);
  });
});
