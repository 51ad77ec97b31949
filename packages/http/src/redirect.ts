/**
 * Redirects, followed by hand. fetch would follow up to 20, to any host, and
 * drops only `Authorization` on the way: a custom credential header such as
 * `X-Auth-Token` (Huawei CBR, Z.com) would reach whatever host the Location
 * names. So every request is sent with `redirect: "manual"`, and a redirect is
 * followed only to the origin the request was sent to, at most
 * `MAX_REDIRECTS` times; the credentials, set for the client's own origin,
 * never leave it.
 */

export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * The request to send next, or null when `response` is not a redirect.
 * Throws `refuse(problem)` for a redirect that is not followed.
 */
export function nextHop(
  request: Request,
  response: Response,
  hops: number,
  refuse: (problem: string) => Error,
): Request | null {
  // A browser does not say where a manual redirect points.
  if (response.type === "opaqueredirect") {
    throw refuse("the server redirected the request; redirects are not followed in a browser");
  }
  const location = response.headers.get("location");
  if (!REDIRECT_STATUSES.has(response.status) || location === null) return null;
  let target: URL | undefined;
  try {
    target = new URL(location, request.url);
  } catch {}
  const origin = new URL(request.url).origin;
  const said = `the server redirected with ${response.status}`;
  // Only the origin is named: the rest of the URL may carry anything.
  if (target?.origin !== origin) {
    throw refuse(
      `${said} to another origin (${target?.origin ?? "an unreadable URL"}); not followed, so credentials stay with ${origin}`,
    );
  }
  if (hops >= MAX_REDIRECTS) throw refuse(`${said} more than ${MAX_REDIRECTS} times`);
  // A body may already be spent; 303 (and 301/302 after a POST) would also change the method.
  if (request.body !== null) {
    throw refuse(`${said} a ${request.method} request with a body; not re-sent`);
  }
  // Same origin: the request goes on as it was, headers (credentials included) and signal too.
  return new Request(target, request);
}
