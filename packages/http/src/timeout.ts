/**
 * Per-attempt deadlines. A signal is made fresh for every attempt: a single
 * `AbortSignal.timeout()` made when the client is created would already have
 * fired for requests sent later (openapi-fetch issue #2567). Plain timers and
 * listeners are used instead of `AbortSignal.timeout`/`AbortSignal.any` so the
 * timer is cleared as soon as the attempt ends and nothing stays attached to a
 * long-lived caller signal.
 */

export interface AttemptDeadline {
  /** Aborts on the deadline, or with the reason of the first outer signal that aborts. */
  signal: AbortSignal;
  /**
   * A copy of `request` that aborts with this deadline and follows no
   * redirect by itself. The copy is held until
   * `end()`: Node 20's fetch stops following a Request's signal once that
   * Request object is garbage collected, which left the first request of a
   * process unable to time out.
   */
  bind(request: Request): Request;
  /** True when this attempt's own deadline fired (not a caller's cancel). */
  timedOut(): boolean;
  /** Clears the timer and detaches from the outer signals. Safe to call twice. */
  end(): void;
}

/** Starts one attempt's deadline. `timeoutMs` of Infinity means no deadline. */
export function startDeadline(
  timeoutMs: number,
  outer: readonly (AbortSignal | undefined)[],
): AttemptDeadline {
  const controller = new AbortController();
  let timedOut = false;
  let held: Request | undefined;
  // The abort reason of a deadline is never shown: the transport reports a TimeoutError of its own.
  const timer =
    timeoutMs < Infinity
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  const follow = (event: Event) => controller.abort((event.target as AbortSignal).reason);
  for (const signal of outer) {
    if (signal?.aborted) controller.abort(signal.reason);
    else signal?.addEventListener("abort", follow);
  }
  return {
    signal: controller.signal,
    bind(request) {
      // Redirects are the transport's to follow (see redirect.ts), with a caller's own fetch too.
      held = new Request(request, { signal: controller.signal, redirect: "manual" });
      return held;
    },
    timedOut: () => timedOut,
    end() {
      held = undefined;
      clearTimeout(timer);
      for (const signal of outer) signal?.removeEventListener("abort", follow);
    },
  };
}

/**
 * Waits `ms`, or rejects with the abort reason as soon as any signal aborts: a
 * deadline of `ms` that is awaited rather than raced.
 */
export async function sleep(ms: number, signals: readonly (AbortSignal | undefined)[]) {
  const wait = startDeadline(ms, signals);
  if (!wait.signal.aborted) {
    await new Promise((resolve) => (wait.signal.onabort = resolve));
  }
  wait.end();
  if (!wait.timedOut()) throw wait.signal.reason;
}
