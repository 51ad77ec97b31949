/**
 * Response bodies that are not what they claim. The transport reads every body
 * in full inside the attempt (so a hung or dropped body is a timeout or a
 * connection error that can be retried, not a rejection later in openapi-fetch),
 * checks that a 2xx body meant to be JSON parses, and hands openapi-fetch a
 * fresh Response holding the bytes it read. The provider's `parseJson` (Z.com's
 * trailing commas) is applied here too, and its result re-encoded as strict JSON.
 */

export interface BodyExpectation {
  method: string;
  /** openapi-fetch's `parseAs` for this call. */
  parseAs: string;
  /** The provider's parser for JSON that is not strict; strict JSON.parse when absent. */
  parseJson: ((text: string) => unknown) | undefined;
  /** The error to throw for a 2xx body that is not the JSON it should be. */
  invalid(problem: string): Error;
}

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** The response with its body read, or the `invalid` error for a 2xx body that is not JSON. */
export async function settleBody(response: Response, expect: BodyExpectation): Promise<Response> {
  // A stream is the caller's to read; its deadline covers the headers only.
  if (expect.parseAs === "stream") return response;
  const bytes = await response.arrayBuffer();
  if (expect.method === "HEAD" || NULL_BODY_STATUSES.has(response.status)) {
    return rebuild(response, null);
  }
  if (expect.parseAs !== "json") return rebuild(response, bytes);

  const text = new TextDecoder().decode(bytes);
  const { ok, status } = response;
  if (ok && text.trim() === "") {
    throw expect.invalid(`the ${status} response has an empty body where JSON was expected`);
  }
  try {
    const value = (expect.parseJson ?? JSON.parse)(text);
    if (expect.parseJson) return rebuild(response, JSON.stringify(value), true);
  } catch {
    // Not retried: a complete body that does not parse will not parse next time either.
    if (ok) {
      // Described, not quoted: the body may be long, or echo the request.
      const type = response.headers.get("content-type");
      const size = `${bytes.byteLength} bytes${type ? ` of ${type}` : ""}`;
      const problem =
        describeHtml(text) ?? `body is not valid JSON (${size}; truncated or malformed)`;
      throw expect.invalid(`the ${status} response ${problem}`);
    }
    // An error body stays text (an HTML error page): openapi-fetch then returns the text as `error`.
  }
  return rebuild(response, text);
}

/**
 * Describes an HTML page (a proxy's or gateway's error page) by its first
 * `<title>` or `<h1>`, whitespace collapsed and cut to 80 characters:
 * `is an HTML page ("502 Bad Gateway"), not JSON`. Null for text that is not HTML.
 */
export function describeHtml(text: string): string | null {
  if (!/^\s*(?:<[\s\S]*)?<(?:!doctype\s+html|html|head|body|title|h1)\b/i.test(text)) return null;
  const title = /<(title|h1)\b[^>]*>([^<]*)/i.exec(text)?.[2]?.replace(/\s+/g, " ").trim();
  return `is an HTML page${title ? ` ("${title.slice(0, 80)}")` : ""}, not JSON`;
}

/** A copy of `original` (status, status text, headers) with a body already read into memory. */
function rebuild(original: Response, body: BodyInit | null, asJson = false): Response {
  const copy = new Response(body, original);
  // The bytes are decoded (and maybe re-encoded): the wire length and encoding no longer apply.
  copy.headers.delete("content-length");
  copy.headers.delete("content-encoding");
  if (asJson) copy.headers.set("content-type", "application/json");
  Object.defineProperty(copy, "url", { value: original.url });
  return copy;
}
