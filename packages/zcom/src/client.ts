import {
  type Authentication,
  AuthenticationError,
  type ClientOptions,
  createProviderClient,
  isPlainHttpUrl,
  requireCredential,
  staticHeaders,
  tokenFrom,
} from "@backupkit/http";
import { describeZcomError } from "./errors.js";
import type { paths } from "./generated/schema.js";
import { passwordTokenSource, type ZcomToken, zcomIdentityUrl } from "./identity.js";
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

function checkRegion(region: string): string {
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
  /** The API user's name: the client then signs in to Identity with `password`. Excludes `token`. */
  username?: string;
  /** The API user's password. It goes only to Identity, in the sign-in body. */
  password?: string;
  /** The tenant (project) id. With a password, this or `tenantName` scopes the token. */
  tenantId?: string;
  /** The tenant by name, for the password sign-in. */
  tenantName?: string;
  /**
   * Identity v2.0 or v3 (a path ending in `/v3`). Default
   * `https://identity.{region}.cloud.z.com/v2.0`; ConoHa:
   * `https://identity.{region}.conoha.io/v2.0`.
   */
  identityUrl?: string;
  /** A ready token from the Identity API, sent as `X-Auth-Token`. Excludes the password. */
  token?: string;
  /**
   * The region (`tyo1`, `sin1`, `sjc1`); default `tyo1`. It picks the Identity
   * URL and, signed in with a password and without `baseUrl`, the compute
   * endpoint of the token's service catalog; with a token, the endpoint
   * `https://compute.{region}.cloud.z.com/v2`.
   */
  region?: string;
}

/**
 * Creates a typed client for the Z.com Cloud / ConoHa backup endpoints. Bodies
 * are read with `parseZcomJson`, so the trailing commas and `text/html` content
 * type that Z.com documents do not break a call. It signs in one of two ways:
 * a user name and password (a token is obtained from Identity, shared by all
 * requests, renewed before it expires and once on a 401) or a ready `token`.
 * `tenantId()` resolves to the tenant to put in paths: the option, or the
 * tenant of the obtained token.
 */
export function createZcomClient(options: ZcomClientOptions) {
  // The transport gets the caller's transport options (timeoutMs, retry, signal,
  // fetch, ...) but no credential: those travel only as `auth` says.
  const {
    token: _token,
    username: _username,
    password: _password,
    tenantId: _tenantId,
    tenantName: _tenantName,
    identityUrl: _identityUrl,
    region = ZCOM_DEFAULT_REGION,
    ...transport
  } = options;
  const signIn = zcomAuthentication(options, checkRegion(region), transport);
  const client = createProviderClient<paths>({
    ...transport,
    provider: "zcom",
    defaultBaseUrl: zcomBaseUrl(region),
    auth: signIn.auth,
    parseJson: parseZcomJson,
    describeError: describeZcomError,
    // The Compute API is OpenStack Nova: its v2 API names the request id
    // X-Compute-Request-Id; Nova releases with the oslo request-id middleware
    // also send it as X-Openstack-Request-Id, the name shared by OpenStack services.
    requestIdHeaders: ["X-Openstack-Request-Id", "X-Compute-Request-Id"],
  });
  return Object.assign(client, { tenantId: signIn.tenantId });
}

export type ZcomClient = ReturnType<typeof createZcomClient>;

/** Exactly one way in: a user name and password, or a token. Errors name options, never values. */
function zcomAuthentication(
  options: ZcomClientOptions,
  region: string,
  transport: ClientOptions,
): { auth: Authentication; tenantId: () => Promise<string> } {
  const given = (name: "tenantId" | "tenantName") =>
    options[name] === undefined ? undefined : requireCredential("zcom", name, options[name]);
  const tenantId = given("tenantId");
  const signsIn = options.username !== undefined || options.password !== undefined;
  if (signsIn === (options.token !== undefined)) {
    throw new TypeError("zcom: give username and password, or token: one way to sign in");
  }
  if (options.token !== undefined) {
    return {
      auth: staticHeaders({ "X-Auth-Token": requireCredential("zcom", "token", options.token) }),
      tenantId: async () => requireCredential("zcom", "tenantId", tenantId),
    };
  }
  const identityUrl = options.identityUrl ?? zcomIdentityUrl(region);
  if (!isPlainHttpUrl(identityUrl)) {
    throw new TypeError("zcom: identityUrl must be an http or https URL, without credentials");
  }
  const tenantName = given("tenantName");
  if ((tenantId ?? tenantName) === undefined) {
    throw new TypeError("zcom: give tenantId or tenantName with a password");
  }
  const password = requireCredential("zcom", "password", options.password);
  const username = requireCredential("zcom", "username", options.username);
  const source = passwordTokenSource(
    { username, password, tenantId, tenantName, identityUrl, region },
    transport,
  );
  return {
    auth: tokenFrom(source, {
      header: "X-Auth-Token",
      secrets: [password],
      endpoint:
        options.baseUrl === undefined
          ? (token) => catalogEndpoint(token, region, password)
          : undefined,
    }),
    tenantId: async () => {
      if (tenantId !== undefined) return tenantId;
      const { tenantId: scoped, token } = await source.get();
      if (scoped !== null) return scoped;
      throw new AuthenticationError({
        provider: "zcom",
        reason: "Identity's token has no tenant: give tenantId",
        secrets: [password, token],
      });
    },
  };
}

/** The compute endpoint of the region from the token's service catalog. */
function catalogEndpoint(token: ZcomToken, region: string, password: string): string {
  if (token.computeUrl !== null) return token.computeUrl;
  throw new AuthenticationError({
    provider: "zcom",
    reason: `Identity's catalog has no public compute endpoint in region "${region}": set region or baseUrl`,
    secrets: [password, token.token],
  });
}
