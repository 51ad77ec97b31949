import { describe, expect, it } from "vitest";
import { type Page, PaginationError, paginate } from "../src/index.js";

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("paginate", () => {
  it("walks every page in order", async () => {
    const pages: Record<number, Page<string, number>> = {
      1: { items: ["a", "b"], next: 2 },
      2: { items: [], next: 3 },
      3: { items: ["c"], next: undefined },
    };
    const calls: number[] = [];
    const items = await collect(
      paginate(
        1,
        async (n: number) => {
          calls.push(n);
          return pages[n] as Page<string, number>;
        },
        { provider: "test" },
      ),
    );
    expect(items).toEqual(["a", "b", "c"]);
    expect(calls).toEqual([1, 2, 3]);
  });

  it("fetches lazily: breaking early stops requests", async () => {
    let calls = 0;
    for await (const _ of paginate(
      0,
      async (n: number) => {
        calls++;
        return { items: [n], next: n + 1 };
      },
      { provider: "test" },
    )) {
      break;
    }
    expect(calls).toBe(1);
  });

  it("stops with an error when a cursor repeats", async () => {
    const walk = paginate("a", async (c: string) => ({ items: [c], next: c === "a" ? "b" : "a" }), {
      provider: "test",
    });
    await expect(collect(walk)).rejects.toThrow(
      new PaginationError('test: the server sent cursor "a" again; stopped to avoid a loop'),
    );
  });

  it("stops with an error after maxPages", async () => {
    const walk = paginate(1, async (n: number) => ({ items: [n], next: n + 1 }), {
      provider: "test",
      maxPages: 5,
    });
    await expect(collect(walk)).rejects.toThrow(
      "test: stopped after 5 pages; the list does not end",
    );
  });
});
