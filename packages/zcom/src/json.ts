import JSON5 from "json5";

/**
 * Parses a Z.com response body. Strict `JSON.parse` first, as a well-formed body
 * should be; then JSON5 as the fallback, because Z.com's own documented sample
 * for "List backups" has trailing commas (`],\n    }`) that strict parsers
 * reject, and a client must read what the provider documents. JSON5 is a strict
 * superset of JSON, so the fallback never changes what a valid body means.
 * Throws a SyntaxError that names the provider and the position.
 */
export function parseZcomJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not strict JSON: try the lenient reading below.
  }
  try {
    return JSON5.parse(text);
  } catch (err) {
    const reason = (err as Error).message.replace(/^JSON5: /, "");
    throw new SyntaxError(`zcom: the body is not JSON, even read leniently (${reason})`);
  }
}
