/**
 * Secret redaction for everything the transport writes into an error: messages,
 * provider messages, network error summaries. Two layers: the exact credential
 * values the client was built with (so a provider body that echoes the token is
 * still scrubbed), and patterns for credentials in general (auth headers, Basic
 * and Bearer values, URL userinfo, secret-looking query parameters).
 */

export const REDACTED = "[redacted]";

// `\b` also matches after a hyphen, so `authorization` covers Proxy-Authorization,
// `api-key` covers X-Api-Key, and `cookie` covers Set-Cookie.
const AUTH_HEADER =
  /\b(authorization|x-auth-token|x-subject-token|api-key|cookie)(["']?\s*[:=]\s*["']?)[^\s"',;]+(?:[ \t]+[^\s"',;]+)?/gi;
const AUTH_SCHEME = /\b(Bearer|Basic|Token|Digest)\s+[A-Za-z0-9._~+/=-]{4,}/g;
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;
const SECRET_PARAM =
  /(^|[?&;\s])([\w.-]*(?:token|key|secret|pass|pwd|sig|credential|auth)[\w.-]*)=[^&#\s"']*/gi;

/** Secrets shorter than this are not scrubbed by value: they would blank out ordinary words. */
const MIN_SECRET_LENGTH = 4;

/** Replaces credentials in `text` with `[redacted]`. */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(REDACTED);
  }
  return out
    .replace(AUTH_HEADER, `$1$2${REDACTED}`)
    .replace(AUTH_SCHEME, `$1 ${REDACTED}`)
    .replace(URL_USERINFO, `$1${REDACTED}@`)
    .replace(SECRET_PARAM, `$1$2=${REDACTED}`);
}

/**
 * The secret values of a client: each auth header's whole value and the
 * credential after its scheme (`Bearer <token>`), plus the raw values a
 * provider encodes into a header (Basic's password), which it passes as `extra`.
 * Longest first, so a value is scrubbed whole before a part of it is.
 */
export function secretsOf(
  headers: Readonly<Record<string, string>>,
  extra: readonly string[] = [],
): string[] {
  const secrets = new Set(extra);
  for (const value of Object.values(headers)) {
    secrets.add(value).add(value.slice(value.indexOf(" ") + 1));
  }
  return [...secrets].sort((a, b) => b.length - a.length);
}
