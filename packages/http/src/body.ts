/**
 * Response bodies that are not what they claim. The transport reads every body
 * in full inside the attempt (so a hung or dropped body is a timeout or a
 * connection error that can be retried, not a rejection later in openapi-fetch)
 * and checks that a 2xx body meant to be JSON parses. That parse is the only
 * one: the value goes to the call in `data`, and openapi-fetch, asked for the
 * stream, leaves the spent body alone. Other bodies go to openapi-fetch in a
 * fresh Response holding the bytes read. The provider's `parseJson` (Z.com's
 * trailing commas) is applied here too, and an error body it reads re-encoded
 * as strict JSON for openapi-fetch.
 *
 * Every body is read as a stream and counted after fetch has decompressed it:
 * a 2 MB gzip response that inflates to gigabytes, or a body that never ends,
 * stops at `maxBodyBytes` instead of exhausting memory.
 */

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

/** What a call expects of a body; the call's record, which also takes the parsed value. */
export interface BodyExpectation {
  method: string;
  /** The caller's `parseAs` for this call. */
  parseAs: string;
  /** A 2xx JSON body is parsed here only, and its value left in `data`. */
  parsesBody: boolean;
  data?: unknown;
  client: {
    /** The provider's parser for JSON that is not strict; strict JSON.parse when absent. */
    parseJson?: ((text: string) => unknown) | undefined;
    /** The most bytes of a body read, after decompression. */
    maxBodyBytes: number;
  };
}

/** The response with its body read, or the `invalid` error for a body too large or a 2xx body that is not JSON. */
export async function settleBody(
  response: Response,
  expect: BodyExpectation,
  invalid: (problem: string) => Error,
): Promise<Response> {
  // A stream is the caller's to read; its deadline covers the headers only.
  if (expect.parseAs === "stream") return response;
  // No Content, Reset Content and Not Modified have no body to hand over.
  const bodiless = expect.method === "HEAD" || [204, 205, 304].includes(response.status);
  const bytes = await readBounded(response, expect.client.maxBodyBytes, invalid);
  if (bodiless || expect.parseAs !== "json") return rebuild(response, bodiless ? null : bytes);

  const text = new TextDecoder().decode(bytes);
  const { ok, status } = response;
  if (ok && !text.trim()) {
    throw invalid(`the ${status} response has an empty body where JSON was expected`);
  }
  const { parseJson } = expect.client;
  try {
    const value = (parseJson ?? JSON.parse)(text);
    if (ok && expect.parsesBody) {
      expect.data = value;
      return response;
    }
    if (parseJson) return rebuild(response, JSON.stringify(value));
  } catch {
    // Not retried: a complete body that does not parse will not parse next time either.
    if (ok) {
      // Described, not quoted: the body may be long, or echo the request.
      const type = response.headers.get("content-type");
      const size = `${bytes.length} bytes${type ? ` of ${type}` : ""}`;
      const problem =
        describeHtml(text) ?? `body is not valid JSON (${size}; truncated or malformed)`;
      throw invalid(`the ${status} response ${problem}`);
    }
    // An error body stays text (an HTML error page): openapi-fetch then returns the text as `error`.
  }
  return rebuild(response, text);
}

/**
 * Reads the whole body, at most `limit` bytes of it as decompressed; beyond
 * that, stops reading and throws `invalid` (not retried: the next answer
 * would be as large).
 */
async function readBounded(
  response: Response,
  limit: number,
  invalid: (problem: string) => Error,
): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () =>
    invalid(
      `the ${response.status} response body is larger than the limit of ${limit} bytes (maxBodyBytes)`,
    );
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  // An uncompressed body says its size up front: no need to read what will be refused.
  if (
    !response.headers.has("content-encoding") &&
    Number(response.headers.get("content-length")) > limit
  ) {
    reader.cancel().catch(() => {});
    throw tooLarge();
  }
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * Describes an HTML page (a proxy's or gateway's error page) by its first
 * `<title>` or `<h1>`, whitespace collapsed: `is an HTML page ("502 Bad
 * Gateway"), not JSON`. The title is not cut here: the error that quotes it
 * scrubs secrets first and cuts after. Null for text that is not HTML.
 */
export function describeHtml(text: string): string | null {
  if (!/^\s*(?:<[\s\S]*)?<(?:!doctype\s+html|html|head|body|title|h1)\b/i.test(text)) return null;
  // Stryker disable next-line OptionalChaining: group 2 ([^<]*) takes part in every match; the first `?.`, for no match, is pinned by the "<body>no heading" test
  const title = /<(title|h1)\b[^>]*>([^<]*)/i.exec(text)?.[2]?.replace(/\s+/g, " ").trim();
  return `is an HTML page${title ? ` ("${title}")` : ""}, not JSON`;
}

/**
 * A copy of `original` (status, status text, headers) with a body already read
 * into memory. Its headers stay those fetch received, Content-Length and
 * Content-Encoding included, as on the fetched response handed over for a
 * parsed body: openapi-fetch reads a copy's body whatever they say.
 */
function rebuild(original: Response, body: BodyInit | null): Response {
  const copy = new Response(body, original);
  Object.defineProperty(copy, "url", { value: original.url });
  return copy;
}
