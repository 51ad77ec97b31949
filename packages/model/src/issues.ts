import type { Backup, ProviderId } from "./backup.js";

/**
 * Something a converter noticed. `error`: the object at `path` did not become a
 * Backup. `warning`: it did, but a field was missing, malformed or unknown and
 * was set to `null` or `"unknown"`.
 */
export interface ConversionIssue {
  provider: ProviderId;
  severity: "error" | "warning";
  /** Where in the input body, as a JSONPath such as `$.automatic[2].status`. */
  path: string;
  /** The backup's id where it is known. */
  backupId: string | null;
  message: string;
}

export interface ConversionResult {
  backups: Backup[];
  issues: ConversionIssue[];
}

/**
 * Thrown when the input is not a response body of the provider at all: an
 * error body, another provider's body, a scalar. The message is one line.
 */
export class BodyError extends Error {
  override name = "BodyError";
  constructor(
    readonly provider: ProviderId,
    message: string,
  ) {
    super(`${provider}: ${message}`);
  }
}

/** Renders a value for a message: short, one line. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    // JSON.stringify gives undefined for undefined and functions: String names them.
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Too deeply nested (or, from JS callers, cyclic or a BigInt): say what it is.
    text = Array.isArray(value) ? "(an array)" : `(${typeof value})`;
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
