import createClient, { type Client, type ClientOptions as FetchClientOptions } from "openapi-fetch";

/** Options every provider client accepts on top of its credentials. */
export interface ClientOptions {
  /** Overrides the provider's default base URL (a mock server, a region, a proxy). */
  baseUrl?: string;
  /** A fetch implementation; defaults to `globalThis.fetch`, looked up per request. */
  fetch?: (request: Request) => Promise<Response>;
  /** Replaces the default `User-Agent` header. */
  userAgent?: string;
}

/** What a provider package tells the transport about itself. */
export interface ProviderClientConfig extends ClientOptions {
  /** The provider id, used in errors and the user agent. */
  provider: string;
  /** The provider's documented base URL, used when `baseUrl` is not given. */
  defaultBaseUrl: string;
  /** Headers that authenticate every request (built from the caller's credentials). */
  authHeaders: Record<string, string>;
  /**
   * Parses a 2xx body for providers whose JSON is not strict (Z.com sends
   * trailing commas as `text/html`). Without it, bodies are parsed as strict JSON.
   */
  parseJson?: (text: string) => unknown;
  /** Reads the provider's own error body into a code and a message, for typed errors. */
  describeError?: (body: unknown) => ProviderErrorDetails;
}

/** What a provider's error body says, in its own words. */
export interface ProviderErrorDetails {
  code: string | null;
  message: string | null;
}

export const DEFAULT_USER_AGENT = "backupkit/0.1.0";

/**
 * Creates a typed openapi-fetch client for one provider: base URL, auth headers
 * and a user agent on every request.
 */
export function createProviderClient<Paths extends {}>(
  config: ProviderClientConfig,
): Client<Paths, `${string}/${string}`> {
  const baseUrl = (config.baseUrl ?? config.defaultBaseUrl).replace(/\/+$/, "");
  assertHttpUrl(config.provider, baseUrl);
  const userFetch = config.fetch;
  // Resolved per request, so a fetch swapped in after creation is still used.
  const send = (request: Request) => (userFetch ?? globalThis.fetch)(request);
  const { parseJson } = config;
  const options: FetchClientOptions = {
    baseUrl,
    headers: { "User-Agent": config.userAgent ?? DEFAULT_USER_AGENT, ...config.authHeaders },
    fetch: parseJson
      ? async (request: Request) => reencodeJson(await send(request), parseJson)
      : send,
  };
  return createClient<Paths>(options);
}

function assertHttpUrl(provider: string, baseUrl: string): void {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`${provider}: baseUrl is not a valid URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`${provider}: baseUrl must use http or https, got ${url.protocol}`);
  }
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

/** Re-encodes a 2xx body read by a provider's own parser as strict JSON for openapi-fetch. */
async function reencodeJson(
  response: Response,
  parseJson: (text: string) => unknown,
): Promise<Response> {
  if (!response.ok || response.status === 204) return response;
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  const body = text.trim() === "" ? text : JSON.stringify(parseJson(text));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
