import { isRecord, type ProviderErrorDetails } from "@backupkit/http";

/**
 * The messages of an OnApp error body: `{errors: ["..."]}`, or for failed
 * validations `{errors: {field: ["..."]}}` (read as `field: message`, with
 * Rails' `base` field left out of the text). OnApp's own PHP wrapper also reads
 * `{error: ...}` as `{errors: ...}`, so this does too.
 *
 * Text bodies give none: the transport describes them (an HTML page by its
 * title, plain text quoted), and `listBackupImagesXml` reads the `.xml`
 * calls' XML error body into this shape first.
 */
export function onappErrorMessages(body: unknown): string[] {
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

function messageText(message: unknown): string {
  return typeof message === "string" ? message : JSON.stringify(message);
}
