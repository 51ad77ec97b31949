/**
 * The attempt loop. It runs as the `fetch` openapi-fetch calls (beneath the
 * middleware chain, once per logical request), because openapi-fetch never
 * retries and its middleware cannot re-send: the loop keeps a Request with a
 * body unsent and sends a clone per attempt (the last attempt sends the
 * original), so a request body is never read twice.
 */

import type { Authorizer } from "./auth/authentication.js";
import { type BodyExpectation, settleBody } from "./body.js";
import { NO_RETRY_REFILL, RETRY_COST, type RetryBudget, TIMEOUT_RETRY_COST } from "./budget.js";
import type { ProviderClientConfig } from "./client.js";
import { type RequestDescription, TimeoutError, TransportError } from "./errors.js";
import { scrubSecrets } from "./redact.js";
import {
  backoffDelay,
  RETRYABLE_STATUSES,
  type RetryEvent,
  type RetryPolicy,
  serverDelayMs,
} from "./retry.js";
import { sleep, startDeadline } from "./timeout.js";
import type { CallContext } from "./unwrap.js";

export type FetchLike = (request: Request) => Promise<Response>;

/** What one client fixes for all its requests: its config, with defaults resolved. */
export interface ClientSettings extends ProviderClientConfig {
  policy: RetryPolicy;
  budget: RetryBudget;
  timeoutMs: number;
  /** Puts the credentials on each attempt. */
  authorizer: Authorizer;
  /** The client's credential values and the tokens it obtained, scrubbed from every message. */
  secrets: readonly string[];
}

/**
 * One call as the client method saw it. The loop fills in `attempts` and
 * `retryAfterMs`; afterwards the record is what `unwrap` knows about the call.
 */
export interface CallRecord extends CallContext, BodyExpectation {
  client: ClientSettings;
  /** This call's own fetch, when the caller passed one. */
  fetch: FetchLike | undefined;
}

export function createAttemptLoop(call: CallRecord): FetchLike {
  const { client } = call;
  const { policy, budget, timeoutMs, authorizer } = client;
  return async function sendWithRetries(original: Request): Promise<Response> {
    let request = original;
    // A signer hashes the exact body bytes: they are read once and sent as read on every attempt.
    let body: Uint8Array<ArrayBuffer> | null = null;
    if (authorizer.needsBody && request.body) {
      body = new Uint8Array(await request.arrayBuffer());
      request = new Request(request, { body });
    }
    // A 401 to an obtained token gets one new token and one more send, whatever the method:
    // the provider refused the request before acting on it.
    let mayRenew = authorizer.renew !== undefined;
    const described: RequestDescription = {
      provider: client.provider,
      method: request.method,
      path: call.path,
    };
    // Errors scrub the client's credentials from their text; retry events carry none.
    const failure = { ...described, secrets: client.secrets };
    const ownFetch = call.fetch ?? client.fetch;
    const outer = [request.signal, client.signal];
    const maxAttempts = policy.methods.has(request.method) ? policy.maxAttempts : 1;
    let lastRetryCost = 0;

    for (let attempt = 1; ; attempt++) {
      call.attempts = attempt;
      const mayRetry = attempt < maxAttempts;
      // Only a body can be read once: a request without one is sent as is on every attempt.
      const unsent = (mayRetry || mayRenew) && request.body ? request.clone() : request;
      // Signing in may fail (a wrong password): that AuthenticationError reaches the caller as is.
      const { request: authorized, used } = await authorizer.apply(unsent, body);
      const deadline = startDeadline(timeoutMs, outer);
      let failed: Pick<RetryEvent, "status" | "reason" | "delayMs">;
      try {
        const response = await (ownFetch
          ? ownFetch(deadline.bind(authorized))
          : // Looked up per request, so a fetch swapped in after creation is still used. The
            // deadline goes in the init: fetch copies the Request anyway, so no copy is made here.
            globalThis.fetch(authorized, { signal: deadline.signal }));
        const { status } = response;
        if (status === 401 && mayRenew && used !== null) {
          mayRenew = false;
          authorizer.renew?.(used);
          await response.body?.cancel().catch(() => {});
          attempt--; // the same attempt, with a new token
          continue;
        }
        const hint = serverDelayMs(status, response.headers, client.rateLimitResetHeaders);
        const worthRetrying =
          RETRYABLE_STATUSES.has(status) && (hint === null || hint <= policy.maxDelayMs);
        if (!(mayRetry && worthRetrying && budget.tryWithdraw(RETRY_COST))) {
          const settled = await settleBody(
            response,
            call,
            (reason) => new TransportError({ ...failure, reason, status, attempts: attempt }),
          );
          call.retryAfterMs = hint;
          if (response.ok) budget.refill(lastRetryCost || NO_RETRY_REFILL);
          return settled;
        }
        lastRetryCost = RETRY_COST;
        await response.body?.cancel().catch(() => {});
        failed = {
          status,
          reason: `${status} ${response.statusText}`.trim(),
          delayMs: hint ?? backoffDelay(attempt, policy),
        };
      } catch (error) {
        if (error instanceof TransportError) throw error;
        const timedOut = deadline.timedOut();
        // The caller's own cancel is not a failure of the provider: it surfaces as is.
        if (deadline.signal.aborted && !timedOut) throw deadline.signal.reason;
        const cause = describeCause(error);
        const reason = timedOut
          ? `no answer within ${timeoutMs} ms`
          : `connection error (${scrubSecrets(cause.message, client.secrets)})`;
        const typed = timedOut
          ? new TimeoutError({ ...failure, timeoutMs, attempts: attempt })
          : new TransportError({ ...failure, reason, code: cause.code, attempts: attempt });
        const cost = timedOut ? TIMEOUT_RETRY_COST : RETRY_COST;
        if (!mayRetry || !budget.tryWithdraw(cost)) throw typed;
        lastRetryCost = cost;
        failed = { status: null, reason, delayMs: backoffDelay(attempt, policy) };
      } finally {
        deadline.end();
      }
      policy.onRetry?.({ ...described, attempt, ...failed });
      await sleep(failed.delayMs, outer);
    }
  };
}

/**
 * What a network error says down its cause chain, four errors deep: the
 * distinct messages (`fetch failed: other side closed`) and the first system
 * code (ECONNRESET, UND_ERR_SOCKET).
 */
function describeCause(error: unknown): { message: string; code: string | null } {
  const messages = new Set<string>();
  let code: string | null = null;
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if (current.message) messages.add(current.message);
    const own = (current as { code?: unknown }).code;
    if (code === null && typeof own === "string") code = own;
    current = current.cause;
  }
  return { message: [...messages].join(": ") || String(error), code };
}
