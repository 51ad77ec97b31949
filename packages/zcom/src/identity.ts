/**
 * Signing in to Z.com / ConoHa: OpenStack Identity (Keystone) turns a user
 * name and password into a token (valid 24 h on Z.com) and a service catalog.
 * v2.0 (`POST {identityUrl}/tokens`, what Z.com and ConoHa document) and v3
 * (`POST {identityUrl}/auth/tokens`, token in `X-Subject-Token`) are both one
 * POST; no maintained OpenStack client for Node exists, so it is done here,
 * through the shared transport (deadlines, retries, typed errors).
 */

import {
  AuthenticationError,
  type ClientOptions,
  createProviderClient,
  createTokenSource,
  isRecord,
  type ObtainedToken,
  type TokenSource,
  TransportError,
} from "@backupkit/http";
import { describeZcomError } from "./errors.js";
import { parseZcomJson } from "./json.js";

/** The Identity endpoint of a Z.com region. ConoHa: `https://identity.{region}.conoha.io/v2.0`. */
export function zcomIdentityUrl(region: string): string {
  return `https://identity.${region}.cloud.z.com/v2.0`;
}

export interface ZcomPasswordSignIn {
  username: string;
  password: string;
  /** The tenant (project) to scope the token to, by id; wins over `tenantName`. One of the two is needed. */
  tenantId?: string | undefined;
  /** The tenant by name, when its id is not at hand. */
  tenantName?: string | undefined;
  /** A v2.0 or v3 Identity URL; a path ending in `/v3` means v3. */
  identityUrl: string;
  /** The region whose compute endpoint to pick from the service catalog. */
  region: string;
}

/** A Keystone token, with what the sign-in said about where to send requests. */
export interface ZcomToken extends ObtainedToken {
  /** The tenant the token is scoped to. */
  tenantId: string | null;
  /** The public compute endpoint of the region, from the service catalog; null when absent. */
  computeUrl: string | null;
}

type Json = { content: { "application/json": unknown } };
type IdentityPaths = {
  "/tokens": { post: { requestBody: Json; responses: { 200: Json } } };
  "/auth/tokens": { post: { requestBody: Json; responses: { 201: Json } } };
};

const PROVIDER = "zcom";

/** Whether an Identity URL names the v3 API (`…/v3` or `…/v3/`). */
export function isIdentityV3(identityUrl: string): boolean {
  return /\/v3\/?(?:[?#]|$)/.test(identityUrl);
}

/**
 * A token source that signs in with a password, through the shared transport
 * with the client's own options (deadline, retries, fetch).
 */
export function passwordTokenSource(
  signIn: ZcomPasswordSignIn,
  transport: ClientOptions,
): TokenSource<ZcomToken> {
  const { password, identityUrl } = signIn;
  const identity = createProviderClient<IdentityPaths>({
    ...transport,
    provider: PROVIDER,
    defaultBaseUrl: identityUrl,
    baseUrl: undefined,
    // The password travels in the body: it is scrubbed from every error all the same.
    secrets: [password],
    parseJson: parseZcomJson,
    // Keystone's `{"error": {"message", "code", "title"}}` has the one key of a Nova fault.
    describeError: describeZcomError,
  });
  const v3 = isIdentityV3(identityUrl);
  const fail = (reason: string, status: number | null = null, code: string | null = null) =>
    new AuthenticationError({
      provider: PROVIDER,
      reason: `cannot sign in to Identity at ${identityUrl}: ${reason}`,
      status,
      code,
      secrets: [password],
    });

  return createTokenSource({
    async obtain() {
      let result: { data?: unknown; error?: unknown; response: Response };
      try {
        const body = signInBody(v3, signIn);
        result = await identity.POST(v3 ? "/auth/tokens" : "/tokens", { body });
      } catch (error) {
        // No usable answer: the transport's reason, without its "zcom: POST /tokens" prefix.
        throw error instanceof TransportError
          ? fail(error.message.slice(error.message.indexOf("failed")), error.status, error.code)
          : error;
      }
      const { response } = result;
      if (!response.ok) {
        const { status } = response;
        const { message } = describeZcomError(result.error);
        const quoted = message ? ` (Identity said: ${message})` : "";
        const tenant = signIn.tenantId ?? signIn.tenantName;
        throw fail(
          status === 401
            ? `user "${signIn.username}" and password refused${tenant ? ` for tenant "${tenant}"` : ""}${quoted}`
            : `${`${status} ${response.statusText}`.trim()}${quoted}`,
          status,
        );
      }
      return readToken(
        v3,
        result.data,
        response.headers.get("x-subject-token"),
        signIn.region,
        fail,
      );
    },
  });
}

/**
 * The sign-in body. The tenant goes by id when there is one, else by name;
 * JSON.stringify leaves out the one that is undefined. Keystone v3 names users
 * and projects within a domain: OpenStack's default one.
 */
function signInBody(v3: boolean, { username, password, tenantId, tenantName }: ZcomPasswordSignIn) {
  const byName = tenantId === undefined ? tenantName : undefined;
  const domain = { name: "Default" };
  return v3
    ? {
        auth: {
          identity: {
            methods: ["password"],
            password: { user: { name: username, domain, password } },
          },
          scope: { project: byName === undefined ? { id: tenantId } : { name: byName, domain } },
        },
      }
    : { auth: { passwordCredentials: { username, password }, tenantId, tenantName: byName } };
}

/**
 * The token, its expiry, its tenant and the region's public compute endpoint.
 * v2.0: `{ access: { token: { id, expires, tenant }, serviceCatalog: [{ type,
 * endpoints: [{ region, publicURL }] }] } }`. v3: the token in
 * `X-Subject-Token`, `{ token: { expires_at, project, catalog: [{ type,
 * endpoints: [{ interface, region_id, url }] }] } }` (`region` is region_id's
 * deprecated twin).
 */
function readToken(
  v3: boolean,
  body: unknown,
  subjectToken: string | null,
  region: string,
  fail: (reason: string) => AuthenticationError,
): ZcomToken {
  const access = record(record(body).access);
  const token = record(v3 ? record(body).token : access.token);
  const value = v3 ? subjectToken : token.id;
  if (typeof value !== "string" || value === "") {
    throw fail(`no token in the answer (${v3 ? "X-Subject-Token" : "access.token.id"})`);
  }
  let computeUrl: string | null = null;
  for (const service of list(v3 ? token.catalog : access.serviceCatalog)) {
    if (record(service).type !== "compute") continue;
    for (const item of list(record(service).endpoints)) {
      const endpoint = record(item);
      const url = v3 ? endpoint.interface === "public" && endpoint.url : endpoint.publicURL;
      const at = v3 ? endpoint.region_id : endpoint.region;
      if (at === region && typeof url === "string") computeUrl ??= url;
    }
  }
  const expires = v3 ? token.expires_at : token.expires;
  const tenant = record(v3 ? token.project : token.tenant).id;
  return {
    token: value,
    // An expiry that does not parse is none: the token is kept until a 401.
    expiresAt: Date.parse(String(expires)) || null,
    tenantId: (typeof tenant === "string" && tenant) || null,
    computeUrl,
  };
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
