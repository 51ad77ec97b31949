/**
 * The retry policy's bounds and the server's wait hints at their edges: zero
 * is a valid delay and budget, every reset header a provider names is read,
 * and the number formats the headers allow are exactly the ones accepted.
 */
import { describe, expect, it } from "vitest";
import {
  backoffDelay,
  DEFAULT_RETRY,
  parseResetHeader,
  parseRetryAfter,
  RETRYABLE_STATUSES,
  resolveRetryPolicy,
  serverDelayMs,
} from "../src/retry.js";

const NOW = Date.parse("2025-01-01T00:00:00Z");

describe("resolveRetryPolicy at its bounds", () => {
  it("accepts zero for baseDelayMs, maxDelayMs and budget", () => {
    const policy = resolveRetryPolicy("p", { baseDelayMs: 0, maxDelayMs: 0, budget: 0 });
    expect([policy.baseDelayMs, policy.maxDelayMs, policy.budget]).toEqual([0, 0, 0]);
  });

  it("accepts a single attempt", () => {
    expect(resolveRetryPolicy("p", { maxAttempts: 1 }).maxAttempts).toBe(1);
  });

  it.each([
    [{ baseDelayMs: -0.001 }, "p: retry.baseDelayMs is invalid: -0.001"],
    [{ maxDelayMs: -1 }, "p: retry.maxDelayMs is invalid: -1"],
    [{ budget: Number.NaN }, "p: retry.budget is invalid: NaN"],
    [{ maxAttempts: Number.POSITIVE_INFINITY }, "p: retry.maxAttempts is invalid: Infinity"],
    [{ maxAttempts: -1 }, "p: retry.maxAttempts is invalid: -1"],
    [{ maxDelayMs: Number.POSITIVE_INFINITY }, "p: retry.maxDelayMs is invalid: Infinity"],
  ])("rejects %j", (retry, message) => {
    expect(() => resolveRetryPolicy("p", retry)).toThrow(new TypeError(message));
  });

  it("keeps the caller's values and hook, and reads false as one attempt with the defaults", () => {
    const onRetry = () => {};
    const policy = resolveRetryPolicy("p", {
      maxAttempts: 5,
      baseDelayMs: 7,
      maxDelayMs: 70,
      budget: 9,
      methods: ["delete"],
      onRetry,
    });
    expect(policy).toEqual({
      maxAttempts: 5,
      baseDelayMs: 7,
      maxDelayMs: 70,
      budget: 9,
      methods: new Set(["DELETE"]),
      onRetry,
    });
    expect(resolveRetryPolicy("p", false)).toEqual({
      maxAttempts: 1,
      baseDelayMs: DEFAULT_RETRY.baseDelayMs,
      maxDelayMs: DEFAULT_RETRY.maxDelayMs,
      budget: DEFAULT_RETRY.budget,
      methods: new Set(DEFAULT_RETRY.methods),
      onRetry: undefined,
    });
  });

  it("retries the statuses of timeouts, throttling and transient server errors only", () => {
    expect([...RETRYABLE_STATUSES].sort()).toEqual([408, 429, 500, 502, 503, 504]);
  });
});

describe("backoffDelay at its bounds", () => {
  it("is zero with a zero base or a zero cap", () => {
    expect(backoffDelay(3, { baseDelayMs: 0, maxDelayMs: 1000 }, () => 0.99)).toBe(0);
    expect(backoffDelay(3, { baseDelayMs: 100, maxDelayMs: 0 }, () => 0.99)).toBe(0);
  });

  it("doubles per retry up to the cap", () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 350 };
    const half = () => 0.5;
    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, policy, half))).toEqual([
      50, 100, 175, 175,
    ]);
  });
});

