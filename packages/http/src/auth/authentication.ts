/**
 * How a client authenticates its requests, as one value a provider package
 * picks: fixed headers (`staticHeaders`: a token, an API key, Basic), a signer
 * run on every attempt (`signedRequests`: Huawei's AK/SK), or a token obtained
 * at run time (`tokenFrom`: OpenStack Identity). The transport applies it to
 * each attempt just before sending, and nowhere else: the single place a
 * credential is put on a request. Each way lives in its own module, so a
 * browser bundle carries only the one its provider uses.
 */

import { mergeHeaders } from "openapi-fetch";

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

/** The client an Authentication is applied for. */
export interface AuthTarget {
  provider: string;
  /** The client's base URL, without a trailing slash. */
  baseUrl: string;
}

/** One way to authenticate, chosen by a provider package. */
export interface Authentication {
  /** What applies it to the requests of one client. */
  authorizer(client: AuthTarget): Authorizer;
}

/** Applies an Authentication to each attempt of one client, and keeps its secret values. */
export interface Authorizer {
  /** The secret values known so far, longest first; tokens join as they are obtained. */
  readonly secrets: string[];
  /**
   * The attempt with its credentials on, and the credential used (the token,
   * for `renew`). `request` is this attempt's own copy: its body may be read
   * (a signer hashes it) if the request returned carries the bytes read.
   * Sign-in failures throw an AuthenticationError.
   */
  apply(request: Request): Promise<{ request: Request; used: string | null }>;
  /**
   * Present when a 401 may be cured by a new token: the provider refused
   * `used`, so the next attempt signs in again and the request is sent once more.
   */
  renew?(used: string): void;
}

/** A copy of `request` with `add` set on its headers. */
export function withHeaders(request: Request, add: Readonly<Record<string, string>>): Request {
  // openapi-fetch's own header merge, which every bundle carries already. It copies
  // `request.headers` as a Headers (it reads a plain object's own entries only):
  // the transport's attempts are the global Request, whose headers are.
  return new Request(request, { headers: mergeHeaders(request.headers, add) });
}
