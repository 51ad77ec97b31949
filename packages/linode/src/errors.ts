import type { ProviderErrorDetails } from "@backupkit/http";

/**
 * Reads Linode's error envelope, `{ errors: [{ reason, field }] }`, into one
 * message: every reason, prefixed by its field when it names one. Linode has
 * no error codes.
 */
export function describeLinodeError(body: unknown): ProviderErrorDetails {
  const errors = (body as { errors?: unknown } | null)?.errors;
  const reasons = Array.isArray(errors)
    ? errors.flatMap((entry: unknown) => {
        const { reason, field } = (entry ?? {}) as { reason?: unknown; field?: unknown };
        if (typeof reason !== "string" || reason === "") return [];
        return [typeof field === "string" && field !== "" ? `${field}: ${reason}` : reason];
      })
    : [];
  return { code: null, message: reasons.join("; ") || null };
}
