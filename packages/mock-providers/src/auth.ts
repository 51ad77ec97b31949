import type { MockRequest } from "./types.js";

/** Whether the request carries `Authorization: Bearer <token>` (the scheme is case-insensitive). */
export function hasBearerToken(request: MockRequest, token: string): boolean {
  const auth = request.headers.authorization ?? "";
  return /^Bearer /i.test(auth) && auth.slice(7) === token;
}
