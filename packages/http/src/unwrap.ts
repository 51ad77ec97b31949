/**
 * `unwrap(result)`: the data of a successful call, or a ProviderError built
 * from the provider's own error body.
 *
 * openapi-fetch results carry no provider or path template, so the client
 * records them: each client method (GET, POST, ...) knows its method and path
 * template when it is called, and after the call it files them here under the
 * Response it returns. A WeakMap keyed by Response was chosen over fields on the
 * result because callers often destructure `{ data, error, response }` and pass
 * a new object on; the Response is the one thing that travels, and the WeakMap
 * lets it be collected with it. A result from elsewhere still unwraps, with less
 * context.
 */

import { describeHtml } from "./body.js";
import type { ProviderClientConfig } from "./client.js";
import { isRecord, ProviderError, type ProviderErrorDetails } from "./errors.js";

/** What the client knew about a call, for the error unwrap may throw. */
export interface CallContext {
  /** The client that made the call: its provider, error reader and secret values. */
  client: Pick<ProviderClientConfig, "provider" | "describeError" | "requestIdHeaders"> & {
    secrets: readonly string[];
  };
  method: string;
  /** The spec's path template. */
  path: string;
  attempts: number;
  retryAfterMs: number | null;
}

/** What each client call knew, filed under the Response it returned. */
export const callContexts = new WeakMap<Response, CallContext>();

/** An openapi-fetch result: `{ data }` or `{ error }`, and the response. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Returns `result.data` when the response status is 2xx; otherwise throws a
 * ProviderError with the status, the provider's code and message from its own
 * error body, the request id header and how long the provider asked to wait.
 */
export function unwrap<R extends FetchResult>(result: R): Exclude<R["data"], undefined> {
  const { response } = result;
  if (response.ok) return result.data as Exclude<R["data"], undefined>;
  const context = callContexts.get(response) ?? contextFromResponse(response);
  const { client } = context;
  // ProviderError takes the fields it names from the client's settings and the call's record.
  throw new ProviderError({
    ...client,
    ...context,
    ...describeErrorBody(result.error, client.describeError),
    status: response.status,
    statusText: response.statusText,
    requestId: firstHeader(response.headers, client.requestIdHeaders ?? ["x-request-id"]),
  });
}

/** For a result this package's clients did not make: the URL's path, without its query. */
function contextFromResponse(response: Response): CallContext {
  let path = "(unknown path)";
  try {
    path = new URL(response.url).pathname;
  } catch {
    // A constructed Response has no URL.
  }
  return {
    client: { provider: "unknown provider", secrets: [] },
    method: "request",
    path,
    attempts: 1,
    retryAfterMs: null,
  };
}

/**
 * Reads an error body with the provider's `describeError` first (it may read
 * text too, e.g. XML), then falls back: a text body (an HTML error page from a
 * proxy, a plain message) is described or quoted, an object is read for
 * common shapes.
 */
export function describeErrorBody(
  body: unknown,
  describeError: ((body: unknown) => ProviderErrorDetails) | undefined,
): ProviderErrorDetails {
  if (body === undefined || body === null) return { code: null, message: null };
  let described: ProviderErrorDetails | undefined;
  try {
    described = describeError?.(body);
  } catch {
    // A describeError that cannot read this body must not hide the status.
  }
  const code = described?.code ?? null;
  const message = described?.message ?? null;
  if (code !== null || message !== null) return { code, message };
  if (typeof body !== "string") return describeCommonShape(body);
  const text = body.trim();
  if (text === "") return { code: null, message: "the error response has an empty body" };
  const html = describeHtml(text);
  if (html !== null) return { code: null, message: `the error body ${html}` };
  // Quoted whole: the ProviderError scrubs secrets from it before cutting it short.
  return { code: null, message: text };
}

/** `{ message }`, `{ error: "..." }`, `{ error: { message, code } }`, `{ code }`. */
function describeCommonShape(body: unknown): ProviderErrorDetails {
  if (!isRecord(body)) return { code: null, message: null };
  const inner = isRecord(body.error) ? body.error : {};
  const pick = (...values: unknown[]) =>
    values.find((v): v is string => typeof v === "string" && v !== "") ?? null;
  return {
    code: pick(body.code, inner.code),
    message: pick(body.message, inner.message, body.error),
  };
}

function firstHeader(headers: Headers, names: readonly string[]): string | null {
  for (const name of names) {
    const value = headers.get(name);
    if (value) return value;
  }
  return null;
}
