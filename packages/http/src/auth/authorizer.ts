/**
 * Applies a client's Authentication to each attempt. It also keeps the
 * client's secret values: the credentials it was given and every token it
 * obtains, so an error raised after a sign-in is scrubbed of that token too.
 */

import { secretsOf } from "../redact.js";
import type { Authentication, TokenAuth } from "./authentication.js";
import { AuthenticationError } from "./errors.js";

export interface Authorizer {
  /** The secret values known so far, longest first; tokens join as they are obtained. */
  readonly secrets: string[];
  /** Signers need the exact body bytes, so the transport reads a body once up front. */
  readonly needsBody: boolean;
  /** A 401 may be cured by a new token: the request is then sent once more. */
  readonly renewsOn401: boolean;
  /**
   * The attempt with its credentials on, and the credential used (the token,
   * for `renew`). Sign-in failures throw an AuthenticationError.
   */
  apply(
    request: Request,
    body: Uint8Array<ArrayBuffer> | null,
  ): Promise<{ request: Request; used: string | null }>;
  /** The provider refused `used`: the next attempt signs in again. */
  renew(used: string): void;
}

export function createAuthorizer(
  auth: Authentication,
  client: { provider: string; baseUrl: string },
): Authorizer {
  const { provider } = client;
  if (auth.kind === "headers") {
    for (const [name, value] of Object.entries(auth.headers))
      assertHeaderValue(provider, name, value);
    const secrets = secretsOf(auth.headers, auth.secrets);
    return {
      secrets,
      needsBody: false,
      renewsOn401: false,
      async apply(request) {
        return { request: withHeaders(request, auth.headers), used: null };
      },
      renew() {},
    };
  }
  if (auth.kind === "signer") {
    const secrets = secretsOf({}, auth.secrets);
    return {
      secrets,
      needsBody: true,
      renewsOn401: false,
      async apply(request, body) {
        const headers = await auth.sign({
          method: request.method,
          url: new URL(request.url),
          headers: new Headers(request.headers),
          body: body ?? new Uint8Array(),
        });
        return { request: withHeaders(request, headers), used: null };
      },
      renew() {},
    };
  }
  return tokenAuthorizer(auth, client);
}

function tokenAuthorizer(
  auth: TokenAuth,
  client: { provider: string; baseUrl: string },
): Authorizer {
  const secrets = secretsOf({}, auth.secrets);
  const remember = (value: string) => {
    if (value.length === 0 || secrets.includes(value)) return;
    secrets.push(value);
    secrets.sort((a, b) => b.length - a.length);
  };
  return {
    secrets,
    needsBody: false,
    renewsOn401: true,
    async apply(request) {
      const obtained = await auth.source.get();
      const { token } = obtained;
      if (typeof token === "string") remember(token);
      if (typeof token !== "string" || token === "" || /[^\x21-\x7e]/.test(token)) {
        throw new AuthenticationError({
          provider: client.provider,
          reason: "the sign-in returned a token that an HTTP header cannot carry",
          secrets,
        });
      }
      const endpoint = auth.endpoint?.(obtained) ?? null;
      const target = endpoint === null ? request : await rebase(request, client, endpoint);
      const value = auth.scheme ? `${auth.scheme} ${token}` : token;
      return { request: withHeaders(target, { [auth.header]: value }), used: token };
    },
    renew(used) {
      auth.source.invalidate(used);
    },
  };
}

/** Moves a request from the client's base URL to the endpoint the sign-in named. */
async function rebase(
  request: Request,
  client: { provider: string; baseUrl: string },
  endpoint: string,
): Promise<Request> {
  const base = client.baseUrl;
  const { url } = request;
  if (url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) return request;
  let target: URL;
  try {
    target = new URL(`${endpoint.replace(/\/+$/, "")}${url.slice(base.length)}`);
  } catch {
    target = new URL("invalid:");
  }
  if (!/^https?:$/.test(target.protocol) || target.username || target.password) {
    throw new AuthenticationError({
      provider: client.provider,
      reason: "the sign-in named an endpoint that is not an http or https URL without credentials",
    });
  }
  // Only a body held in memory can move to a new URL; a GET has none.
  const body = request.body === null ? null : await request.arrayBuffer();
  return new Request(target, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    redirect: request.redirect,
  });
}

function withHeaders(request: Request, add: Readonly<Record<string, string>>): Request {
  const names = Object.keys(add);
  if (names.length === 0) return request;
  const headers = new Headers(request.headers);
  for (const name of names) headers.set(name, add[name] as string);
  return new Request(request, { headers });
}

/** fetch would reject such a header with an error that quotes the credential. */
export function assertHeaderValue(provider: string, name: string, value: string): void {
  if (/[^\x20-\x7e\x80-\xff]/.test(value)) {
    throw new TypeError(
      `${provider}: the credential sent in ${name} has a character an HTTP header cannot carry (a line break, say)`,
    );
  }
}
