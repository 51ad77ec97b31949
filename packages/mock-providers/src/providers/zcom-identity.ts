import type { MockRequest, MockResponse, MockRoute } from "../types.js";

// OpenStack Identity (Keystone) as Z.com and ConoHa run it, for the Z.com
// mock: v2.0 and v3 password sign-in, tokens that expire, and revocation
// (v3 `DELETE /auth/tokens`, v2.0 `DELETE /tokens/{id}`). The service catalog
// points compute at the mock's own base URL.

export interface IdentityAccount {
  username: string;
  password: string;
  tenantId: string;
  tenantName: string;
  region: string;
  /** The compute API's path on the mock (the spec's base path). */
  computePath: string;
  tokenLifetimeMs: number;
}

export interface Identity {
  routes: MockRoute[];
  /** Whether `token` was issued here and is neither expired nor revoked. */
  accepts(token: string): boolean;
}

export const IDENTITY_PATH = "/identity";

export function createIdentity(account: IdentityAccount): Identity {
  const live = new Map<string, number>();
  let issued = 0;

  const refuse = (status: number, title: string, message: string): MockResponse => ({
    status,
    body: { error: { code: status, title, message } },
  });
  const unauthorized = () =>
    refuse(401, "Unauthorized", "The request you have made requires authentication.");

  /** A new token for a sign-in that checks out, or the refusal. */
  function signIn(
    user: { name: unknown; password: unknown },
    tenant: { id?: unknown; name?: unknown },
  ): MockResponse | { token: string; expires: string } {
    if (user.name !== account.username || user.password !== account.password) return unauthorized();
    const scopedElsewhere =
      (tenant.id !== undefined && tenant.id !== account.tenantId) ||
      (tenant.name !== undefined && tenant.name !== account.tenantName);
    if (scopedElsewhere) return unauthorized();
    const token = `mock-zcom-issued-${++issued}-${Date.now().toString(36)}`;
    const expiresAt = Date.now() + account.tokenLifetimeMs;
    live.set(token, expiresAt);
    return { token, expires: new Date(expiresAt).toISOString() };
  }

  const tenant = { id: account.tenantId, name: account.tenantName, enabled: true };
  const compute = (request: MockRequest) => `${request.origin}${account.computePath}`;

  const routes: MockRoute[] = [
    {
      method: "POST",
      path: `${IDENTITY_PATH}/v2.0/tokens`,
      handle(request) {
        const auth = readJson(request.body)?.auth;
        const credentials = isRecord(auth) ? auth.passwordCredentials : undefined;
        if (!isRecord(auth) || !isRecord(credentials)) {
          return refuse(400, "Bad Request", "Expecting to find passwordCredentials in auth.");
        }
        const result = signIn(
          { name: credentials.username, password: credentials.password },
          { id: auth.tenantId, name: auth.tenantName },
        );
        if ("status" in result) return result;
        return {
          status: 200,
          body: {
            access: {
              token: { id: result.token, expires: result.expires, tenant },
              serviceCatalog: [
                {
                  type: "compute",
                  name: "Compute Service",
                  endpoints: [{ region: account.region, publicURL: compute(request) }],
                },
              ],
              user: { name: account.username, roles: [{ name: "SwiftOperator" }] },
            },
          },
        };
      },
    },
    {
      method: "DELETE",
      path: `${IDENTITY_PATH}/v2.0/tokens/{token_id}`,
      handle(request) {
        if (!accepts(String(request.headers["x-auth-token"]))) return unauthorized();
        const revoked = live.delete(request.params.token_id ?? "");
        return revoked ? { status: 204 } : refuse(404, "Not Found", "Could not find token.");
      },
    },
    {
      method: "POST",
      path: `${IDENTITY_PATH}/v3/auth/tokens`,
      handle(request) {
        const auth = readJson(request.body)?.auth;
        const identity = isRecord(auth) ? auth.identity : undefined;
        const password = isRecord(identity) ? identity.password : undefined;
        const user = isRecord(password) ? password.user : undefined;
        if (!isRecord(auth) || !isRecord(user)) {
          return refuse(400, "Bad Request", "Expecting to find identity in auth.");
        }
        const scope =
          isRecord(auth.scope) && isRecord(auth.scope.project) ? auth.scope.project : {};
        const result = signIn({ name: user.name, password: user.password }, scope);
        if ("status" in result) return result;
        return {
          status: 201,
          headers: { "X-Subject-Token": result.token },
          body: {
            token: {
              methods: ["password"],
              expires_at: result.expires,
              project: { id: account.tenantId, name: account.tenantName },
              catalog: [
                {
                  type: "compute",
                  name: "nova",
                  endpoints: [
                    {
                      interface: "public",
                      region: account.region,
                      region_id: account.region,
                      url: compute(request),
                    },
                  ],
                },
              ],
            },
          },
        };
      },
    },
    {
      method: "DELETE",
      path: `${IDENTITY_PATH}/v3/auth/tokens`,
      handle(request) {
        if (!accepts(String(request.headers["x-auth-token"]))) return unauthorized();
        const revoked = live.delete(String(request.headers["x-subject-token"]));
        return revoked ? { status: 204 } : refuse(404, "Not Found", "Could not find token.");
      },
    },
  ];

  function accepts(token: string): boolean {
    const until = live.get(token);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    live.delete(token);
    return false;
  }

  return { routes, accepts };
}

function readJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
