/**
 * Calls sent without a Request of their own, in Node. Node's fetch (undici)
 * builds a Request in JavaScript, with an AbortSignal that follows the one it
 * was given (a WeakRef, a FinalizationRegistry entry and a listener each). A
 * call through openapi-fetch used to make three: openapi-fetch's, the copy
 * that carries the credentials, and fetch's own copy of that. Where nothing
 * needs a Request before fetch (no middleware to show it to, no body to read,
 * credentials that are fixed headers), openapi-fetch builds a PlannedRequest
 * instead, and the attempt loop sends it as `fetch(url, init)`: one Request,
 * made by fetch. Its deadline is kept by the dispatcher fetch sends it
 * through, not by a signal (`dispatchDeadline`). The browser's version
 * (plan-browser.ts, `#plan` in package.json "imports") plans nothing: a
 * browser builds Requests natively, and its bundle carries none of this.
 */

import { defaultPathSerializer } from "openapi-fetch";

/** Whether this module plans calls: a constant, so a bundler drops the paths it does not take. */
export const PLANS = true;

/**
 * What openapi-fetch builds, through `plannerFor`, in place of a Request: the
 * URL and the init, credentials included. It reads as a Request where the
 * transport reads one (`url`, `method`, `signal`, a null `body`: nothing to
 * clone, and a redirect may re-send it), as a URL where fetch and Request read
 * a RequestInfo (`toString`), and as its own RequestInit.
 */
export interface PlannedRequest extends RequestInit {
  url: string;
  method: string;
  /** openapi-fetch's Headers for this call alone. */
  headers: Headers;
  /** The caller's signal, if any (every reader of it also takes a `null` passed as one). */
  signal?: AbortSignal | undefined;
  body: null;
  toString(): string;
}

/**
 * openapi-fetch's `Request` option for the calls of a client whose
 * credentials are the fixed `headers` (its `authHeaders`): the call's URL and
 * init, with the credentials set on openapi-fetch's Headers, made for this call.
 */
export function plannerFor(headers: Readonly<Record<string, string>> = {}) {
  return function planned(url: string, init: PlannedRequest): PlannedRequest {
    for (const name in headers) init.headers.set(name, headers[name] as string);
    return { ...init, url, body: null, toString: () => url };
  };
}

/**
 * openapi-fetch's options for a call planned instead of built: the
 * `Request` it makes (`plannerFor`) and its path serialiser (`plannedPath`).
 */
export function planFor(headers: Readonly<Record<string, string>> = {}) {
  return { Request: plannerFor(headers), pathSerializer: plannedPath };
}

/**
 * Path templates split at their parameters (`["https://…/instances/",
 * "linodeId", "/backups"]`), by the URL openapi-fetch builds of the base URL
 * and the template; null for a template with a label, matrix or exploded
 * parameter. A client calls few templates: the map is emptied past 1,000.
 */
const templates = new Map<string, string[] | null>();

/**
 * openapi-fetch's `pathSerializer` for planned calls: the URL its own
 * `defaultPathSerializer` makes, without matching the template against its
 * pattern again on every call. Each parameter is a string or number,
 * percent-encoded as openapi-fetch does; anything else (a missing value, an
 * array, an object, a label or matrix style) goes to openapi-fetch's own.
 */
export function plannedPath(url: string, params: Record<string, unknown>): string {
  let parts = templates.get(url);
  if (parts === undefined) {
    parts = url.split(/\{([^{}]+)\}/);
    if (parts.some((part, i) => i % 2 === 1 && /^[.;]|\*$/.test(part))) parts = null;
    if (templates.size >= 1000) templates.clear();
    templates.set(url, parts);
  }
  if (parts === null) return defaultPathSerializer(url, params);
  let path = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i] as string];
    if (typeof value !== "string" && typeof value !== "number") {
      return defaultPathSerializer(url, params);
    }
    path += encodeURIComponent(value) + parts[i + 1];
  }
  return path;
}

/**
 * Node's fetch as it was when this module loaded. A fetch swapped in later (a
 * test's spy, a mocking library) may not hand requests to a dispatcher, so its
 * calls get the deadline's signal instead (see `dispatchDeadline`).
 */
const nodeFetch = globalThis.fetch;
/** A signal that never aborts, for a deadline without a caller's. */
const NEVER = new AbortController().signal;
/** Where undici, Node's fetch included, keeps the global dispatcher once fetch has first run. */
const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");

/**
 * Whether Node's fetch hands its dispatcher a handler of undici's first
 * protocol (`onConnect`, `onError`): undici 6 and 7, that is Node 20 to 24,
 * checked in their sources. A later undici may change it, so it gets the signal.
 */
const LEGACY_HANDLERS =
  Number((globalThis as NodeGlobal).process?.versions.undici?.split(".")[0]) <= 7;

/** The part of Node's `process` read here (this package builds without Node's types). */
type NodeGlobal = { process?: { versions: { undici?: string } } };

/** undici's handler of one dispatched request, as far as the deadline touches it. */
interface DispatchHandler {
  /** Called once the request has a connection: `abort` ends it and destroys the socket. */
  onConnect(abort: (error: Error) => void, ...rest: unknown[]): unknown;
  onError(error: Error): unknown;
}

/** undici's Dispatcher (an Agent, a proxy agent): what fetch sends each request through. */
interface Dispatcher {
  dispatch(options: object, handler: DispatchHandler): boolean;
}

/**
 * An attempt's deadline kept by the dispatcher fetch sends its request
 * through, instead of by a signal (see `dispatchDeadline`). It reads as
 * timeout.ts's AttemptDeadline where the attempt loop reads one.
 */
