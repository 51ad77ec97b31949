/**
 * When to retry and how long to wait: exponential backoff with full jitter
 * (a random delay between 0 and min(maxDelay, base · 2^n)), unless the server
 * says how long to wait (Retry-After, or the provider's rate-limit reset header).
 */

/** What the caller may tune; every field has a default. */
export interface RetryOptions {
  /** Requests in all, the first one included. Default 3. */
  maxAttempts?: number;
  /** The backoff base: the first retry waits up to this long. Default 100 ms. */
  baseDelayMs?: number;
  /**
   * The backoff cap. A server asking for a longer wait (Retry-After, reset
   * header) is not retried: its error is returned with `retryAfterMs`. Default 20 s.
   */
  maxDelayMs?: number;
  /**
   * Methods that may be sent again. Default GET, HEAD, PUT and DELETE (idempotent);
   * add POST or PATCH only for endpoints that are safe to repeat.
   */
  methods?: readonly string[];
  /**
   * Size of the client's retry budget in tokens (a token bucket shared by all of
   * the client's requests; a retry costs 5, a retry after a timeout 10, and a
   * success gives tokens back). Default 500.
   */
  budget?: number;
  /** Called before each retry, e.g. to log it. */
  onRetry?: (event: RetryEvent) => void;
}

/** One retry about to happen. Holds no request, headers or URL. */
export interface RetryEvent {
  provider: string;
  method: string;
  path: string;
  /** The attempt that just failed, counting from 1. */
  attempt: number;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** The failed attempt's status, or null when no response arrived. */
  status: number | null;
  /** Why: `503 Service Unavailable`, `no answer within 30000 ms`, `connection error (...)`. */
  reason: string;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  methods: ReadonlySet<string>;
  budget: number;
  onRetry: ((event: RetryEvent) => void) | undefined;
}

export const DEFAULT_RETRY = {
  maxAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 20_000,
  methods: ["GET", "HEAD", "PUT", "DELETE"],
  budget: 500,
} as const;

/** Statuses worth another try: timeouts, throttling and transient server errors. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

type NumericOption = "maxAttempts" | "baseDelayMs" | "maxDelayMs" | "budget";

const isNonNegative = (n: number) => Number.isFinite(n) && n >= 0;

/**
 * `value`, or a TypeError naming the option and the value when `valid` says
 * no: every numeric option of a client is checked through here, so browser
 * bundles carry one message for all of them. Only numbers are quoted, never a credential.
 */
export function checkOption<T>(provider: string, name: string, value: T, valid: boolean): T {
  if (!valid) throw new TypeError(`${provider}: ${name} is invalid: ${value}`);
  return value;
}

/** Fills in defaults and rejects values that would make no sense. `false` means one attempt. */
export function resolveRetryPolicy(
  provider: string,
  retry: RetryOptions | false | undefined,
): RetryPolicy {
  const options: RetryOptions = retry === false ? { maxAttempts: 1 } : (retry ?? {});
  const read = (name: NumericOption, valid: (n: number) => boolean) => {
    const value = options[name] ?? DEFAULT_RETRY[name];
    return checkOption(provider, `retry.${name}`, value, valid(value));
  };
  return {
    maxAttempts: read("maxAttempts", (n) => Number.isInteger(n) && n >= 1),
    baseDelayMs: read("baseDelayMs", isNonNegative),
    maxDelayMs: read("maxDelayMs", isNonNegative),
    budget: read("budget", isNonNegative),
    methods: new Set((options.methods ?? DEFAULT_RETRY.methods).map((m) => m.toUpperCase())),
    onRetry: options.onRetry,
  };
}

/**
 * The wait before retry number `retry` (1 for the first retry): full jitter,
 * uniformly random in [0, min(maxDelayMs, baseDelayMs · 2^(retry-1))).
 */
export function backoffDelay(
  retry: number,
  policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/** Non-negative decimal seconds, as both header kinds send them; `Number()` ignores the padding. */
const SECONDS = /^\s*\d+(\.\d+)?\s*$/;

/**
 * A `Retry-After` value in ms: delta-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2015 07:28:00 GMT`, which may be in the past: 0). Null when
 * absent or unreadable.
 */
export function parseRetryAfter(value: string | null, nowMs: number = Date.now()): number | null {
  if (value === null) return null;
  if (SECONDS.test(value)) return Math.ceil(Number(value) * 1000);
  // A date always names a day or month in letters; this keeps "-5" or "1e3" out.
  if (!/[a-z]/i.test(value)) return null;
  // Stryker disable next-line MethodExpression: Date.parse ignores the padding itself
  const at = Date.parse(value.trim());
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/**
 * How a provider's rate-limit reset header counts: `epoch-seconds` (Linode's
 * `X-RateLimit-Reset`: when the window resets) or `delta-seconds` (how long until it does).
 */
export type ResetHeaderFormat = "epoch-seconds" | "delta-seconds";

/** A reset header value in ms from now, or null when unreadable. */
export function parseResetHeader(
  value: string | null,
  format: ResetHeaderFormat,
  nowMs: number = Date.now(),
): number | null {
  // Stryker disable next-line ConditionalExpression: SECONDS.test(null) tests "null", which fails too
  if (value === null || !SECONDS.test(value)) return null;
  return Math.max(0, Math.ceil(Number(value) * 1000 - (format === "epoch-seconds" ? nowMs : 0)));
}

/**
 * How long the server asked to wait before the next request: `Retry-After` on
 * any status, then (on a 429 only, since some providers send it on every
 * response) the provider's reset headers. Null when it did not say.
 */
export function serverDelayMs(
  status: number,
  headers: Headers,
  resetHeaders: Readonly<Record<string, ResetHeaderFormat>> = {},
  nowMs: number = Date.now(),
): number | null {
  let delay = parseRetryAfter(headers.get("retry-after"), nowMs);
  for (const [name, format] of Object.entries(status === 429 ? resetHeaders : {})) {
    delay ??= parseResetHeader(headers.get(name), format, nowMs);
  }
  return delay;
}
