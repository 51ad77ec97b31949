import { type ClientOptions, createProviderClient, requireCredential } from "@backupkit/http";
import { describeZcomError } from "./errors.js";
import type { paths } from "./generated/schema.js";
import { parseZcomJson } from "./json.js";

/** The regions of Z.com Cloud's Compute API. */
export const ZCOM_REGIONS = ["tyo1", "sin1", "sjc1"] as const;
export const ZCOM_DEFAULT_REGION = "tyo1";

/**
 * The Compute API v2 base URL of a region. The version prefix is part of the
 * base URL: the docs' headings say `/v1`, their examples, ConoHa's pages and the
 * service catalog say `/v2` (see specs/zcom/openapi.yaml).
 */
export function zcomBaseUrl(region: string = ZCOM_DEFAULT_REGION): string {
  // The region becomes part of a host name: allow nothing that could change the host.
  if (!/^[a-z0-9]+$/.test(region)) {
    throw new TypeError(
      `zcom: region must be lowercase letters and digits, such as "tyo1"; got ${JSON.stringify(region)}`,
    );
  }
  return `https://compute.${region}.cloud.z.com/v2`;
}

export const ZCOM_BASE_URL = /* @__PURE__ */ zcomBaseUrl();

export interface ZcomClientOptions extends ClientOptions {
  /** A token from the Identity API, sent as `X-Auth-Token`. */
  token: string;
  /**
   * The Compute region (`tyo1`, `sin1`, `sjc1`); default `tyo1`. Ignored when
   * `baseUrl` is given (ConoHa: pass `https://compute.tyo1.conoha.io/v2`).
   */
  region?: string;
}

/**
 * Creates a typed client for the Z.com Cloud / ConoHa backup endpoints. Bodies
 * are read with `parseZcomJson`, so the trailing commas and `text/html` content
 * type that Z.com documents do not break a call.
 */
export function createZcomClient(options: ZcomClientOptions) {
  // The transport gets the caller's transport options (timeoutMs, retry, signal,
  // fetch, ...) but not the token, which travels only in the auth header.
  const { token: _token, region, ...transport } = options;
  const token = requireCredential("zcom", "token", options.token);
  return createProviderClient<paths>({
    ...transport,
    provider: "zcom",
    defaultBaseUrl: zcomBaseUrl(region),
    authHeaders: { "X-Auth-Token": token },
    parseJson: parseZcomJson,
    describeError: describeZcomError,
    // The Compute API is OpenStack Nova: its v2 API names the request id
    // X-Compute-Request-Id; Nova releases with the oslo request-id middleware
    // also send it as X-Openstack-Request-Id, the name shared by OpenStack services.
    requestIdHeaders: ["X-Openstack-Request-Id", "X-Compute-Request-Id"],
  });
}

export type ZcomClient = ReturnType<typeof createZcomClient>;
