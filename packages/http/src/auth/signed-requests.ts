import { secretsOf } from "../redact.js";
import { type Authentication, type RequestSigner, withHeaders } from "./authentication.js";

/** Signs every attempt with `sign`; `secrets` are the values it signs with (a secret key). */
export function signedRequests(sign: RequestSigner, secrets: readonly string[]): Authentication {
  return {
    authorizer: () => ({
      secrets: secretsOf({}, secrets),
      async apply(request) {
        // The signature covers the exact body bytes: read from this attempt's own
        // copy of the request, and sent as read. Only signing clients pay for it.
        const body = new Uint8Array(await request.arrayBuffer());
        const headers = await sign({
          method: request.method,
          url: new URL(request.url),
          headers: new Headers(request.headers),
          body,
        });
        const sent = request.body ? new Request(request, { body }) : request;
        return { request: withHeaders(sent, headers), used: null };
      },
    }),
  };
}