export interface DispatchDeadline {
  /**
   * Sends one hop of the attempt with Node's fetch, through a dispatcher that
   * hands it on to the client's (or the global) one, with the caller's
   * signal, if any, which fetch follows, so that a cancel still ends the
   * request. Redirects are the attempt loop's to follow (see redirect.ts).
   */
  send(request: PlannedRequest | Request): Promise<Response>;
  /** The caller's signal, or one that never aborts: what the attempt loop asks if the caller cancelled. */
  signal: AbortSignal;
  timedOut(): boolean;
  end(): void;
}

/** A deadline to watch: when it falls due (`performance.now()`), and what to do then. */
interface Due {
  at: number;
  fire(): void;
}

/**
 * The deadlines of every planned attempt in flight, watched by one timer
 * instead of one each: a timer set and cleared per attempt costs about as
 * much as the rest of the attempt loop. The timer is set for the earliest
 * deadline and not cleared when its attempt ends early (the usual case):
 * when it fires it ends what has fallen due and is set again for the
 * earliest left, if any. It is unref'd: a request in flight holds its
 * socket, which keeps the process alive. Timers swapped since it was set (a
 * test's fake clock, and back) are noticed, and it is set again on them.
 */
const deadlines = new Set<Due>();
let timer: { unref?(): void } | undefined;
let timerAt = Infinity;
let setWith: typeof setTimeout | undefined;
let clearWith: typeof clearTimeout | undefined;

function watch(due: Due): void {
  deadlines.add(due);
  if (due.at < timerAt || globalThis.setTimeout !== setWith) setTimer(due.at);
}

function setTimer(at: number): void {
  if (timer !== undefined) clearWith?.(timer as Parameters<typeof clearTimeout>[0]);
  setWith = globalThis.setTimeout;
  clearWith = globalThis.clearTimeout;
  timerAt = at;
  // Node's timers are objects with unref(); a browser's are numbers (this module is Node's).
  const made = setWith(fireDue, Math.max(0, at - performance.now())) as { unref?(): void };
  made.unref?.();
  timer = made;
}

function fireDue(): void {
  timer = undefined;
  timerAt = Infinity;
  const now = performance.now();
  let next = Infinity;
  for (const due of deadlines) {
    if (due.at <= now) {
      deadlines.delete(due);
      due.fire();
    } else {
      next = Math.min(next, due.at);
    }
  }
  if (next < Infinity) setTimer(next);
}

/**
 * One attempt's deadline, for a planned call to Node's own fetch, kept
 * without an AbortSignal of its own. A signal passed to fetch costs more than
 * the rest of the transport together: an AbortController per attempt, and
 * undici's Request follows it with a WeakRef, a FinalizationRegistry entry and
 * a listener. Here the attempt's requests go through a dispatcher that
 * wraps the client's (or the global) one; at the deadline it aborts the
 * request in flight as undici itself does (its socket is destroyed), or, for a
 * request still waiting for a connection, fails it at once and aborts it when
 * it gets one. undici's handler protocol (`onConnect(abort)`, `onError`) is the
 * one its dispatchers and interceptors are written against, in Node 20 to 24.
 *
 * Undefined, for timeout.ts's deadline instead: for a Request (a call not
 * planned), when fetch is not Node's own, before Node's fetch has first run
 * (no global dispatcher yet), or with two signals to follow.
 */
export function dispatchDeadline(
  request: PlannedRequest | Request,
  { timeoutMs, dispatcher }: { timeoutMs: number; dispatcher?: object | undefined },
  outer: readonly (AbortSignal | undefined)[],
): DispatchDeadline | undefined {
  const inner = (dispatcher ?? (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER]) as
    | Dispatcher
    | undefined;
  if (request instanceof Request || !LEGACY_HANDLERS || globalThis.fetch !== nodeFetch || !inner) {
    return undefined;
  }
  let signal: AbortSignal | undefined;
  for (const each of outer) {
    if (each && signal) return undefined;
    signal ??= each;
  }
  let timedOut = false;
  /** Ends the request in flight; replaced by each hop, cleared at the end. */
  let stop: (() => void) | undefined;
  const due: Due = {
    at: performance.now() + timeoutMs,
    fire() {
      timedOut = true;
      stop?.();
    },
  };
  if (timeoutMs < Infinity) watch(due);
  const through: Dispatcher = {
    dispatch(options, handler) {
      let failed = false;
      let abort: ((error: Error) => void) | undefined;
      const { onConnect, onError } = handler;
      // The handler is fetch's, made for this request alone; its two methods are wrapped in
      // place, not through a new object that undici would see a new shape of every time.
      handler.onConnect = function (cancel, ...rest) {
        abort = cancel;
        if (timedOut) return cancel(new Error("deadline"));
        return onConnect.call(this, cancel, ...rest);
      };
      // fetch hears of a request's failure once: the deadline's, or undici's, whichever is first.
      handler.onError = function (error) {
        if (failed) return;
        failed = true;
        return onError.call(this, error);
      };
      stop = () => (abort ? abort(new Error("deadline")) : handler.onError(new Error("deadline")));
      if (!timedOut) return inner.dispatch(options, handler);
      // A redirect's hop, sent once the deadline has passed, is not sent.
      stop();
      return true;
    },
  };
  const init = { dispatcher: through, signal, redirect: "manual" } as const;
  return {
    // A redirect's hop is a Request (see redirect.ts), which has no fields of its own to spread.
    send: (hop) => globalThis.fetch(hop as Request, { ...hop, ...init }),
    signal: signal ?? NEVER,
    timedOut: () => timedOut,
    end() {
      deadlines.delete(due);
      stop = undefined;
    },
  };
}
