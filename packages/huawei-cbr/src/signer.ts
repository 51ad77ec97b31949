/**
 * Huawei Cloud's AK/SK request signing (SDK-HMAC-SHA256), as Huawei's SDKs
 * sign (`AKSKSigner` in @huaweicloud/huaweicloud-sdk-core; the test compares
 * the two on generated requests). Web Crypto only, so it runs in browsers too.
 *
 *   canonical request = method \n canonical URI \n canonical query \n
 *                       canonical headers \n signed header names \n hex sha256(body)
 *   string to sign    = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex sha256(canonical request)
 *   signature         = hex HMAC-SHA256(secret key, string to sign)
 */

import type { RequestSigner } from "@backupkit/http";

export const SIGNING_ALGORITHM = "SDK-HMAC-SHA256";

export interface HuaweiAkSk {
  accessKey: string;
  secretKey: string;
  /** With temporary credentials: sent, and signed, as `X-Security-Token`. */
  securityToken?: string | undefined;
  /** Sent, and signed, as `X-Project-Id`. */
  projectId?: string | undefined;
}

/**
 * A signer for @backupkit/http: each attempt gets `X-Sdk-Date` from `now()`
 * and an `Authorization` header signing host, date, content type and the
 * project and security-token headers, over the exact body bytes.
 */
export function huaweiSigner(
  credentials: HuaweiAkSk,
  now: () => Date = () => new Date(),
): RequestSigner {
  const { accessKey, projectId, securityToken } = credentials;
  const encoder = new TextEncoder();
  const key = crypto.subtle.importKey(
    "raw",
    encoder.encode(credentials.secretKey),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return async (request) => {
    const date = sdkDate(now());
    // Added in the order their lower-case names sort in.
    const added: Record<string, string> = {};
    if (projectId) added["X-Project-Id"] = projectId;
    added["X-Sdk-Date"] = date;
    if (securityToken) added["X-Security-Token"] = securityToken;
    const contentType = request.headers.get("content-type");
    // The headers signed, in sorted order: content-type < host < x-….
    const signed: [string, string][] = [
      ...(contentType === null ? [] : [["content-type", contentType] as [string, string]]),
      ["host", request.url.host],
      ...Object.entries(added),
    ];
    const names = signed.map(([name]) => name.toLowerCase()).join(";");
    const canonical = [
      request.method,
      canonicalUri(request.url.pathname),
      canonicalQuery(request.url.search),
      signed.map(([name, value]) => `${name.toLowerCase()}:${value}\n`).join(""),
      names,
      await sha256Hex(request.body),
    ].join("\n");
    const toSign = `${SIGNING_ALGORITHM}\n${date}\n${await sha256Hex(encoder.encode(canonical))}`;
    const signature = hex(await crypto.subtle.sign("HMAC", await key, encoder.encode(toSign)));
    added.Authorization = `${SIGNING_ALGORITHM} Access=${accessKey}, SignedHeaders=${names}, Signature=${signature}`;
    return added;
  };
}

/** `20240131T235959Z`: the UTC time in ISO 8601 basic format, without fractions. */
export function sdkDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/**
 * Each segment of the path as sent (already percent-encoded) is encoded once
 * more, and a trailing `/` is added: Huawei's SDKs sign it so.
 */
export function canonicalUri(pathname: string): string {
  const path = pathname.split("/").map(percentEncode).join("/");
  return path.endsWith("/") ? path : `${path}/`;
}

/**
 * The query decoded, sorted by key (repeated keys by value, both by UTF-16
 * code units as JavaScript sorts), and encoded again. A `+` is a plus, not a
 * space: openapi-fetch encodes spaces as `%20`. Text that is not valid
 * percent-encoding is decoded as URLSearchParams decodes it (kept as sent).
 */
export function canonicalQuery(search: string): string {
  const pairs = [...new URLSearchParams(search.replaceAll("+", "%2B"))];
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join("&");
}

/** RFC 3986 encoding: everything but `A-Z a-z 0-9 - _ . ~` as UTF-8 `%XX`, upper-case hex. */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", bytes));
}

function hex(buffer: ArrayBuffer): string {
  let out = "";
  for (const byte of new Uint8Array(buffer)) out += byte.toString(16).padStart(2, "0");
  return out;
}
