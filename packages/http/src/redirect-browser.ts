/**
 * The browser's redirect.ts: `#redirect` in package.json "imports" names it
 * for the `browser` condition (esbuild, webpack, Rollup and Vite set it; Node
 * does not). A browser answers a request sent with `redirect: "manual"` with
 * an opaque redirect that says neither its status nor where it points, so
 * there is nothing to follow: same-origin following is Node's only, and
 * leaving it out keeps it out of every browser bundle. Credentials stay on
 * their origin all the same, as no redirect is followed.
 */

/** redirect.ts's limit: this module replaces it whole, exports included. */
export const MAX_REDIRECTS = 5;

/**
 * Throws `refuse(problem)` for a redirect; null for any other response. The
 * signature is redirect.ts's own.
 */
export function nextHop(
  _request: Request,
  response: Response,
  _hops: number,
  refuse: (problem: string) => Error,
): Request | null {
  if (response.type === "opaqueredirect") {
    throw refuse("the server redirected the request; redirects are not followed in a browser");
  }
  return null;
}
