/**
 * Calls sent without a Request of their own, in Node. Node's fetch (undici)
 * builds a Request in JavaScript, with an AbortSignal that follows the one it
 * was given (a WeakRef, a FinalizationRegistry entry and a listener each). A
 * call through openapi-fetch used to make three: openapi-fetch's, the copy
 * that carries the credentials, and fetch's own copy of that. Where nothing
 * needs a Request before fetch (no middleware to show it to, no body to read,
 * credentials that are fixed headers), openapi-fetch builds a PlannedRequest
 * instead, and the attempt loop sends it as `fetch(url, init)`: one Request,
 * made by fetch. The browser's version (plan-browser.ts, `#plan` in
 * package.json "imports") plans nothing: a browser builds Requests natively,
 * and its bundle carries none of this.
 */

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