describe("serverDelayMs with several reset headers", () => {
  const resets = {
    "X-RateLimit-Reset": "epoch-seconds",
    "RateLimit-Reset": "delta-seconds",
  } as const;

  it("reads the second header when the first is absent", () => {
    const headers = new Headers({ "ratelimit-reset": "3" });
    expect(serverDelayMs(429, headers, resets, NOW)).toBe(3000);
  });

  it("reads the second header when the first is unreadable", () => {
    const headers = new Headers({ "x-ratelimit-reset": "soon", "ratelimit-reset": "4" });
    expect(serverDelayMs(429, headers, resets, NOW)).toBe(4000);
  });

  it("takes the first header that can be read, in the provider's order", () => {
    const headers = new Headers({
      "x-ratelimit-reset": String((NOW + 8000) / 1000),
      "ratelimit-reset": "4",
    });
    expect(serverDelayMs(429, headers, resets, NOW)).toBe(8000);
  });

  it("says nothing when no header can be read, or with no reset headers named", () => {
    expect(serverDelayMs(429, new Headers({ "ratelimit-reset": "x" }), resets, NOW)).toBeNull();
    expect(serverDelayMs(429, new Headers({ "ratelimit-reset": "4" }), {}, NOW)).toBeNull();
    expect(serverDelayMs(429, new Headers({ "ratelimit-reset": "4" }))).toBeNull();
  });

  it("takes an unreadable Retry-After as unsaid, and falls back to the reset headers", () => {
    const headers = new Headers({ "retry-after": "later", "ratelimit-reset": "2" });
    expect(serverDelayMs(429, headers, resets, NOW)).toBe(2000);
  });

  it("reads Retry-After of 0 as no wait, not as unsaid", () => {
    const headers = new Headers({ "retry-after": "0", "ratelimit-reset": "9" });
    expect(serverDelayMs(429, headers, resets, NOW)).toBe(0);
  });
});

describe("the header number formats", () => {
  it.each([
    ["1.5", 1500],
    ["\t2\t", 2000],
    ["0.0001", 1],
    ["007", 7000],
  ])("Retry-After %j is %j ms", (given, want) => {
    expect(parseRetryAfter(given, NOW)).toBe(want);
  });

  it.each(["1.", ".5", "1.5.5", "1 2", "+1", "0x10", "Infinity"])(
    "Retry-After %j is unreadable",
    (given) => {
      expect(parseRetryAfter(given, NOW)).toBeNull();
    },
  );

  it("reads an HTTP date with padding and counts from the given time", () => {
    expect(parseRetryAfter("  Wed, 01 Jan 2025 00:00:30 GMT  ", NOW)).toBe(30_000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:30 GMT", NOW + 10_000)).toBe(20_000);
    expect(parseRetryAfter("Someday, 99 Foo", NOW)).toBeNull();
  });

  it("reads an HTTP date from the clock when no time is given", () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const ms = parseRetryAfter(inAMinute) as number;
    expect(ms).toBeGreaterThan(55_000);
    expect(ms).toBeLessThanOrEqual(60_000);
  });

  it.each([
    ["1.5", "delta-seconds", 1500],
    ["1.0001", "delta-seconds", 1001],
    [" 2 ", "delta-seconds", 2000],
    [String((NOW + 1500) / 1000), "epoch-seconds", 1500],
    [String((NOW + 0.4) / 1000), "epoch-seconds", 1],
  ] as const)("reset header %j (%s) is %j ms", (given, format, want) => {
    expect(parseResetHeader(given, format, NOW)).toBe(want);
  });

  it.each(["", "1e3", "Wed, 01 Jan 2025 00:00:30 GMT", "2."])(
    "reset header %j is unreadable",
    (given) => {
      expect(parseResetHeader(given, "delta-seconds", NOW)).toBeNull();
    },
  );

  it("counts an epoch reset header from the clock when no time is given", () => {
    const ms = parseResetHeader(
      String(Math.floor(Date.now() / 1000) + 60),
      "epoch-seconds",
    ) as number;
    expect(ms).toBeGreaterThan(55_000);
    expect(ms).toBeLessThanOrEqual(60_000);
  });
});
