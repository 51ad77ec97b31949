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

// The XML error body is small and flat, so a pattern reads its messages rather
// than the XML parser: the JSON client describes errors too, and must bundle
// for browsers without fast-xml-parser. (`listBackupImagesXml` parses it in full.)
// Other markup (an HTML page) has no <error> elements, so it gives no message.
const XML_ERROR = /<error>([^<]*)<\/error>/g;

function textMessages(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("<")) {
    return [...trimmed.matchAll(XML_ERROR)].map((m) => unescapeXml(m[1] ?? "").trim());
  }
  const line = trimmed.split("\n", 1)[0]?.trim() ?? "";
  return line === "" ? [] : [line.length > 200 ? `${line.slice(0, 197)}...` : line];
}

/** XML's five predefined entities, `&amp;` last; character references stay as written. */
function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function messageText(message: unknown): string {
  return typeof message === "string" ? message : JSON.stringify(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
