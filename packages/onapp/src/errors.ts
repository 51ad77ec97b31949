import type { ProviderErrorDetails } from "@backupkit/http";

/**
 * The messages of an OnApp error body: `{errors: ["..."]}`, or for failed
 * validations `{errors: {field: ["..."]}}` (read as `field: message`, with
 * Rails' `base` field left out of the text). OnApp's own PHP wrapper also reads
 * `{error: ...}` as `{errors: ...}`, so this does too.
 *
 * Text bodies: markup gives none (an HTML page from a proxy is described by
 * the transport by its title; the `.xml` calls' XML error body is read by
 * `listBackupImagesXml`); plain text (a 401 from the web server, say) gives
 * its first line.
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

function textMessages(text: string): string[] {
  const trimmed = text.trim();
  // Markup (an HTML page) is described by the transport; `listBackupImagesXml`
  // turns the XML error body into the JSON one before it gets here.
  if (trimmed.startsWith("<")) return [];
  const line = trimmed.split("\n", 1)[0]?.trim() ?? "";
  return line === "" ? [] : [line.length > 200 ? `${line.slice(0, 197)}...` : line];
}

function messageText(message: unknown): string {
  return typeof message === "string" ? message : JSON.stringify(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
