import { isRecord, type ProviderErrorDetails } from "@backupkit/http";

/**
 * Reads OpenStack's fault envelope, `{"itemNotFound": {"code": 404, "message": "..."}}`:
 * the single key is the fault name (returned as `code`), its object holds the
 * message. Error bodies served as `text/html` arrive here parsed all the same:
 * the transport reads every body with `parseZcomJson`, so text that reaches
 * this function is not JSON (an HTML page) and holds no fault.
 */
export function describeZcomError(body: unknown): ProviderErrorDetails {
  const keys = isRecord(body) ? Object.keys(body) : [];
  const detail = keys.length === 1 ? (body as Record<string, unknown>)[keys[0] as string] : null;
  if (!isRecord(detail) || !("message" in detail || "code" in detail)) {
    return { code: null, message: null };
  }
  const { message } = detail;
  return {
    code: keys[0] as string,
    message: typeof message === "string" && message !== "" ? message : null,
  };
}
