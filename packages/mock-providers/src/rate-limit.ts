/**
 * A provider's rate limit, as Linode and Northflank enforce it: a fixed
 * window of `windowMs` aligned to the clock (multiples of `windowMs` since
 * 1970, so a whole-second window resets on a whole epoch second), at most
 * `limit` requests in it, and every answer saying so in `X-RateLimit-Limit`,
 * `-Remaining` and `-Reset`. A request over the limit gets the provider's 429
 * with `Retry-After`.
 */
export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  /** The window, in ms; a multiple of 1,000 keeps the reset header exact. */
  windowMs: number;
  /**
   * How `X-RateLimit-Reset` counts: the epoch second the window resets
   * (Linode, the default) or the seconds until it does (Northflank).
   */
  reset?: "epoch-seconds" | "delta-seconds";
}

export interface RateLimitVerdict {
  /** The headers every answer carries. */
  headers: Record<string, string>;
  /** Seconds to wait when the request is over the limit; null when it is within it. */
  retryAfterSeconds: number | null;
}

/** Counts one provider's requests per window. */
export class RateLimiter {
  private windowStart = -1;
  private count = 0;

  constructor(private readonly options: RateLimitOptions) {
    if (!(options.limit >= 1 && options.windowMs >= 1)) {
      throw new TypeError("rateLimit needs a limit of at least 1 and a window of at least 1 ms");
    }
  }

  /** Counts a request received at `now` and says how it is answered. */
  admit(now: number): RateLimitVerdict {
    const { limit, windowMs } = this.options;
    const start = now - (now % windowMs);
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.count = 0;
    }
    this.count++;
    const resetAt = start + windowMs;
    const reset =
      this.options.reset === "delta-seconds"
        ? String(Math.ceil((resetAt - now) / 1000))
        : String(Math.ceil(resetAt / 1000));
    const over = this.count > limit;
    return {
      headers: {
        "X-RateLimit-Limit": String(limit),
        "X-RateLimit-Remaining": String(Math.max(0, limit - this.count)),
        "X-RateLimit-Reset": reset,
      },
      retryAfterSeconds: over ? Math.max(1, Math.ceil((resetAt - now) / 1000)) : null,
    };
  }
}
