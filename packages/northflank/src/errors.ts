import type { ProviderErrorDetails } from "@backupkit/http";

/**
 * Reads Northflank's error envelope, `{error: {status, message, id, details}}`,
 * into a code (the error's `id`) and a message. A body of another shape, such
 * as a proxy's HTML page, gives its first line as the message.
 */
export function describeNorthflankError(body: unknown): ProviderErrorDetails {
  if (isRecord(body) && isRecord(body.error)) {
    return { code: nonEmpty(body.error.id), message: nonEmpty(body.error.message) };
  }
  if (typeof body === "string") return { code: null, message: firstLine(body) };
  return { code: null, message: null };
}

/** A Northflank request that did not succeed, with what the error envelope said. */
export class NorthflankApiError extends Error {
  override name = "NorthflankApiError";
  readonly code: string | null;

  constructor(
    /** The HTTP status of the response. */
    readonly status: number,
    details: ProviderErrorDetails,
    /** What was requested, e.g. `GET /v1/backup-destinations`. */
    readonly request: string,
  ) {
    const code = details.code === null ? "" : ` (${details.code})`;
    super(
      `northflank: ${request} failed with HTTP ${status}: ${details.message ?? "no message"}${code}`,
    );
    this.code = details.code;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function firstLine(text: string): string | null {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? "";
  if (line === "") return null;
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
