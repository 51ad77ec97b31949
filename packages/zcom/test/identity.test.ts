import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { AuthenticationError, ProviderError, unwrap } from "@backupkit/http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createZcomClient, type ZcomClient } from "../src/index.js";
import { createZcomPasswordClient, type ZcomPasswordClientOptions } from "../src/password.js";

const USER = "gncu12345678";
const PASSWORD = "pa$$word-Example-9d1e";
const TENANT_ID = "1864e71d2deb46f6b47526b69c65a45d";
const TENANT_NAME = "gnct12345678";
const LIST = { backup: [] };

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A Keystone on loopback: v2.0 at /identity/v2.0, v3 at /identity/v3, tokens
 * that expire after `lifetimeMs` and can be revoked, and a compute API at
 * /compute/v2 that accepts only live tokens. Its catalog lists tyo1 and sin1.
 */
function keystone() {
  const live = new Map<string, number>();
  const seen: Seen[] = [];
  let issued = 0;
  let lifetimeMs = 86_400_000;
  let origin = "";
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({ method: req.method ?? "", path, headers: req.headers, body });
      const send = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(value));
      };
      const refuse = () =>
        send(401, {
          error: {
            code: 401,
            title: "Unauthorized",
            message: "The request you have made requires authentication.",
          },
        });
      if (
        req.method === "POST" &&
        (path === "/identity/v2.0/tokens" || path === "/identity/v3/auth/tokens")
      ) {
        const v3 = path.startsWith("/identity/v3");
        const auth = JSON.parse(body).auth;
        const user = v3 ? auth.identity.password.user : auth.passwordCredentials;
        const name = v3 ? user.name : user.username;
        if (name !== USER || user.password !== PASSWORD) return refuse();
        const token = `gAAAAA-token-${++issued}`;
        const expiresAt = Date.now() + lifetimeMs;
        live.set(token, expiresAt);
        const expires = new Date(expiresAt).toISOString();
        const project = { id: TENANT_ID, name: TENANT_NAME };
        if (v3) {
          const catalog = [
            {
              type: "identity",
              endpoints: [{ interface: "public", region_id: "tyo1", url: `${origin}/identity/v3` }],
            },
            {
              type: "compute",
              endpoints: [
                { interface: "internal", region_id: "tyo1", url: "http://10.0.0.1/v2" },
                { interface: "public", region_id: "tyo1", url: `${origin}/compute/v2` },
                { interface: "public", region_id: "sin1", url: "https://compute.sin1.invalid/v2" },
              ],
            },
          ];
          return send(
            201,
            { token: { expires_at: expires, project, catalog } },
            { "X-Subject-Token": token },
          );
        }
        const serviceCatalog = [
          {
            type: "compute",
            name: "Compute Service",
            endpoints: [
              { region: "sin1", publicURL: "https://compute.sin1.invalid/v2" },
              { region: "tyo1", publicURL: `${origin}/compute/v2` },
            ],
          },
        ];
        return send(200, {
          access: { token: { id: token, expires, tenant: project }, serviceCatalog },
        });
      }
      if (path.startsWith("/compute/v2/")) {
        const token = String(req.headers["x-auth-token"]);
        const until = live.get(token);
        if (until === undefined || until <= Date.now()) return refuse();
        if (path === `/compute/v2/${TENANT_ID}/backup`) return send(200, LIST);
      }
      send(404, { itemNotFound: { code: 404, message: "not found" } });
    });
  });
  return {
    seen,
    signIns: () => seen.filter((s) => s.method === "POST").length,
    revokeAll: () => live.clear(),
    setLifetime: (ms: number) => {
      lifetimeMs = ms;
    },
    get origin() {
      return origin;
    },
    async start() {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const identity = keystone();
beforeAll(() => identity.start());
afterAll(() => identity.close());
afterEach(() => {
  identity.seen.length = 0;
  identity.setLifetime(86_400_000);
});

function client(version: "v2.0" | "v3", extra: Partial<ZcomPasswordClientOptions> = {}) {
  return createZcomPasswordClient({
    username: USER,
    password: PASSWORD,
    tenantName: TENANT_NAME,
    identityUrl: `${identity.origin}/identity/${version}`,
    region: "tyo1",
    retry: { baseDelayMs: 1 },
    ...extra,
  });
}

async function listBackups(zcom: ZcomClient) {
  const tenant = await zcom.tenantId();
  return unwrap(await zcom.GET("/{tenant_id}/backup", { params: { path: { tenant_id: tenant } } }));
}

describe.each(["v2.0", "v3"] as const)("Identity %s", (version) => {
  it("signs in once for 20 parallel calls, to the catalog's compute endpoint of the region", async () => {
    const zcom = client(version);
    const results = await Promise.all(Array.from({ length: 20 }, () => listBackups(zcom)));
    expect(results).toEqual(Array(20).fill(LIST));
    expect(identity.signIns()).toBe(1);
    const calls = identity.seen.filter((s) => s.method === "GET");
    expect(calls).toHaveLength(20);
    expect(new Set(calls.map((c) => c.headers["x-auth-token"])).size).toBe(1);
    expect(calls.every((c) => c.path === `/compute/v2/${TENANT_ID}/backup`)).toBe(true);
  });

  it("sends the documented sign-in body", async () => {
    await listBackups(client(version, { tenantName: undefined, tenantId: TENANT_ID }));
    const signIn = identity.seen.find((s) => s.method === "POST") as Seen;
    expect(JSON.parse(signIn.body)).toEqual(
      version === "v2.0"
        ? {
            auth: {
              passwordCredentials: { username: USER, password: PASSWORD },
              tenantId: TENANT_ID,
            },
          }
        : {
            auth: {
              identity: {
                methods: ["password"],
                password: { user: { name: USER, domain: { name: "Default" }, password: PASSWORD } },
              },
              scope: { project: { id: TENANT_ID } },
            },
          },
    );
  });

  it("after a revocation, signs in once more and every refused call succeeds", async () => {
    const zcom = client(version);
    await listBackups(zcom);
    identity.revokeAll();
    const results = await Promise.all(Array.from({ length: 10 }, () => listBackups(zcom)));
    expect(results).toEqual(Array(10).fill(LIST));
    expect(identity.signIns()).toBe(2);
  });

  it("replaces a token before it expires, without a refused call", async () => {
    identity.setLifetime(600);
    const zcom = client(version);
    await listBackups(zcom);
    await new Promise((resolve) => setTimeout(resolve, 400)); // past half its life
    await listBackups(zcom);
    expect(identity.signIns()).toBe(2);
    const statuses = identity.seen
      .filter((s) => s.method === "GET")
      .map((s) => s.headers["x-auth-token"]);
    expect(new Set(statuses).size).toBe(2);
  });

  it("says a wrong password plainly, never quotes it, and sends no compute request", async () => {
    const zcom = client(version, { password: "not-the-password-123" });
    const error = await listBackups(zcom).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const message = (error as Error).message;
    expect(message).toContain(
      `cannot sign in to Identity at ${identity.origin}/identity/${version}`,
    );
    expect(message).toContain(`user "${USER}" and password refused for tenant "${TENANT_NAME}"`);
    expect(message).toContain(
      "(Identity said: The request you have made requires authentication.)",
    );
    const everything = `${message} ${JSON.stringify(error)} ${(error as Error).stack}`;
    expect(everything).not.toContain("not-the-password-123");
    expect(everything).not.toContain(PASSWORD);
    expect(identity.seen.filter((s) => s.method === "GET")).toHaveLength(0);
  });

  it("names the regions the catalog has when the client's region is not among them", async () => {
    const error = await listBackups(client(version, { region: "sjc1" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain(
      `zcom: Identity's catalog has no public compute endpoint in region "sjc1": set region or baseUrl`,
    );
  });

  it("keeps a given baseUrl over the catalog", async () => {
    const zcom = client(version, { baseUrl: `${identity.origin}/compute/v2`, region: "sjc1" });
    expect(await listBackups(zcom)).toEqual(LIST);
  });
});

describe("sign-in options", () => {
  const byPassword = (options: object) => () =>
    createZcomPasswordClient(options as ZcomPasswordClientOptions);
  const byToken = (options: object) => () =>
    createZcomClient(options as Parameters<typeof createZcomClient>[0]);
  it.each([
    [
      "a token as well as a password",
      byPassword({ token: "t", username: USER, password: PASSWORD, tenantId: TENANT_ID }),
      "zcom: give username and password, or token: one way to sign in",
    ],
    [
      "a password to the token client",
      byToken({ token: "t", username: USER, password: PASSWORD }),
      "zcom: createZcomClient takes a token; for a password, use @backupkit/zcom/password",
    ],
    ["neither", byToken({}), "zcom: the token option is required"],
    [
      "a user name alone",
      byPassword({ username: USER, tenantId: TENANT_ID }),
      "the password option is required",
    ],
    [
      "a password alone",
      byPassword({ password: PASSWORD, tenantId: TENANT_ID }),
      "the username option is required",
    ],
    [
      "no tenant",
      byPassword({ username: USER, password: PASSWORD }),
      "zcom: give tenantId or tenantName with a password",
    ],
    [
      "an identity URL with userinfo",
      byPassword({
        username: USER,
        password: PASSWORD,
        identityUrl: "https://u:p@identity.example/v2.0",
      }),
      "identityUrl must be an http or https URL",
    ],
    [
      "a region that would change the host",
      byPassword({ username: USER, password: PASSWORD, tenantId: TENANT_ID, region: "x.evil" }),
      "zcom: region must be lowercase letters and digits",
    ],
  ])("rejects %s without quoting a credential", (_name, create, message) => {
    let error: unknown;
    try {
      create();
    } catch (err) {
      error = err;
    }
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain(PASSWORD);
  });

  it("reports an unreachable Identity as a sign-in failure", async () => {
    const zcom = createZcomPasswordClient({
      username: USER,
      password: PASSWORD,
      tenantId: TENANT_ID,
      identityUrl: "http://127.0.0.1:9/v2.0",
      retry: false,
    });
    const error = await zcom
      .GET("/{tenant_id}/backup", { params: { path: { tenant_id: TENANT_ID } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(
      /^zcom: cannot sign in to Identity at http:\/\/127\.0\.0\.1:9\/v2\.0: failed: connection error/,
    );
  });

  it("with a ready token, uses the region's endpoint and the given tenant", async () => {
    const urls: string[] = [];
    const zcom = createZcomClient({
      token: "ready-token",
      tenantId: TENANT_ID,
      region: "sin1",
      fetch: async (request) => {
        urls.push(request.url);
        return new Response('{"backup": []}', { headers: { "content-type": "application/json" } });
      },
    });
    expect(await zcom.tenantId()).toBe(TENANT_ID);
    await zcom.GET("/{tenant_id}/backup", { params: { path: { tenant_id: TENANT_ID } } });
    expect(urls).toEqual([`https://compute.sin1.cloud.z.com/v2/${TENANT_ID}/backup`]);
  });

  it("a 401 to a ready token is the caller's error, not retried", async () => {
    let calls = 0;
    const zcom = createZcomClient({
      token: "ready-token",
      fetch: async () => {
        calls++;
        return new Response('{"unauthorized": {"code": 401, "message": "nope"}}', {
          status: 401,
          headers: { "content-type": "application/json" },
        });
      },
    });
    const error = await zcom
      .GET("/{tenant_id}/backup", { params: { path: { tenant_id: "t" } } })
      .then(unwrap)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(calls).toBe(1);
  });
});
