import { secretsOf } from "../redact.js";
import { type Authentication, type RequestSigner, withHeaders } from "./authentication.js";

/** Signs every attempt with `sign`; `secrets` are the values it signs with (a secret key). */
export function signedRequests(sign: RequestSigner, secrets: readonly string[]): Authentication {
  return {
    authorizer: () => ({
      secrets: secretsOf({}, secrets),
      needsBody: true,
      async apply(request, body) {
        const headers = await sign({
          method: request.method,
          url: new URL(request.url),
          headers: new Headers(request.headers),
          body: body ?? new Uint8Array(),
        });
        return { request: withHeaders(request, headers), used: null };
      },
    }),
  };
}
