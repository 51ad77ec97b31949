/**
 * The attempt loop. It runs as the `fetch` openapi-fetch calls (beneath the
 * middleware chain, once per logical request), because openapi-fetch never
 * retries and its middleware cannot re-send: the loop keeps a Request with a
 * body unsent and sends a clone per attempt (the last attempt sends the
 * original), so a request body is never read twice. Each attempt follows
 * redirects itself (see redirect.ts) and reads its body with a size limit (see
 * body.ts).
 */

import { type BodyExpectation, settleBody } from "./body.js";
import { NO_RETRY_REFILL, RETRY_COST, type RetryBudget, TIMEOUT_RETRY_COST } from "./budget.js";
import type { ProviderClientConfig } from "./client.js";
import { type RequestDescription, TimeoutError, TransportError } from "./errors.js";
import { scrubThenCut } from "./redact.js";
import { nextHop } from "./redirect.js";
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
  maxBodyBytes: number;
  /** The credential values in `authHeaders`, scrubbed from every message. */
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

/** How one attempt ended: the response to hand over, or the failure to retry after. */
type Outcome = Response | Pick<RetryEvent, "status" | "reason" | "delayMs">;

export function createAttemptLoop(call: CallRecord): FetchLike {
  const { client } = call;
  const { policy, budget, timeoutMs } = client;
  return async function sendWithRetries(request: Request): Promise<Response> {
    const described: RequestDescription = {
      provider: client.provider,
      method: request.method,
      path: call.path,
    };
    // Errors and retry events scrub the client's credentials from their text.
    const failure = { ...described, secrets: client.secrets };
    const ownFetch = call.fetch ?? client.fetch;
    const outer = [request.signal, client.signal];
    const maxAttempts = policy.methods.has(request.method) ? policy.maxAttempts : 1;
    let lastRetryCost = 0;

    // One attempt: its deadline starts here, when it is sent, not while it waits in the queue.
    async function attempt(number: number): Promise<Outcome> {
      call.attempts = number;
      const mayRetry = number < maxAttempts;
      const deadline = startDeadline(timeoutMs, outer);
      const refuse = (reason: string, status: number | null = null) =>
        new TransportError({ ...failure, reason, status, attempts: number });
      try {
        // Only a body can be read once: a request without one is sent as is on every attempt.
        let sent = mayRetry && request.body ? request.clone() : request;
        let response: Response;
        for (let hops = 0; ; hops++) {
          response = await (ownFetch
            ? ownFetch(deadline.bind(sent))
            : // Looked up per request, so a fetch swapped in after creation is still used. The
              // deadline goes in the init: fetch copies the Request anyway, so no copy is made here.
              globalThis.fetch(sent, {
                signal: deadline.signal,
                redirect: "manual",
                // undici's own option (a proxy agent, say); browsers ignore it.
                ...(client.dispatcher ? { dispatcher: client.dispatcher } : {}),
              } as RequestInit));
          const next = nextHop(sent, response, hops, (reason) => refuse(reason, response.status));
          if (next === null) break;
          await response.body?.cancel().catch(() => {});
          sent = next;
        }
        const { status } = response;
        const hint = serverDelayMs(status, response.headers, client.rateLimitResetHeaders);
        const worthRetrying =
          RETRYABLE_STATUSES.has(status) && (hint === null || hint <= policy.maxDelayMs);
        if (!(mayRetry && worthRetrying && budget.tryWithdraw(RETRY_COST))) {
          const settled = await settleBody(response, call, (reason) => refuse(reason, status));
          call.retryAfterMs = hint;
          if (response.ok) budget.refill(lastRetryCost || NO_RETRY_REFILL);
          return settled;
        }
        lastRetryCost = RETRY_COST;
        await response.body?.cancel().catch(() => {});
        return {
          status,
          reason: `${status} ${response.statusText}`.trim(),
          delayMs: hint ?? backoffDelay(number, policy),
        };
      } catch (error) {
        if (error instanceof TransportError) throw error;
        const timedOut = deadline.timedOut();
        // The caller's own cancel is not a failure of the provider: it surfaces as is.
        if (deadline.signal.aborted && !timedOut) throw deadline.signal.reason;
        const cause = describeCause(error);
        const reason = timedOut
          ? `no answer within ${timeoutMs} ms`
          : `connection error (${cause.message})`;
        const typed = timedOut
          ? new TimeoutError({ ...failure, timeoutMs, attempts: number })
          : new TransportError({ ...failure, reason, code: cause.code, attempts: number });
        const cost = timedOut ? TIMEOUT_RETRY_COST : RETRY_COST;
        if (!mayRetry || !budget.tryWithdraw(cost)) throw typed;
        lastRetryCost = cost;
        return { status: null, reason, delayMs: backoffDelay(number, policy) };
      } finally {
        deadline.end();
      }
    }

    for (let number = 1; ; number++) {
      const outcome = await queued(client.queue, () => attempt(number), outer);
      if (outcome instanceof Response) return outcome;
      const reason = scrubThenCut(outcome.reason, client.secrets, 300);
      policy.onRetry?.({ ...described, attempt: number, ...outcome, reason });
      await sleep(outcome.delayMs, outer);
    }
  };
}

/**
 * Runs `task` through the caller's queue (a concurrency limit such as
 * `pLimit(8)`), or at once without one. A cancel of `signals` ends the wait
 * in the queue too; the task, once it runs, then finds its signal aborted.
 */
function queued<T>(
  queue: ClientSettings["queue"],
  task: () => Promise<T>,
  signals: readonly (AbortSignal | undefined)[],
): Promise<T> {
  if (!queue) return task();
  const cancel = startDeadline(Number.POSITIVE_INFINITY, signals);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(cancel.signal.reason);
    if (cancel.signal.aborted) abort();
    cancel.signal.addEventListener("abort", abort);
    queue(task).then(resolve, reject);
  }).finally(() => cancel.end());
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
