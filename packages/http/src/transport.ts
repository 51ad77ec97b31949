/**
 * The attempt loop. It runs as the `fetch` openapi-fetch calls (beneath the
 * middleware chain, once per logical request), because openapi-fetch never
 * retries and its middleware cannot re-send: the loop keeps the Request it was
 * given unsent and sends a clone per attempt (the last attempt sends the
 * original), so a request body is never read twice.
 */

import { settleBody } from "./body.js";
import { NO_RETRY_REFILL, RETRY_COST, type RetryBudget, TIMEOUT_RETRY_COST } from "./budget.js";
import { type RequestDescription, TimeoutError, TransportError } from "./errors.js";
import { redactText } from "./redact.js";
import {
  backoffDelay,
  RETRYABLE_STATUSES,
  type ResetHeaderFormat,
  type RetryPolicy,
  serverDelayMs,
} from "./retry.js";
import { abortedSignal, sleep, startDeadline } from "./timeout.js";

export type FetchLike = (request: Request) => Promise<Response>;

/** What one client fixes for all its requests. */
export interface TransportSettings {
  provider: string;
  policy: RetryPolicy;
  budget: RetryBudget;
  timeoutMs: number;
  /** The client-level signal: cancels every request of the client. */
  signal: AbortSignal | undefined;
  parseJson: ((text: string) => unknown) | undefined;
  resetHeaders: Readonly<Record<string, ResetHeaderFormat>>;
  secrets: readonly string[];
  fetch: FetchLike | undefined;
}

/** One call as the client method saw it; the loop fills in `attempts` and `retryAfterMs`. */
export interface CallRecord {
  path: string;
  parseAs: string;
  fetch: FetchLike | undefined;
  attempts: number;
  retryAfterMs: number | null;
}

interface Failure {
  status: number | null;
  reason: string;
  delayHintMs: number | null;
}

export function createAttemptLoop(settings: TransportSettings, call: CallRecord): FetchLike {
  const { policy, budget } = settings;
  return async function sendWithRetries(request: Request): Promise<Response> {
    const described: RequestDescription = {
      provider: settings.provider,
      method: request.method,
      path: call.path,
    };
    // Resolved per request, so a fetch swapped in after creation is still used.
    const send = call.fetch ?? settings.fetch ?? ((r: Request) => globalThis.fetch(r));
    const outer = [request.signal, settings.signal];
    const maxAttempts = policy.methods.has(request.method) ? policy.maxAttempts : 1;
    let lastRetryCost = 0;

    for (let attempt = 1; ; attempt++) {
      call.attempts = attempt;
      const mayRetry = attempt < maxAttempts;
      const deadline = startDeadline(settings.timeoutMs, outer);
      let failure: Failure;
      try {
        const toSend = mayRetry ? request.clone() : request;
        const response = await send(deadline.bind(toSend));
        const hint = serverDelayMs(response.status, response.headers, settings.resetHeaders);
        const worthRetrying =
          RETRYABLE_STATUSES.has(response.status) && (hint === null || hint <= policy.maxDelayMs);
        if (mayRetry && worthRetrying && budget.tryWithdraw(RETRY_COST)) {
          lastRetryCost = RETRY_COST;
          await response.body?.cancel().catch(() => {});
          failure = {
            status: response.status,
            reason: `${response.status} ${response.statusText}`.trim(),
            delayHintMs: hint,
          };
        } else {
          const settled = await settleBody(response, {
            method: request.method,
            parseAs: call.parseAs,
            parseJson: settings.parseJson,
          });
          if (!settled.ok) {
            // Not retried: a complete body that does not parse will not parse next time either.
            throw new TransportError({
              ...described,
              reason: settled.problem,
              status: settled.status,
              attempts: attempt,
            });
          }
          call.retryAfterMs = hint;
          if (response.ok) budget.refill(lastRetryCost || NO_RETRY_REFILL);
          return settled.response;
        }
      } catch (error) {
        if (error instanceof TransportError) throw error;
        const timedOut = deadline.timedOut();
        const cancelled = abortedSignal(outer);
        // The caller's own cancel is not a failure of the provider: it surfaces as is.
        if (cancelled && !timedOut) throw cancelled.reason;
        const reason = timedOut
          ? `timeout after ${settings.timeoutMs} ms`
          : `connection error (${redactText(chainMessage(error), settings.secrets)})`;
        const typed = timedOut
          ? new TimeoutError({ ...described, timeoutMs: settings.timeoutMs, attempts: attempt })
          : new TransportError({
              ...described,
              reason,
              code: systemCode(error),
              attempts: attempt,
            });
        if (!mayRetry) throw typed;
        const cost = timedOut ? TIMEOUT_RETRY_COST : RETRY_COST;
        if (!budget.tryWithdraw(cost)) throw typed;
        lastRetryCost = cost;
        failure = { status: null, reason, delayHintMs: null };
      } finally {
        deadline.end();
      }

      const delayMs = failure.delayHintMs ?? backoffDelay(attempt, policy);
      policy.onRetry?.({
        ...described,
        attempt,
        delayMs,
        status: failure.status,
        reason: failure.reason,
      });
      await sleep(delayMs, outer);
    }
  };
}

/** `fetch failed: other side closed`: the messages down an error's cause chain. */
function chainMessage(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if (current.message && !parts.includes(current.message)) parts.push(current.message);
    current = current.cause;
  }
  return parts.join(": ") || String(error);
}

/** The first `code` (ECONNRESET, UND_ERR_SOCKET) down an error's cause chain. */
function systemCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return null;
}
