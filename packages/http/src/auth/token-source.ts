/**
 * A token obtained at run time (OpenStack Identity, an OAuth exchange) and
 * shared by every request of a client: fetched once for all concurrent
 * callers, reused until shortly before it expires, and fetched again once
 * when the provider turns it down.
 */

/** What one sign-in gives: the token, when it expires, and anything else the provider returned. */
export interface ObtainedToken {
  /** The token value: a secret, redacted from every error once obtained. */
  token: string;
  /** When the token stops working, in epoch ms; `null` when the provider did not say. */
  expiresAt: number | null;
}

export interface TokenSourceOptions<T extends ObtainedToken> {
  /** Signs in and returns a fresh token. Its failures reach every caller waiting for it. */
  obtain(): Promise<T>;
  /**
   * How long before `expiresAt` a token is replaced, in ms. Default 5 minutes,
   * and never more than half the token's lifetime, so a short-lived token is
   * still used rather than fetched for every request.
   */
  refreshMarginMs?: number;
  /** The clock, in epoch ms; tests replace it. */
  now?: () => number;
}

export const DEFAULT_REFRESH_MARGIN_MS = 5 * 60_000;

/** An async, cached, single-flight token. */
export interface TokenSource<T extends ObtainedToken = ObtainedToken> {
  /** The current token, obtaining one when there is none or it is about to expire. */
  get(): Promise<T>;
  /**
   * Forgets `token` when it is still the current one (the provider said 401
   * to it), so the next `get` obtains a new one. Many requests rejected with
   * the same token thus lead to one new sign-in, not one each.
   */
  invalidate(token: string): void;
}

interface Cached<T> {
  value: T;
  /** When to stop using it, in epoch ms. */
  renewAt: number;
}

export function createTokenSource<T extends ObtainedToken>(
  options: TokenSourceOptions<T>,
): TokenSource<T> {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
  let cached: Cached<T> | undefined;
  let inFlight: Promise<T> | undefined;

  function renewAt(value: T, obtainedAt: number): number {
    if (value.expiresAt === null) return Infinity;
    const lifetime = value.expiresAt - obtainedAt;
    return value.expiresAt - Math.min(margin, Math.max(0, lifetime / 2));
  }

  return {
    get() {
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.value);
      if (inFlight) return inFlight;
      const obtainedAt = now();
      // A failed sign-in is not cached: the next request tries again.
      const started = options.obtain().then((value) => {
        cached = { value, renewAt: renewAt(value, obtainedAt) };
        return value;
      });
      const settled = () => {
        // Stryker disable next-line ConditionalExpression: a sign-in starts only when none is in flight, so the one settling is always the current one
        if (inFlight === started) inFlight = undefined;
      };
      inFlight = started;
      started.then(settled, settled);
      return started;
    },
    invalidate(token) {
      if (cached?.value.token === token) cached = undefined;
    },
  };
}
