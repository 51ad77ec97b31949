import { isRecord, type ProviderErrorDetails } from "@backupkit/http";

/**
 * Reads Northflank's error envelope, `{error: {status, message, id, details}}`,
 * into a code (the error's `id`) and a message. Any other body gives neither,
 * so the transport describes it instead (an HTML page from a proxy by its title).
 */
export function describeNorthflankError(body: unknown): ProviderErrorDetails {
  if (isRecord(body) && isRecord(body.error)) {
    return { code: nonEmpty(body.error.id), message: nonEmpty(body.error.message) };
  }
  return { code: null, message: null };
}

function nonEmpty(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}
