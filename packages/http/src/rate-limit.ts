/**
 * Pacing under a provider's rate limit. Linode and Northflank say on every
 * response how many requests their window allows (`X-RateLimit-Limit`), how
 * many are left (`X-RateLimit-Remaining`) and when it resets (the provider's
 * reset header). One pacer is shared by every request sent with the same
 * credential to the same provider, concurrent calls and separate clients
 * alike, and a request that the window no longer allows waits for the reset
 * instead of drawing a 429. Providers that send no such headers are never
 * paced; a 429 is still retried as the retry policy says.
 */
import { parseResetHeader, type ResetHeaderFormat } from "./retry.js";
import { sleep } from "./timeout.js";

/** How often to look again while waiting for an answer to say what the limit is. */
const POLL_MS = 10;
/**
 * Reset times this close together are one window: both headers count whole
 * seconds, and seconds-until-reset can be up to a second late. So windows of
 * a second or less are not told apart; the providers' are a minute or an hour.
 */
const SAME_WINDOW_MS = 1000;

/** Whole non-negative numbers, as the limit and remaining headers send them. */
const COUNT = /^\s*\d+\s*$/;

export class RateLimitPacer {
  /** The window's size, from the last response that said; Infinity until one has. */
  #limit = Infinity;
  /** When the current window resets, in epoch ms; 0 while unknown. */
  #resetAt = 0;
  /** The reset last passed, so that late answers from that window are told apart. */
  #passedReset = 0;
  /** Requests sent in the current window, as far as this process knows. */
  sent = 0;
  /** Of those, the ones sent before it started (in flight then): they may count in the last one. */
  #carried = 0;
  /** The most requests the provider has said it counted in the current window. */
  #used = 0;
  /** Requests sent and not yet answered. */
  inFlight = 0;
  /** Whether any request has been answered (or failed) yet. */
  #heard = false;

  /**
   * Whether a request may go now (a passed reset starts a new window). The
   * first request goes alone: until its answer says what the limit is, a
   * burst of concurrent calls could exceed it.
   */
  ready(now: number): boolean {
    if (!this.#heard) return this.inFlight === 0;
    if (this.#resetAt > 0 && now >= this.#resetAt) this.#nextWindow();
    return Math.max(this.sent, this.#used) < this.#limit;
  }

  /** Counts a request that is about to be sent. */
  take(): void {
    this.sent++;
    this.inFlight++;
  }

  /**
   * Waits until a request may be sent, then counts it. A wait longer than
   * `maxWaitMs` is not made: the request goes, and the provider decides.
   * Rejects when a signal aborts.
   */
  async wait(maxWaitMs: number, signals: readonly (AbortSignal | undefined)[]): Promise<void> {
    const started = Date.now();
    for (let now = started; !this.ready(now); now = Date.now()) {
      // With no reset known (the first answer, or the first of a new window), the next answer will say.
      const pause = this.#resetAt > 0 ? this.#resetAt - now : POLL_MS;
      if (now - started + pause > maxWaitMs) break;
      await sleep(pause, signals);
    }
    this.take();
  }

  /** Counts a request that got no answer (a connection error, a timeout, a cancel). */
  dropped(): void {
    this.inFlight--;
    this.#heard = true;
  }

  /** Counts a request as answered, and reads the rate-limit headers of its response. */
  answered(headers: Headers, reset: [string, ResetHeaderFormat] | undefined, now: number): void {
    this.dropped();
    const limit = headers.get("x-ratelimit-limit") ?? "";
    const remaining = headers.get("x-ratelimit-remaining") ?? "";
    const resetIn = reset && parseResetHeader(headers.get(reset[0]), reset[1], now);
    if (!COUNT.test(limit) || !COUNT.test(remaining) || resetIn == null) return;
    const resetAt = now + resetIn;
    if (resetAt < this.#passedReset + SAME_WINDOW_MS) {
      // A late answer from the window that passed: its request did not count in this one.
      if (this.#carried > 0) {
        this.#carried--;
        this.sent--;
      }
      return;
    }
    if (this.#resetAt > 0 && resetAt >= this.#resetAt + SAME_WINDOW_MS) this.#nextWindow();
    if (this.#resetAt === 0) this.#resetAt = resetAt;
    this.#limit = Number(limit);
    this.#used = Math.max(this.#used, this.#limit - Number(remaining));
  }

  /** The window has reset: requests still in flight may land in the new one, so they count there. */
  #nextWindow(): void {
    this.#passedReset = this.#resetAt;
    this.#resetAt = 0;
    this.sent = this.#carried = this.inFlight;
    this.#used = 0;
  }
}

/** Pacers by provider, origin and credential. Bounded: a process talks to few accounts. */
const pacers = new Map<string, RateLimitPacer>();

/** The pacer every request with these credentials to this provider shares. */
export function pacerFor(provider: string, baseUrl: string, secrets: readonly string[]) {
  const key = [provider, baseUrl, ...secrets].join("\n");
  let pacer = pacers.get(key);
  if (!pacer) {
    if (pacers.size >= 100) pacers.clear();
    pacer = new RateLimitPacer();
    pacers.set(key, pacer);
  }
  return pacer;
}
