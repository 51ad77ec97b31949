import JSONC from "tiny-jsonc";

/**
 * Parses a Z.com response body. Strict `JSON.parse` first, as a well-formed body
 * should be; then tiny-jsonc as the fallback, because Z.com's own documented
 * sample for "List backups" has trailing commas (`],\n    }`) that strict
 * parsers reject, and a client must read what the provider documents.
 * tiny-jsonc only drops trailing commas and comments outside strings before a
 * strict parse, so the fallback never changes what a valid body means; it was
 * chosen over JSON5 because it keeps the browser bundle under its 8 kB budget
 * (0.4 kB against 10 kB gzipped).
 * Throws a SyntaxError that names the provider.
 */
export function parseZcomJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not strict JSON: try the lenient reading below.
  }
  try {
    return JSONC.parse(text);
  } catch (err) {
    throw new SyntaxError(
      `zcom: the body is not JSON, even read leniently (${(err as Error).message})`,
    );
  }
}
