/**
 * How a client authenticates its requests, as one value a provider package
 * picks: fixed headers (a token, an API key, Basic), a signer run on every
 * attempt (Huawei's AK/SK), or a token obtained at run time (OpenStack
 * Identity). The transport applies it to each attempt just before sending,
 * and nowhere else: the single place a credential is put on a request.
 */

import type { ObtainedToken, TokenSource } from "./token-source.js";

/** What a signer sees of one attempt. */
export interface SignableRequest {
  method: string;
  url: URL;
  /** The attempt's headers, before the signer's are added. */
  headers: Headers;
  /** The exact bytes sent as the body; empty when there is none. */
  body: Uint8Array<ArrayBuffer>;
}

/**
 * Signs one attempt: returns the headers to add (`Authorization`, a date).
 * It runs again for every retry, so each attempt carries a fresh date.
 */
export type RequestSigner = (request: SignableRequest) => Promise<Record<string, string>>;

export interface StaticHeadersAuth {
  kind: "headers";
  headers: Readonly<Record<string, string>>;
  /**
   * Credential values a header carries encoded (Basic's `user:password` and
   * password). The headers' own values, and the credential after a scheme,
   * are scrubbed without this.
   */
  secrets?: readonly string[];
}

export interface SignerAuth {
  kind: "signer";
  sign: RequestSigner;
  /** The signing secrets (a secret key, a session token), scrubbed from every error. */
  secrets: readonly string[];
}

export interface TokenAuth<T extends ObtainedToken = ObtainedToken> {
  kind: "token";
  source: TokenSource<T>;
  /** The header that carries the token, e.g. `X-Auth-Token`. */
  header: string;
  /** A scheme written before the token (`Bearer`), if any. */
  scheme?: string;
  /**
   * Where requests go once signed in, when the token says (an OpenStack
   * service catalog): replaces the client's base URL. `null`: keep it.
   */
  endpoint?(token: T): string | null;
  /** Credential values used to obtain the token (a password), scrubbed from every error. */
  secrets?: readonly string[];
}

export type Authentication = StaticHeadersAuth | SignerAuth | TokenAuth;

/** Sends the same headers with every request. */
export function staticHeaders(
  headers: Readonly<Record<string, string>>,
  secrets: readonly string[] = [],
): StaticHeadersAuth {
  return { kind: "headers", headers, secrets };
}

/** Signs every attempt with `sign`; `secrets` are the values it signs with. */
export function signedRequests(sign: RequestSigner, secrets: readonly string[]): SignerAuth {
  return { kind: "signer", sign, secrets };
}

/** Sends the token of `source` in `header`, renewing it once when a request gets a 401. */
export function tokenFrom<T extends ObtainedToken>(
  source: TokenSource<T>,
  options: Omit<TokenAuth<T>, "kind" | "source">,
): TokenAuth<T> {
  return { kind: "token", source, ...options };
}
