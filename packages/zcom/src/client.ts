import {
  type Authentication,
  type ClientOptions,
  createProviderClient,
  requireCredential,
  staticHeaders,
} from "@backupkit/http";
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
  return `https://compute.${checkRegion(region)}.cloud.z.com/v2`;
}

export function checkRegion(region: string): string {
  // The region becomes part of a host name: allow nothing that could change the host.
  if (!/^[a-z0-9]+$/.test(region)) {
    throw new TypeError(
      `zcom: region must be lowercase letters and digits, such as "tyo1"; got ${JSON.stringify(region)}`,
    );
  }
  return region;
}

export const ZCOM_BASE_URL = /* @__PURE__ */ zcomBaseUrl();

export interface ZcomClientOptions extends ClientOptions {
  /** A ready token from the Identity API, sent as `X-Auth-Token`. */
  token: string;
  /** The tenant (project) id to put in paths, as `tenantId()` gives it. */
  tenantId?: string;
  /** The region (`tyo1`, `sin1`, `sjc1`) whose endpoint `https://compute.{region}.cloud.z.com/v2` is called; default `tyo1`. */
  region?: string;
}

/**
 * Creates a typed client for the Z.com Cloud / ConoHa backup endpoints that
 * sends a ready `token`. Bodies are read with `parseZcomJson`, so the trailing
 * commas and `text/html` content type that Z.com documents do not break a
 * call. `tenantId()` resolves to the `tenantId` option. To sign in with a user
 * name and password, use `createZcomPasswordClient` from
 * `@backupkit/zcom/password`: it is a separate entry point so that a token
 * user's browser bundle does not carry the Identity sign-in.
 */
export function createZcomClient(options: ZcomClientOptions) {
  const signIn = options as { username?: unknown; password?: unknown };
  if (signIn.username !== undefined || signIn.password !== undefined) {
    throw new TypeError(
      "zcom: createZcomClient takes a token; for a password, use @backupkit/zcom/password",
    );
  }
  const { token: _token, tenantId, region, ...transport } = options;
  // A blank tenant is refused now; a missing one when tenantId() is asked for.
  if (tenantId !== undefined) requireCredential("zcom", "tenantId", tenantId);
  return zcomClient(
    transport,
    region,
    staticHeaders({ "X-Auth-Token": requireCredential("zcom", "token", options.token) }),
    async () => requireCredential("zcom", "tenantId", tenantId),
  );
}

/** A Z.com client, whichever way it signs in. */
export type ZcomClient = ReturnType<typeof zcomClient>;

/**
 * The client both ways of signing in build: the transport's options without
 * any credential (those travel only as `auth` says), and where the tenant comes from.
 */
export function zcomClient(
  transport: ClientOptions,
  region: string | undefined,
  auth: Authentication,
  tenantId: () => Promise<string>,
) {
  const client = createProviderClient<paths>({
    ...transport,
    provider: "zcom",
    defaultBaseUrl: zcomBaseUrl(region),
    auth,
    parseJson: parseZcomJson,
    describeError: describeZcomError,
    // The Compute API is OpenStack Nova: its v2 API names the request id
    // X-Compute-Request-Id; Nova releases with the oslo request-id middleware
    // also send it as X-Openstack-Request-Id, the name shared by OpenStack services.
    requestIdHeaders: ["X-Openstack-Request-Id", "X-Compute-Request-Id"],
  });
  return Object.assign(client, { tenantId });
}
