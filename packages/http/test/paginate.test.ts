import { describe, expect, it, vi } from "vitest";
import { PAGINATION_LIMITS, type Page, PaginationError, paginate } from "../src/index.js";

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
      "test: the server sent a cursor it had sent before; stopped to avoid a loop (after 2 pages and 2 items)",
    );
  });

  it("stops with an error after maxPages", async () => {
    const walk = paginate(1, async (n: number) => ({ items: [n], next: n + 1 }), {
      provider: "test",
      maxPages: 5,
    });
    await expect(collect(walk)).rejects.toThrow(
      "test: stopped at the limit of 5 pages (maxPages) (after 5 pages and 5 items)",
    );
  });

  /** Items read until the walk failed, and its error. */
  async function walkUntilFailure<T>(walk: AsyncIterable<T>) {
    const items: T[] = [];
    try {
      for await (const item of walk) items.push(item);
    } catch (error) {
      return { items, error: error as PaginationError };
    }
    throw new Error("the walk ended without an error");
  }

  it("stops after maxItems, having yielded exactly that many", async () => {
    const walk = paginate(1, async (n: number) => ({ items: [n, n, n], next: n + 1 }), {
      provider: "test",
      maxItems: 7,
    });
    const { items, error } = await walkUntilFailure(walk);
    expect(items).toHaveLength(7);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.message).toBe(
      "test: stopped at the limit of 7 items (maxItems) (after 2 pages and 7 items)",
    );
    expect([error.pages, error.items]).toEqual([2, 7]);
  });

  it("stops when the walk has run longer than maxDurationMs", async () => {
    // A clock that each page moves on by 15 ms, so the test does not depend on the machine's load.
    let now = 1_000_000;
    const clock = vi.spyOn(Date, "now").mockImplementation(() => now);
    try {
      const walk = paginate(
        1,
        async (n: number) => {
          now += 15;
          return { items: [n], next: n + 1 };
        },
        { provider: "test", maxDurationMs: 40 },
      );
      const { items, error } = await walkUntilFailure(walk);
      // Pages start at 0, 15 and 30 ms; at 45 ms the walk is over its 40 ms.
      expect(error.message).toBe(
        "test: stopped at the limit of 40 ms (maxDurationMs) (after 3 pages and 3 items)",
      );
      expect(items).toEqual([1, 2, 3]);
    } finally {
      clock.mockRestore();
    }
  });

  it("has documented defaults that bound a cursor that changes forever", () => {
    expect(PAGINATION_LIMITS).toEqual({
      maxPages: 10_000,
      maxItems: 1_000_000,
      maxDurationMs: 3_600_000,
    });
  });

  it.each([
    ["null", null],
    ["a page without items", { next: 2 }],
    ["items that are an object", { items: { 0: "a" }, next: 2 }],
    ["items that are a string", { items: "abc", next: 2 }],
  ])("stops on %s, keeping the items read before", async (_name, bad) => {
    const walk = paginate(
      1,
      async (n: number) =>
        n === 1 ? { items: ["a", "b"], next: 2 } : (bad as Page<string, number>),
      { provider: "test" },
    );
    const { items, error } = await walkUntilFailure(walk);
    expect(items).toEqual(["a", "b"]);
    expect(error.message).toBe("test: page 2 has no list of items (after 1 page and 2 items)");
  });

  it("never quotes a cursor: a server may put a secret in one", async () => {
    const cursor = `c-${"s3cr3t".repeat(40)}`;
    const walk = paginate("start", async () => ({ items: [1], next: cursor }), {
      provider: "test",
    });
    const { error } = await walkUntilFailure(walk);
    expect(error.message).not.toContain("s3cr3t");
    expect(JSON.stringify(error)).not.toContain("s3cr3t");
  });

  it("says nothing of progress when the first page already fails", async () => {
    const walk = paginate(1, async () => ({ items: "none" }) as unknown as Page<number, number>, {
      provider: "test",
    });
    const { error } = await walkUntilFailure(walk);
    expect(error.message).toBe("test: page 1 has no list of items");
    expect([error.pages, error.items]).toEqual([0, 0]);
  });

  it("adds how far the walk got to a provider's own PaginationError", async () => {
    const walk = paginate(
      1,
      async (n: number) => {
        if (n === 3) throw new PaginationError("test: page 3 is not a page");
        return { items: [n], next: n + 1 };
      },
      { provider: "test" },
    );
    const { items, error } = await walkUntilFailure(walk);
    expect(items).toEqual([1, 2]);
    expect(error.message).toBe("test: page 3 is not a page (after 2 pages and 2 items)");
  });
});
