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
  DEFAULT_RETRY,
  isRecord,
  type ObtainedToken,
  ProviderError,
  staticHeaders,
  type TokenSource,
  TransportError,
  unwrap,
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
  /** The tenant (project) to scope the token to, by id; wins over `tenantName`. */
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
  /** What the catalog offers, for an error when `computeUrl` is missing: `compute in tyo1, sin1`. */
  catalogSummary: string;
}

type Json = { content: { "application/json": unknown } };
type IdentityPaths = {
  "/tokens": { post: { requestBody: Json; responses: { 200: Json } } };
  "/auth/tokens": { post: { requestBody: Json; responses: { 201: Json } } };
};

const PROVIDER = "zcom";

/** Whether an Identity URL names the v3 API (`…/v3` or `…/v3/`). */
export function isIdentityV3(identityUrl: string): boolean {
  return /\/v3\/?$/.test(new URL(identityUrl).pathname);
}

/**
 * A token source that signs in with a password. Obtaining a token changes
 * nothing on the server, so the sign-in POST is retried like a GET.
 */
export function passwordTokenSource(
  signIn: ZcomPasswordSignIn,
  transport: ClientOptions,
): TokenSource<ZcomToken> {
  const { password, identityUrl } = signIn;
  const retry =
    transport.retry === false
      ? false
      : {
          ...transport.retry,
          methods: [...(transport.retry?.methods ?? DEFAULT_RETRY.methods), "POST"],
        };
  const identity = createProviderClient<IdentityPaths>({
    ...transport,
    retry,
    provider: PROVIDER,
    defaultBaseUrl: identityUrl,
    baseUrl: undefined,
    // The password travels in the body: it is scrubbed from every error all the same.
    auth: staticHeaders({}, [password]),
    parseJson: parseZcomJson,
    describeError: describeIdentityError,
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
      try {
        if (v3) {
          const result = await identity.POST("/auth/tokens", { body: v3Body(signIn) });
          const body = unwrap(result);
          return readV3(body, result.response.headers.get("x-subject-token"), signIn.region, fail);
        }
        const body = unwrap(await identity.POST("/tokens", { body: v2Body(signIn) }));
        return readV2(body, signIn.region, fail);
      } catch (error) {
        throw signInError(error, signIn, fail);
      }
    },
  });
}

function signInError(
  error: unknown,
  signIn: ZcomPasswordSignIn,
  fail: (reason: string, status?: number | null, code?: string | null) => AuthenticationError,
): unknown {
  if (error instanceof ProviderError) {
    const said = [error.code, error.providerMessage].filter(Boolean).join(": ");
    const quoted = said ? ` (Identity said: ${said})` : "";
    if (error.status === 401) {
      const tenant = signIn.tenantId ?? signIn.tenantName;
      return fail(
        `the user name "${signIn.username}" and the password given were refused${tenant ? ` for tenant "${tenant}"` : ""}: check both${quoted}`,
        error.status,
        error.code,
      );
    }
    return fail(`${error.status} from Identity${quoted}`, error.status, error.code);
  }
  if (error instanceof TransportError) {
    // The transport's message starts with the provider and the request; keep its reason.
    return fail(error.message.replace(/^zcom: POST \S+ /, ""), error.status, error.code);
  }
  return error;
}

function v2Body(signIn: ZcomPasswordSignIn) {
  const tenant =
    signIn.tenantId !== undefined
      ? { tenantId: signIn.tenantId }
      : signIn.tenantName !== undefined
        ? { tenantName: signIn.tenantName }
        : {};
  return {
    auth: {
      passwordCredentials: { username: signIn.username, password: signIn.password },
      ...tenant,
    },
  };
}

function v3Body(signIn: ZcomPasswordSignIn) {
  // Keystone v3 names users and projects within a domain; OpenStack's default one.
  const domain = { name: "Default" };
  const project =
    signIn.tenantId !== undefined
      ? { id: signIn.tenantId }
      : signIn.tenantName !== undefined
        ? { name: signIn.tenantName, domain }
        : undefined;
  return {
    auth: {
      identity: {
        methods: ["password"],
        password: { user: { name: signIn.username, domain, password: signIn.password } },
      },
      ...(project ? { scope: { project } } : {}),
    },
  };
}

type Fail = (reason: string) => AuthenticationError;

/** `{ access: { token: { id, expires, tenant: { id } }, serviceCatalog: [...] } }` */
function readV2(body: unknown, region: string, fail: Fail): ZcomToken {
  const access = isRecord(body) && isRecord(body.access) ? body.access : {};
  const token = isRecord(access.token) ? access.token : {};
  if (typeof token.id !== "string" || token.id === "") {
    throw fail("the answer holds no token (access.token.id)");
  }
  const catalog = Array.isArray(access.serviceCatalog) ? access.serviceCatalog : [];
  const computes = computeEndpoints(catalog, (e) => ({ region: e.region, url: e.publicURL }));
  return {
    token: token.id,
    expiresAt: timeOf(token.expires),
    tenantId: isRecord(token.tenant) ? stringOrNull(token.tenant.id) : null,
    computeUrl: computes.find((e) => e.region === region)?.url ?? null,
    catalogSummary: summary(computes),
  };
}

/** Token in `X-Subject-Token`; `{ token: { expires_at, project: { id }, catalog: [...] } }` */
function readV3(body: unknown, subjectToken: string | null, region: string, fail: Fail): ZcomToken {
  if (subjectToken === null || subjectToken === "") {
    throw fail("the answer holds no token (no X-Subject-Token header)");
  }
  const token = isRecord(body) && isRecord(body.token) ? body.token : {};
  const catalog = Array.isArray(token.catalog) ? token.catalog : [];
  const computes = computeEndpoints(catalog, (e) =>
    e.interface === "public" ? { region: e.region_id ?? e.region, url: e.url } : null,
  );
  return {
    token: subjectToken,
    expiresAt: timeOf(token.expires_at),
    tenantId: isRecord(token.project) ? stringOrNull(token.project.id) : null,
    computeUrl: computes.find((e) => e.region === region)?.url ?? null,
    catalogSummary: summary(computes),
  };
}

/** The compute service's endpoints, `{ region, url }`, from either catalog shape. */
function computeEndpoints(
  catalog: readonly unknown[],
  read: (endpoint: Record<string, unknown>) => { region: unknown; url: unknown } | null,
): { region: string; url: string }[] {
  const out: { region: string; url: string }[] = [];
  for (const service of catalog) {
    if (!isRecord(service) || service.type !== "compute" || !Array.isArray(service.endpoints))
      continue;
    for (const endpoint of service.endpoints) {
      const found = isRecord(endpoint) ? read(endpoint) : null;
      if (found && typeof found.region === "string" && typeof found.url === "string") {
        out.push({ region: found.region, url: found.url });
      }
    }
  }
  return out;
}

function summary(computes: readonly { region: string }[]): string {
  return computes.length === 0
    ? "no compute endpoint at all"
    : `compute in ${[...new Set(computes.map((e) => e.region))].join(", ")}`;
}

function timeOf(value: unknown): number | null {
  const ms = typeof value === "string" ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? null : ms;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/**
 * Keystone's error body, `{"error": {"code": 401, "title": "Unauthorized",
 * "message": "…"}}`; Nova-style faults are read as the compute API's are.
 */
export function describeIdentityError(body: unknown) {
  if (isRecord(body) && isRecord(body.error)) {
    const { title, message } = body.error;
    return {
      code: typeof title === "string" && title !== "" ? title : null,
      message: typeof message === "string" && message !== "" ? message : null,
    };
  }
  return describeZcomError(body);
}
