import createClient, { type Client } from "openapi-fetch";
import { PLANS, planFor } from "#plan";
import type { Authentication } from "./auth/authentication.js";
import { staticHeaders } from "./auth/static-headers.js";
import { DEFAULT_MAX_BODY_BYTES } from "./body.js";
import { RetryBudget } from "./budget.js";
import type { ProviderErrorDetails } from "./errors.js";
import type { RateLimitPacer } from "./rate-limit.js";
import {
  checkOption,
  type ResetHeaderFormat,
  type RetryOptions,
  resolveRetryPolicy,
} from "./retry.js";
import {
  type CallRecord,
  type ClientSettings,
  createAttemptLoop,
  type FetchLike,
} from "./transport.js";
import { callContexts, type FetchResult } from "./unwrap.js";
import { isPlainHttpUrl } from "./url.js";

/** Options every provider client accepts on top of its credentials. */
export interface ClientOptions {
  /** Overrides the provider's default base URL (a mock server, a region, a proxy). */
  baseUrl?: string;
  /** A fetch implementation; defaults to `globalThis.fetch`, looked up per request. */
  fetch?: (request: Request) => Promise<Response>;
  /** Replaces the default `User-Agent` header. */
  userAgent?: string;
  /** Deadline of each attempt, body included, in ms. Default 30 s; `Infinity` for none. */
  timeoutMs?: number;
  /** Retry settings, or `false` for a single attempt. */
  retry?: RetryOptions | false;
  /**
   * Pacing under the rate limit of a provider that announces it in
   * `X-RateLimit-*` headers (Linode, Northflank), shared by every client with
   * the same credential: `maxWaitMs` is the longest wait for a window to reset
   * before a request goes anyway (default 60 s, one Linode window); `false`
   * turns pacing off.
   */
  rateLimit?: { maxWaitMs?: number } | false;
  /** Cancels every request of this client (and their retries) when it aborts. */
  signal?: AbortSignal;
  /**
   * The most bytes of a response body read, counted after decompression.
   * Default 64 MiB. A larger body fails with a TransportError, not retried.
   */
  maxBodyBytes?: number;
  /**
   * Runs each attempt when a slot is free, e.g. `pLimit(8)` from p-limit to
   * bound requests in flight. An attempt's deadline starts when it runs:
   * waiting in the queue is bounded by `signal`, not by `timeoutMs`.
   */
  queue?: <T>(attempt: () => Promise<T>) => Promise<T>;
  /**
   * An undici dispatcher for the global fetch of Node, e.g. `new
   * EnvHttpProxyAgent()` from undici to go through `HTTPS_PROXY`/`HTTP_PROXY`
   * except for `NO_PROXY` hosts. Not used with the `fetch` option, nor in a browser.
   */
  dispatcher?: object;
}

/** What a provider package tells the transport about itself. */
export interface ProviderClientConfig extends ClientOptions {
  /** The provider id, used in errors and the user agent. */
  provider: string;
  /** The provider's documented base URL, used when `baseUrl` is not given. */
  defaultBaseUrl: string;
  /**
   * How requests are authenticated: `staticHeaders(...)`, `signedRequests(...)`
   * or `tokenFrom(...)` (see `src/auth/`); default `staticHeaders(authHeaders)`. Every credential it holds, and every
   * token it obtains, is scrubbed from errors.
   */
  auth?: Authentication;
  /** Shorthand for `auth: staticHeaders(authHeaders, secrets)`. */
  authHeaders?: Record<string, string>;
  /**
   * With `authHeaders`: credential values a header carries encoded (Basic's
   * `user:password` and password), so that errors are scrubbed of them too.
   * The headers' own values, and the credential after a scheme, are scrubbed
   * without this.
   */
  secrets?: readonly string[];
  /**
   * Parses a body for providers whose JSON is not strict (Z.com sends trailing
   * commas as `text/html`). Without it, bodies are parsed as strict JSON.
   */
  parseJson?: (text: string) => unknown;
  /** Reads the provider's own error body into a code and a message, for typed errors. */
  describeError?: (body: unknown) => ProviderErrorDetails;
  /**
   * The provider's rate-limit reset headers and how they count, honoured on a
   * 429 without `Retry-After`, e.g. `{ "X-RateLimit-Reset": "epoch-seconds" }`.
   */
  rateLimitResetHeaders?: Readonly<Record<string, ResetHeaderFormat>>;
  /**
   * For providers that say on every response how much of their rate limit is
   * left (`X-RateLimit-Limit`, `-Remaining` and the reset header above):
   * `pacerFor` from this package, so requests wait for the window to reset
   * instead of drawing a 429. Passed in rather than imported here, so that it
   * is in those providers' browser bundles only.
   */
  pacerFor?: (provider: string, baseUrl: string, secrets: readonly string[]) => RateLimitPacer;
  /** Response headers that carry the provider's request id, first match wins. Default `X-Request-Id`. */
  requestIdHeaders?: readonly string[];
}

export const DEFAULT_USER_AGENT = "backupkit/0.1.0";
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

type LooseInit = { parseAs?: string; fetch?: FetchLike; [key: string]: unknown };
type LooseRequest = (method: string, url: string, init?: LooseInit) => Promise<FetchResult>;

