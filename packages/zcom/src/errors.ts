import type { ProviderErrorDetails } from "@backupkit/http";
import { parseZcomJson } from "./json.js";

const NO_DETAILS: ProviderErrorDetails = { code: null, message: null };

/**
 * Reads OpenStack's fault envelope, `{"itemNotFound": {"code": 404, "message": "..."}}`:
 * the single key is the fault name (returned as `code`), its object holds the
 * message. Accepts the parsed body or its raw text (error bodies may be served
 * as `text/html`, so openapi-fetch can hand them over unparsed).
 */
export function describeZcomError(body: unknown): ProviderErrorDetails {
  const value = typeof body === "string" ? tryParse(body) : body;
  const fault = faultOf(value);
  if (fault === undefined) return NO_DETAILS;
  const message = fault.detail.message;
  return {
    code: fault.name,
    message: typeof message === "string" && message !== "" ? message : null,
  };
}

/** The fault name and object of an OpenStack error body, or undefined when it is not one. */
function faultOf(value: unknown): { name: string; detail: Record<string, unknown> } | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  const name = keys[0];
  if (keys.length !== 1 || name === undefined) return undefined;
  const detail = value[name];
  if (!isRecord(detail) || !("message" in detail || "code" in detail)) return undefined;
  return { name, detail };
}

function tryParse(text: string): unknown {
  try {
    return parseZcomJson(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
