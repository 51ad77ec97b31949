import type { ProviderErrorDetails } from "@backupkit/http";

/**
 * The messages of an OnApp error body: `{errors: ["..."]}`, or for failed
 * validations `{errors: {field: ["..."]}}` (read as `field: message`, with
 * Rails' `base` field left out of the text). OnApp's own PHP wrapper also reads
 * `{error: ...}` as `{errors: ...}`, so this does too.
 *
 * Text bodies: the XML error body (`<errors><error>...</error></errors>`, what
 * the `.xml` calls send) gives its messages; other markup (an HTML page from a
 * proxy) gives none, so the transport describes it by its title; plain text (a
 * 401 from the web server, say) gives its first line.
 */
export function onappErrorMessages(body: unknown): string[] {
  if (typeof body === "string") return textMessages(body);
  if (!isRecord(body)) return [];
  const errors = body.errors ?? body.error;
  if (typeof errors === "string") return [errors];
  if (Array.isArray(errors)) return errors.map(messageText);
  if (isRecord(errors)) {
    return Object.entries(errors).flatMap(([field, messages]) =>
      (Array.isArray(messages) ? messages : [messages]).map((message) =>
        field === "base" ? messageText(message) : `${field}: ${messageText(message)}`,
      ),
    );
  }
  return [];
}

/** Reads OnApp's error body for typed errors: OnApp sends messages only, no codes. */
export function describeOnappError(body: unknown): ProviderErrorDetails {
  const messages = onappErrorMessages(body);
  return { code: null, message: messages.length === 0 ? null : messages.join("; ") };
}

// The XML error body is small and flat, so it is read with two patterns rather
// than the XML parser: the JSON client, which describes errors too, must stay
// small enough to bundle for browsers without fast-xml-parser.
const XML_ERRORS = /^\s*(?:<\?xml[^>]*\?>\s*)?<errors(?:\s[^>]*)?(?:\/>|>([\s\S]*)<\/errors>)\s*$/;
const XML_ERROR = /<error(?:\s[^>]*)?(?:\/>|>([^<]*)<\/error>)/g;

/**
 * OnApp's XML error body (`<errors><error>message</error>...</errors>`) as the
 * JSON one, `{ errors: [...] }`; `null` for any other text.
 */
export function parseOnappErrorXml(text: string): { errors: string[] } | null {
  const document = XML_ERRORS.exec(text.replace(/^\uFEFF/, ""));
  if (document === null) return null;
  const inner = document[1] ?? "";
  const errors = [...inner.matchAll(XML_ERROR)].map((match) => decodeXmlText(match[1] ?? ""));
  // Anything besides <error> elements and whitespace: not an error body after all.
  if (inner.replace(XML_ERROR, "").trim() !== "") return null;
  return { errors: errors.map((message) => message.trim()) };
}

function textMessages(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("<")) return parseOnappErrorXml(trimmed)?.errors ?? [];
  const line = trimmed.split("\n", 1)[0]?.trim() ?? "";
  return line === "" ? [] : [line.length > 200 ? `${line.slice(0, 197)}...` : line];
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** The five predefined entities and character references; anything else stays as written. */
function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, reference: string) => {
    if (!reference.startsWith("#")) return ENTITIES[reference] ?? whole;
    const code =
      reference[1] === "x" ? Number.parseInt(reference.slice(2), 16) : Number(reference.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function messageText(message: unknown): string {
  return typeof message === "string" ? message : JSON.stringify(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
