import { describe, expect, it } from "vitest";
import { RateLimiter } from "../src/rate-limit.js";
import { get, mockPerTest } from "./helpers.js";

describe("RateLimiter", () => {
  const at = Date.UTC(2026, 0, 1, 0, 0, 10); // a whole epoch second, the start of a 2 s window

  it("lets `limit` requests through per clock-aligned window and counts down in its headers", () => {
    const limiter = new RateLimiter({ limit: 3, windowMs: 2000 });
    const seen = [0, 10, 20, 30].map((ms) => limiter.admit(at + ms));
    expect(seen.map((v) => v.headers["X-RateLimit-Remaining"])).toEqual(["2", "1", "0", "0"]);
    expect(seen.map((v) => v.retryAfterSeconds)).toEqual([null, null, null, 2]);
    // Linode's reset: the epoch second the window ends.
    expect(seen[0]?.headers["X-RateLimit-Reset"]).toBe(String((at + 2000) / 1000));
    expect(seen[0]?.headers["X-RateLimit-Limit"]).toBe("3");
    // The next window starts afresh.
    expect(limiter.admit(at + 2000).retryAfterSeconds).toBeNull();
    expect(limiter.admit(at + 2000).headers["X-RateLimit-Remaining"]).toBe("1");
  });

  it("says seconds until the reset when asked to count as Northflank does", () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, reset: "delta-seconds" });
    expect(limiter.admit(at + 500).headers["X-RateLimit-Reset"]).toBe("50");
  });

  it("rejects a limit or window that cannot be enforced", () => {
    expect(() => new RateLimiter({ limit: 0, windowMs: 1000 })).toThrow(/limit of at least 1/);
    expect(() => new RateLimiter({ limit: 1, windowMs: Number.NaN })).toThrow(/window/);
  });
});

describe("startMockProviders with a rate limit", () => {
  const start = mockPerTest("linode");

  it("answers over the limit with the provider's 429, Retry-After and the headers", async () => {
    // An hour's window: these requests take milliseconds, so they share one.
    const m = await start({ rateLimit: { limit: 2, windowMs: 3_600_000 } });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await get(m, "/linode/instances"));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(answers.map((a) => a.headers.get("x-ratelimit-remaining"))).toEqual(["1", "0", "0"]);
    expect(answers[0]?.headers.get("x-ratelimit-limit")).toBe("2");
    expect(answers[0]?.headers.get("x-ratelimit-reset")).toMatch(/^\d{10}$/);
    const limited = answers[2];
    expect(limited?.body).toEqual({ errors: [{ reason: "Too many requests" }] });
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
