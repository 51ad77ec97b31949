/**
 * `@backupkit/zcom/password`: a client that signs in to OpenStack Identity
 * with a user name and password. A separate entry point, so that the Identity
 * sign-in, the token cache and their messages (about 1.3 kB gzipped) are in
 * the bundles of password users only; `createZcomClient` takes a ready token.
 */

import {
  AuthenticationError,
  type ClientOptions,
  isPlainHttpUrl,
  requireCredential,
  tokenFrom,
} from "@backupkit/http";
import { checkRegion, ZCOM_DEFAULT_REGION, type ZcomClient, zcomClient } from "./client.js";
import { passwordTokenSource, type ZcomToken, zcomIdentityUrl } from "./identity.js";

export {
  isIdentityV3,
  passwordTokenSource,
  type ZcomPasswordSignIn,
  type ZcomToken,
  zcomIdentityUrl,
} from "./identity.js";

export interface ZcomPasswordClientOptions extends ClientOptions {
  /** The API user's name. */
  username: string;
  /** The API user's password. It goes only to Identity, in the sign-in body. */
  password: string;
  /** The tenant (project) id. This or `tenantName` scopes the token. */
  tenantId?: string;
  /** The tenant by name. */
  tenantName?: string;
  /**
   * Identity v2.0 or v3 (a path ending in `/v3`). Default
   * `https://identity.{region}.cloud.z.com/v2.0`; ConoHa:
   * `https://identity.{region}.conoha.io/v2.0`.
   */
  identityUrl?: string;
  /**
   * The region (`tyo1`, `sin1`, `sjc1`); default `tyo1`. It picks the Identity
   * URL and, without `baseUrl`, the compute endpoint of the token's service catalog.
   */
  region?: string;
}

/**
 * Creates a typed client for the Z.com Cloud / ConoHa backup endpoints that
 * signs in with a user name and password: a token is obtained from Identity,
 * shared by all requests, renewed before it expires and once on a 401.
 * `tenantId()` resolves to the tenant to put in paths: the option, or the
 * tenant of the obtained token. Errors name options, never values.
 */
export function createZcomPasswordClient(options: ZcomPasswordClientOptions): ZcomClient {
  const {
    username: _username,
    password: _password,
    tenantId: _tenantId,
    tenantName: _tenantName,
    identityUrl: _identityUrl,
    region = ZCOM_DEFAULT_REGION,
    ...transport
  } = options;
  if ((options as { token?: unknown }).token !== undefined) {
    throw new TypeError("zcom: give username and password, or token: one way to sign in");
  }
  checkRegion(region);
  const given = (name: "tenantId" | "tenantName") =>
    options[name] === undefined ? undefined : requireCredential("zcom", name, options[name]);
  const tenantId = given("tenantId");
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
  const auth = tokenFrom(source, {
    header: "X-Auth-Token",
    secrets: [password],
    endpoint:
      options.baseUrl === undefined
        ? (token) => catalogEndpoint(token, region, password)
        : undefined,
  });
  return zcomClient(transport, region, auth, async () => {
    if (tenantId !== undefined) return tenantId;
    const { tenantId: scoped, token } = await source.get();
    if (scoped !== null) return scoped;
    throw new AuthenticationError({
      provider: "zcom",
      reason: "Identity's token has no tenant: give tenantId",
      secrets: [password, token],
    });
  });
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
