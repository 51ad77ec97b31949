/**
 * Secret redaction, in two layers. `scrubSecrets` replaces the exact credential
 * values a client was built with: every credential an error of this package
 * could hold is the client's own (a provider body that echoes the token, a
 * proxy page that quotes the request), so the transport's errors use it alone,
 * which keeps the patterns below out of every browser bundle. `redactText`
 * adds patterns for credentials in general (auth headers, Basic and Bearer
 * values, URL userinfo, secret-looking query parameters), for text a program
 * writes out where a credential it does not know of may turn up: the CLI's
 * output, a log line.
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

/** Replaces each of `secrets` (a client's credential values) in `text` with `[redacted]`. */
// Stryker disable next-line ArrayDeclaration: only a text holding the mutant's own placeholder could tell the defaults apart
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) out = out.replaceAll(secret, REDACTED);
  }
  return out;
}

/**
 * Text from a server, made fit for an error field: scrubbed of `secrets`
 * first, then cut to `max` characters. Cutting first would leave a prefix of a
 * long token that no longer matches it.
 */
// Stryker disable next-line ArrayDeclaration: only a text holding the mutant's own placeholder could tell the defaults apart
export function scrubThenCut(text: string, secrets: readonly string[] = [], max = 200): string {
  const clean = scrubSecrets(text, secrets);
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** Replaces `secrets`, and credentials in general by their shape, in `text` with `[redacted]`. */
// Stryker disable next-line ArrayDeclaration: only a text holding the mutant's own placeholder could tell the defaults apart
export function redactText(text: string, secrets: readonly string[] = []): string {
  return scrubSecrets(text, secrets)
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
