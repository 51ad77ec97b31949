/**
 * A retry budget: a token bucket shared by every request of one client, as in
 * the AWS SDKs' "standard" retry mode. Each retry withdraws tokens; when the
 * bucket is empty, failures are returned at once instead of retried, so a
 * provider that is down is not hammered by every caller's retries. Successes
 * refill it.
 */

/** Tokens a retry after an error status or a connection error costs. */
export const RETRY_COST = 5;
/** Tokens a retry after a timeout costs: timeouts are slow and hint at overload. */
export const TIMEOUT_RETRY_COST = 10;
/** Tokens a success that needed no retry gives back. */
export const NO_RETRY_REFILL = 1;

export class RetryBudget {
  readonly #capacity: number;
  /** Tokens left. A plain field rather than a getter: this class is in every browser bundle. */
  tokens: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
    this.tokens = capacity;
  }

  /** Takes `cost` tokens if there are that many; false means: do not retry. */
  tryWithdraw(cost: number): boolean {
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Returns tokens after a success, never above capacity. */
  refill(amount: number): void {
    this.tokens = Math.min(this.#capacity, this.tokens + amount);
  }
}
