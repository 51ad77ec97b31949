import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { MockRequest } from "../types.js";

// How Huawei's API gateway checks an AK/SK-signed request (SDK-HMAC-SHA256),
// written apart from the client's signer so the mock catches a mistake in it
// rather than repeating it: the canonical request is rebuilt from the request
// as it arrived (path and query as sent, the signed headers' values, the body
// bytes) and the signature recomputed with the secret key.

/** The gateway refuses a date further than this from its clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60_000;

const AUTHORIZATION =
  /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;
const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/**
 * Null when the request is signed with `secretKey` under `accessKey`, else
 * the gateway's reason, worded as its `error_msg` after
 * "Incorrect IAM authentication information: ".
 */
export function checkAkSkSignature(
  request: MockRequest,
  keys: { accessKey: string; secretKey: string },
  now: number,
): string | null {
  const parts = AUTHORIZATION.exec(String(request.headers.authorization ?? ""));
  if (!parts) return "verify aksk signature fail: malformed Authorization header";
  const [, access, signedList = "", signature = ""] = parts;
  if (access !== keys.accessKey) return "Get secretKey failed,ak:******,err:ak not exist";
  const date = String(request.headers["x-sdk-date"] ?? "");
  const at = SDK_DATE.exec(date);
  if (!at) return "verify aksk signature fail: missing or malformed X-Sdk-Date";
  const [, y, mo, d, h, mi, s] = at.map(Number) as number[];
  const signedAt = Date.UTC(y as number, (mo as number) - 1, d, h, mi, s);
  if (Math.abs(now - signedAt) > MAX_CLOCK_SKEW_MS) {
    const server = new Date(now).toISOString().replace(/[-:]|\.\d+/g, "");
    return `calc ak sk signature fail:signature expired, signature time:${date},server time:${server}`;
  }
  const signed = signedList.split(";");
  if (!signed.includes("host") || !signed.includes("x-sdk-date")) {
    return "verify aksk signature fail: host and x-sdk-date must be signed";
  }
  const [path = "", query = ""] = splitOnce(request.target, "?");
  const canonical = [
    request.method,
    canonicalPath(path),
    canonicalQuery(query),
    signed.map((name) => `${name}:${headerValue(request, name)}\n`).join(""),
    signedList,
    sha256(request.body),
  ].join("\n");
  const toSign = `SDK-HMAC-SHA256\n${date}\n${sha256(canonical)}`;
  const want = createHmac("sha256", keys.secretKey).update(toSign).digest();
  const got = Buffer.from(signature, "hex");
  return got.length === want.length && timingSafeEqual(got, want)
    ? null
    : "verify aksk signature fail";
}

function headerValue(request: MockRequest, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(",") : (value ?? "");
}

function canonicalPath(path: string): string {
  const encoded = path.split("/").map(encode).join("/");
  return encoded.endsWith("/") ? encoded : `${encoded}/`;
}

function canonicalQuery(query: string): string {
  const pairs = query
    .split("&")
    .filter(Boolean)
    .map((pair) => splitOnce(pair, "=").map(decode) as [string, string]);
  pairs.sort(([a, x], [b, y]) => (a === b ? cmp(x, y) : cmp(a, b)));
  return pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&");
}

/** RFC 3986 unreserved characters stay; every other UTF-8 byte becomes %XX. */
function encode(text: string): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + 1)];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
