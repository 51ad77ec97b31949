import { describe, expect, it } from "vitest";
import {
  backoffDelay,
  parseResetHeader,
  parseRetryAfter,
  type ResetHeaderFormat,
} from "../src/index.js";
import { resolveRetryPolicy, serverDelayMs } from "../src/retry.js";

const NOW = Date.parse("2025-01-01T00:00:00Z");

describe("parseRetryAfter", () => {
  it.each<[string, { given: string | null; want: number | null }]>([
    ["absent", { given: null, want: null }],
    ["delta-seconds", { given: "120", want: 120_000 }],
    ["zero", { given: "0", want: 0 }],
    ["padded", { given: " 3 ", want: 3000 }],
    ["fractional seconds, rounded up to the ms", { given: "1.0005", want: 1001 }],
    ["an HTTP date 30 s ahead", { given: "Wed, 01 Jan 2025 00:00:30 GMT", want: 30_000 }],
    ["an HTTP date in the past", { given: "Tue, 31 Dec 2024 23:59:00 GMT", want: 0 }],
    ["a negative number", { given: "-5", want: null }],
    ["an exponent", { given: "1e3", want: null }],
    ["garbage", { given: "soon", want: null }],
    ["empty", { given: "", want: null }],
  ])("%s", (_name, { given, want }) => {
    expect(parseRetryAfter(given, NOW)).toBe(want);
  });
});

describe("parseResetHeader", () => {
  const epoch = (ms: number) => String((NOW + ms) / 1000);
  it.each<[string, { given: string | null; format: ResetHeaderFormat; want: number | null }]>([
    ["epoch seconds 5 s ahead", { given: epoch(5000), format: "epoch-seconds", want: 5000 }],
    ["epoch seconds in the past", { given: epoch(-5000), format: "epoch-seconds", want: 0 }],
    ["delta seconds", { given: "42", format: "delta-seconds", want: 42_000 }],
    ["absent", { given: null, format: "epoch-seconds", want: null }],
    ["not a number", { given: "tomorrow", format: "delta-seconds", want: null }],
    ["negative", { given: "-1", format: "delta-seconds", want: null }],
  ])("%s", (_name, { given, format, want }) => {
    expect(parseResetHeader(given, format, NOW)).toBe(want);
  });
});

describe("serverDelayMs", () => {
  const reset = { "X-RateLimit-Reset": "epoch-seconds" } as const;
  const headers = (h: Record<string, string>) => new Headers(h);
  const resetIn10s = String((NOW + 10_000) / 1000);
  it.each<[string, { status: number; given: Record<string, string>; want: number | null }]>([
    [
      "Retry-After wins over the reset header",
      {
        status: 429,
        given: { "retry-after": "2", "x-ratelimit-reset": resetIn10s },
        want: 2000,
      },
    ],
    [
      "the reset header on a 429",
      { status: 429, given: { "x-ratelimit-reset": resetIn10s }, want: 10_000 },
    ],
    [
      "the reset header is ignored on a 503",
      { status: 503, given: { "x-ratelimit-reset": resetIn10s }, want: null },
    ],
    ["Retry-After on a 503", { status: 503, given: { "retry-after": "7" }, want: 7000 }],
    ["nothing said", { status: 500, given: {}, want: null }],
  ])("%s", (_name, { status, given, want }) => {
    expect(serverDelayMs(status, headers(given), reset, NOW)).toBe(want);
  });
});

describe("backoffDelay (full jitter)", () => {
  const policy = { baseDelayMs: 100, maxDelayMs: 20_000 };
  it.each<[string, { retry: number; random: number; want: number }]>([
    ["first retry, top of the range", { retry: 1, random: 0.999_999, want: 99 }],
    ["first retry, bottom", { retry: 1, random: 0, want: 0 }],
    ["second retry doubles the range", { retry: 2, random: 0.5, want: 100 }],
    ["fifth retry", { retry: 5, random: 0.5, want: 800 }],
    ["capped at maxDelayMs", { retry: 20, random: 0.999_999, want: 19_999 }],
  ])("%s", (_name, { retry, random, want }) => {
    expect(backoffDelay(retry, policy, () => random)).toBe(want);
  });

  it("stays within [0, cap) over many draws", () => {
    for (let retry = 1; retry <= 12; retry++) {
      const cap = Math.min(20_000, 100 * 2 ** (retry - 1));
      for (let i = 0; i < 50; i++) {
        const delay = backoffDelay(retry, policy);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(cap);
      }
    }
  });
});

describe("resolveRetryPolicy", () => {
  it("fills in the documented defaults", () => {
    const policy = resolveRetryPolicy("test", undefined);
    expect(policy).toMatchObject({
      maxAttempts: 3,
      baseDelayMs: 100,
      maxDelayMs: 20_000,
      budget: 500,
    });
    expect([...policy.methods]).toEqual(["GET", "HEAD", "PUT", "DELETE"]);
  });

  it("reads false as a single attempt", () => {
    expect(resolveRetryPolicy("test", false).maxAttempts).toBe(1);
  });

  it("upper-cases methods the caller opts in", () => {
    expect(resolveRetryPolicy("test", { methods: ["get", "post"] }).methods).toEqual(
      new Set(["GET", "POST"]),
    );
  });

  it.each([
    [{ maxAttempts: 0 }, "retry.maxAttempts is invalid: 0"],
    [{ maxAttempts: 1.5 }, "retry.maxAttempts is invalid: 1.5"],
    [{ baseDelayMs: -1 }, "retry.baseDelayMs is invalid: -1"],
    [{ maxDelayMs: Number.NaN }, "retry.maxDelayMs is invalid: NaN"],
    [{ budget: -5 }, "retry.budget is invalid: -5"],
  ])("rejects %j", (retry, message) => {
    expect(() => resolveRetryPolicy("test", retry)).toThrow(`test: ${message}`);
  });
});
