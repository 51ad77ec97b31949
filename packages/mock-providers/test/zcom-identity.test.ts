import { AuthenticationError, unwrap } from "@backupkit/http";
import type { ZcomClient } from "@backupkit/zcom";
import { createZcomPasswordClient, type ZcomPasswordClientOptions } from "@backupkit/zcom/password";
import { describe, expect, it, vi } from "vitest";
import type { MockProviders } from "../src/index.js";
import { mockPerTest } from "./helpers.js";

const start = mockPerTest("zcom");

function signInOptions(m: MockProviders, version: "v2.0" | "v3"): ZcomPasswordClientOptions {
  const { username, password, tenantName, identityUrl = "" } = m.providers.zcom?.credentials ?? {};
  return {
    username: username ?? "",
    password: password ?? "",
    tenantName,
    identityUrl: identityUrl.replace(/v2\.0$/, version),
    region: "tyo1",
  };
}

async function listWith(zcom: ZcomClient) {
  const tenant = await zcom.tenantId();
  return unwrap(await zcom.GET("/{tenant_id}/backup", { params: { path: { tenant_id: tenant } } }));
}

const posts = (m: MockProviders) => m.requests.filter((r) => r.method === "POST");

/** Signs in to the mock's Identity by hand, returning the token. */
async function tokenFrom(m: MockProviders, version: "v2.0" | "v3"): Promise<string> {
  const { username, password, tenantId, identityUrl = "" } = m.providers.zcom?.credentials ?? {};
  const base = identityUrl.replace(/v2\.0$/, version);
  const body =
    version === "v3"
      ? {
          auth: {
            identity: {
              methods: ["password"],
              password: { user: { name: username, domain: { name: "Default" }, password } },
            },
            scope: { project: { id: tenantId } },
          },
        }
      : { auth: { passwordCredentials: { username, password }, tenantId } };
  const response = await fetch(`${base}${version === "v3" ? "/auth/tokens" : "/tokens"}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (version === "v3") return response.headers.get("x-subject-token") ?? "";
  return ((await response.json()) as { access: { token: { id: string } } }).access.token.id;
}

async function computeStatus(m: MockProviders, token: string): Promise<number> {
  const tenant = m.providers.zcom?.credentials.tenantId;
  const response = await fetch(`${m.providers.zcom?.baseUrl}/${tenant}/backup`, {
    headers: { "x-auth-token": token },
  });
  await response.arrayBuffer();
  return response.status;
}

describe.each(["v2.0", "v3"] as const)("zcom mock: Identity %s", (version) => {
  it("signs the client in once and lists through the catalog's compute endpoint", async () => {
    const m = await start();
    const zcom = createZcomPasswordClient(signInOptions(m, version));
    const lists = await Promise.all(Array.from({ length: 20 }, () => listWith(zcom)));
    expect(lists[0]?.backup.length).toBeGreaterThan(0);
    expect(posts(m)).toHaveLength(1);
  });

  it("issues tokens that expire", async () => {
    // The mock reads the time from Date.now(): on a fake Date the token's last
    // millisecond is the same however long the requests take.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const m = await start({ providers: { zcom: { tokenLifetimeMs: 300 } } });
      const token = await tokenFrom(m, version);
      vi.advanceTimersByTime(299);
      expect(await computeStatus(m, token)).toBe(200);
      vi.advanceTimersByTime(1);
      expect(await computeStatus(m, token)).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it("revokes a token, and the client signs in again once", async () => {
    const m = await start();
    const sent: string[] = [];
    const zcom = createZcomPasswordClient({
      ...signInOptions(m, version),
      fetch: (request) => {
        // The same fetch carries the sign-in, which has no token.
        const token = request.headers.get("x-auth-token");
        if (token !== null) sent.push(token);
        return fetch(request);
      },
    });
    await listWith(zcom);
    const clientToken = sent[0] ?? "";
    // An operator revokes it with a token of their own (Keystone v3's DELETE /auth/tokens).
    const admin = await tokenFrom(m, "v3");
    const v3 = (m.providers.zcom?.credentials.identityUrl ?? "").replace(/v2\.0$/, "v3");
    const revoked = await fetch(`${v3}/auth/tokens`, {
      method: "DELETE",
      headers: { "x-auth-token": admin, "x-subject-token": clientToken },
    });
    expect(revoked.status).toBe(204);
    expect(await computeStatus(m, clientToken)).toBe(401);

    const lists = await Promise.all(Array.from({ length: 5 }, () => listWith(zcom)));
    expect(lists.every((l) => l.backup.length > 0)).toBe(true);
    // The client's first sign-in, the operator's, and one more for the client.
    expect(posts(m)).toHaveLength(3);
    expect(new Set(sent.slice(1).filter((t) => t !== clientToken)).size).toBe(1);
  });

  it("refuses a wrong password with Keystone's 401, which the client reports without the password", async () => {
    const m = await start();
    const zcom = createZcomPasswordClient({
      ...signInOptions(m, version),
      password: "wrong-password-xyz",
    });
    const error = await listWith(zcom).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('user "mock-zcom-user" and password refused');
    expect(JSON.stringify(error)).not.toContain("wrong-password-xyz");
  });
});
