import JSONC from "tiny-jsonc";

/**
 * Parses a Z.com response body with tiny-jsonc, because Z.com's own documented
 * sample for "List backups" has trailing commas (`],\n    }`) that strict
 * parsers reject, and a client must read what the provider documents.
 * tiny-jsonc tries strict `JSON.parse` first, as a well-formed body should be;
 * only then does it drop trailing commas and comments outside strings and parse
 * strictly again, so the fallback never changes what a valid body means. It was
 * chosen over JSON5 because it keeps the browser bundle under its 8 kB budget
 * (0.4 kB against 10 kB gzipped).
 * Throws a SyntaxError that names the provider.
 */
export function parseZcomJson(text: string): unknown {
  try {
    return JSONC.parse(text);
  } catch (err) {
    throw new SyntaxError(
      `zcom: the body is not JSON, even read leniently (${(err as Error).message})`,
    );
  }
}