/**
 * Creates a typed openapi-fetch client for one provider: base URL, credentials
 * and a user agent on every request; a deadline per attempt; retries with
 * backoff for idempotent methods; bodies checked before openapi-fetch parses
 * them; and what `unwrap` needs to throw a ProviderError.
 */
export function createProviderClient<Paths extends {}>(
  config: ProviderClientConfig,
): Client<Paths, `${string}/${string}`> {
  const { provider } = config;
  const baseUrl = (config.baseUrl ?? config.defaultBaseUrl).replace(/\/+$/, "");
  if (!isPlainHttpUrl(baseUrl)) {
    throw new TypeError(`${provider}: baseUrl must be an http or https URL, without credentials`);
  }
  const auth = config.auth ?? staticHeaders(config.authHeaders ?? {}, config.secrets);
  const authorizer = auth.authorizer({ provider, baseUrl });
  const policy = resolveRetryPolicy(provider, config.retry);
  const maxPaceMs =
    config.rateLimit === false ? 0 : (config.rateLimit?.maxWaitMs ?? DEFAULT_RATE_LIMIT_WAIT_MS);
  checkOption(provider, "rateLimit.maxWaitMs", maxPaceMs, maxPaceMs >= 0);
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBodyBytes = config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const settings: ClientSettings = {
    ...config,
    policy,
    budget: new RetryBudget(policy.budget),
    // A positive number of ms (Infinity: no deadline) that setTimeout can hold.
    timeoutMs: checkOption(
      provider,
      "timeoutMs",
      timeoutMs,
      timeoutMs > 0 && (timeoutMs <= 2_147_483_647 || timeoutMs === Infinity),
    ),
    maxBodyBytes: checkOption(
      provider,
      "maxBodyBytes",
      maxBodyBytes,
      Number.isSafeInteger(maxBodyBytes) && maxBodyBytes >= 1,
    ),
    authorizer,
    // The same array the authorizer adds obtained tokens to.
    secrets: authorizer.secrets,
    // Pacers are keyed by the configured credentials, copied: tokens obtained later do not
    // change whose budget it is.
    pacer:
      (config.rateLimit !== false &&
        config.pacerFor?.(provider, baseUrl, [...authorizer.secrets])) ||
      null,
    maxPaceMs,
    resetHeader: Object.entries(config.rateLimitResetHeaders ?? {})[0],
  };
  // Credentials are not default headers: the attempt loop puts them on each attempt.
  const core = createClient<Paths>({
    baseUrl,
    headers: { "User-Agent": config.userAgent ?? DEFAULT_USER_AGENT },
  });
  const coreRequest = core.request as unknown as LooseRequest;
  // Set once middleware is registered: it may read response bodies, so they are then left readable.
  let usesMiddleware = false;

  // Each method knows its path template when called: the attempt loop gets it
  // as that call's own fetch, and unwrap finds the record filed under the Response.
  async function call(method: string, path: string, init: LooseInit = {}): Promise<FetchResult> {
    const parseAs = init.parseAs ?? "json";
    // Middleware may read or replace the body: openapi-fetch then reads and parses it, as usual.
    const parsesBody = parseAs === "json" && !usesMiddleware && !init.middleware;
    const record: CallRecord = {
      client: settings,
      method,
      path,
      parseAs,
      parsesBody,
      fetch: init.fetch,
      attempts: 0,
      retryAfterMs: null,
    };
    // Asked for the stream, openapi-fetch leaves the body that the transport has parsed alone.
    const result = await coreRequest(method, path, {
      ...init,
      parseAs: parsesBody ? "stream" : parseAs,
      fetch: createAttemptLoop(record),
      // A call goes without a Request of its own (see plan.ts) where nothing needs one: no
      // middleware to show it to, no body to read, no caller's fetch to hand it to, and
      // credentials that are fixed headers. Otherwise openapi-fetch makes its Request, as usual.
      ...(PLANS &&
        !usesMiddleware &&
        !init.middleware &&
        init.body === undefined &&
        !init.fetch &&
        !config.fetch &&
        !config.auth &&
        planFor(config.authHeaders)),
    });
    if ("data" in record) result.data = record.data;
    callContexts.set(result.response, record);
    return result;
  }

  // Everything openapi-fetch's client offers (use, eject), with every request routed through `call`.
  const client: Record<string, unknown> = {
    ...core,
    request: (method: string, path: string, init?: LooseInit) =>
      call(method.toUpperCase(), path, init),
    use(...middleware: Parameters<typeof core.use>) {
      usesMiddleware = true;
      core.use(...middleware);
    },
  };
  // openapi-fetch's method functions are its upper-case keys: GET, PUT, POST, ...
  for (const method in core) {
    if (/^[A-Z]+$/.test(method)) {
      client[method] = (path: string, init?: LooseInit) => call(method, path, init);
    }
  }
  return client as unknown as Client<Paths, `${string}/${string}`>;
}

/** Throws a clear error when a required credential is missing or blank. */
export function requireCredential(provider: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError(
      `${provider}: the ${name} option is required and must be a non-empty string`,
    );
  }
  return value;
}
