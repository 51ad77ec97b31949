/**
 * The attempt loop. It runs as the `fetch` openapi-fetch calls (beneath the
 * middleware chain, once per logical request), because openapi-fetch never
 * retries and its middleware cannot re-send: the loop keeps a Request with a
 * body unsent and sends a clone per attempt (the last attempt sends the
 * original), so a request body is never read twice. Each attempt follows
 * redirects itself (see redirect.ts) and reads its body with a size limit (see
 * body.ts).
 */

// Node's or a browser's version of each: see "imports" in package.json.
import { describeCause } from "#cause";
import { dispatchDeadline, PLANS, type PlannedRequest } from "#plan";
import { nextHop } from "#redirect";
import type { Authorizer } from "./auth/authentication.js";
import { type BodyExpectation, settleBody } from "./body.js";
import { NO_RETRY_REFILL, RETRY_COST, type RetryBudget, TIMEOUT_RETRY_COST } from "./budget.js";
import type { ProviderClientConfig } from "./client.js";
import { type RequestDescription, TimeoutError, TransportError } from "./errors.js";
import type { RateLimitPacer } from "./rate-limit.js";
import { scrubThenCut } from "./redact.js";
import {
  backoffDelay,
  RETRYABLE_STATUSES,
  type ResetHeaderFormat,
  type RetryEvent,
  type RetryPolicy,
  serverDelayMs,
} from "./retry.js";
import { type AttemptDeadline, sleep, startDeadline } from "./timeout.js";
import type { CallContext } from "./unwrap.js";

export type FetchLike = (request: Request) => Promise<Response>;

/** What one client fixes for all its requests: its config, with defaults resolved. */
export interface ClientSettings extends ProviderClientConfig {
  policy: RetryPolicy;
  budget: RetryBudget;
  timeoutMs: number;
  maxBodyBytes: number;
  /** Puts the credentials on each attempt. */
  authorizer: Authorizer;
  /** The client's credential values and the tokens it obtained, scrubbed from every message. */
  secrets: readonly string[];
  /** The rate-limit pacer shared by every client with this credential, or null when pacing is off. */
  pacer: RateLimitPacer | null;
  /** The longest wait for a rate-limit window to reset before a request goes anyway. */
  maxPaceMs: number;
  /** The provider's reset header and how it counts. */
  resetHeader: [string, ResetHeaderFormat] | undefined;
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

/**
 * How one attempt ended: the response to hand over, the failure to retry
 * after, or null for the same attempt once more, with a renewed token.
 */
type Outcome = Response | Pick<RetryEvent, "status" | "reason" | "delayMs"> | null;

export function createAttemptLoop(call: CallRecord): FetchLike {
  const { client } = call;
  const { policy, budget, timeoutMs, authorizer, pacer } = client;
  return async function sendWithRetries(request: Request | PlannedRequest): Promise<Response> {
    // A 401 to an obtained token gets one new token and one more send, whatever the method:
    // the provider refused the request before acting on it.
    let mayRenew = authorizer.renew !== undefined;
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
    async function attempt(
      number: number,
      authorized: Request | PlannedRequest,
      used: string | null,
    ): Promise<Outcome> {
      const mayRetry = number < maxAttempts;
      let answered = false;
      // A planned call to Node's fetch keeps its deadline in the dispatcher, not in a signal
      // (see plan.ts); anything else gets timeout.ts's.
      const deadline =
        (PLANS && dispatchDeadline(authorized, client, outer)) || startDeadline(timeoutMs, outer);
      const refuse = (reason: string, status: number | null = null) =>
        new TransportError({ ...failure, reason, status, attempts: number });
      try {
        // Redirects stay on this origin (see redirect.ts), so the credentials go with them.
        let sent = authorized;
        let response: Response;
        for (let hops = 0; ; hops++) {
          response = await (ownFetch
            ? // A call with its own fetch is never planned: `sent` is a Request.
              ownFetch((deadline as AttemptDeadline).bind(sent as Request))
            : PLANS && "send" in deadline
              ? // A deadline kept by the dispatcher (plan.ts) sends the attempt's requests itself,
                // the planned one and its redirects.
                deadline.send(sent)
              : // Looked up per request, so a fetch swapped in after creation is still used. The
                // deadline goes in the init: fetch copies a Request anyway, so no copy is made here.
                // A planned request is its own URL and init; a Request has no fields of its own to spread.
                globalThis.fetch(
                  sent as Request,
                  {
                    ...(sent as object),
                    signal: deadline.signal,
                    redirect: "manual",
                    // undici's own option (a proxy agent, say; undefined: the global one), in Node only.
                    ...(PLANS && { dispatcher: client.dispatcher }),
                  } as RequestInit,
                ));
          // A planned request has what nextHop reads of a Request (url, method, a null body)
          // and is a RequestInit for the Request it makes of a redirect.
          const next = nextHop(sent as Request, response, hops, (reason) =>
            refuse(reason, response.status),
          );
          if (next === null) break;
          await response.body?.cancel().catch(() => {});
          sent = next;
        }
        const { status } = response;
        answered = true;
        pacer?.answered(response.headers, client.resetHeader, Date.now());
        if (status === 401 && mayRenew && used !== null) {
          mayRenew = false;
          authorizer.renew?.(used);
          await response.body?.cancel().catch(() => {});
          return null; // the same attempt again
        }
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
        if (!answered) pacer?.dropped();
      }
    }

    for (let number = 1; ; number++) {
      call.attempts = number;
      // Only a body can be read once: a request without one is sent as is on every attempt.
      const unsent = (number < maxAttempts || mayRenew) && request.body ? request.clone() : request;
      // Credentials go on before the queue: signing in (an HTTP call of its own) must not
      // wait for a slot this attempt holds. A sign-in failure reaches the caller as is.
      // A planned request (see plan.ts) has its credentials on already.
      const { request: authorized, used } =
        PLANS && !(unsent instanceof Request)
          ? { request: unsent, used: null }
          : await authorizer.apply(unsent as Request);
      // Within the provider's rate limit, shared with every concurrent call on this
      // credential. Paced before the queue: waiting for one provider's window must not
      // hold a slot that another provider's requests could use.
      if (pacer) {
        if (pacer.ready(Date.now())) pacer.take();
        else await pacer.wait(client.maxPaceMs, outer);
      }
      const outcome = await queued(client.queue, () => attempt(number, authorized, used), outer);
      if (outcome instanceof Response) return outcome;
      if (outcome === null) {
        number--; // the same attempt, with a new token
        continue;
      }
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
  const { signal, end } = startDeadline(Infinity, signals);
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.onabort = () => reject(signal.reason);
    queue(task).then(resolve, reject);
  }).finally(end);
}
