import { createHuaweiCbrClient, huaweiSigner, ProviderError, unwrap } from "@backupkit/huawei-cbr";
import { describe, expect, it } from "vitest";
import type { MockProviders } from "../src/index.js";
import { mockPerTest } from "./helpers.js";

const PROJECT = "4229d7a45436489f8c3dc2b1d35d4987";
const start = mockPerTest("huawei-cbr");

function keysOf(m: MockProviders) {
  const {
    accessKey = "",
    secretKey = "",
    projectId = "",
  } = m.providers["huawei-cbr"]?.credentials ?? {};
  return { accessKey, secretKey, projectId };
}

/** Signs a GET to `path` the client's way, then lets `tamper` change what is sent. */
async function signedGet(
  m: MockProviders,
  path: string,
  options: {
    keys?: Partial<ReturnType<typeof keysOf>>;
    at?: Date;
    tamper?: (url: URL, headers: Headers) => void;
  } = {},
) {
  const url = new URL(`${m.providers["huawei-cbr"]?.baseUrl}${path}`);
  const sign = huaweiSigner({ ...keysOf(m), ...options.keys }, () => options.at ?? new Date());
  const headers = new Headers(
    await sign({ method: "GET", url, headers: new Headers(), body: new Uint8Array() }),
  );
  options.tamper?.(url, headers);
  const response = await fetch(url, { headers });
  return {
    status: response.status,
    body: (await response.json()) as { error_code?: string; error_msg?: string },
  };
}

describe("huawei-cbr mock: AK/SK signatures", () => {
  it("lists backups for the client signing with the mock's key pair", async () => {
    const m = await start();
    const client = createHuaweiCbrClient({
      ...keysOf(m),
      baseUrl: m.providers["huawei-cbr"]?.baseUrl,
    });
    const body = unwrap(
      await client.GET("/v3/{project_id}/backups", {
        params: { path: { project_id: PROJECT }, query: { limit: 5, name: "a b+c&d=é" } },
      }),
    );
    expect(body.count).toBe(0);
    const all = unwrap(
      await client.GET("/v3/{project_id}/backups", { params: { path: { project_id: PROJECT } } }),
    );
    expect(all.backups?.length).toBeGreaterThan(0);
  });

  it.each([
    [
      "an unknown access key",
      { keys: { accessKey: "UNKNOWNACCESSKEY0000" } },
      "Get secretKey failed,ak:******,err:ak not exist",
    ],
    [
      "the wrong secret key",
      { keys: { secretKey: "not-the-secret-key" } },
      "verify aksk signature fail",
    ],
    [
      "a query changed after signing",
      { tamper: (url: URL) => url.searchParams.set("limit", "2") },
      "verify aksk signature fail",
    ],
    [
      "a path changed after signing",
      {
        tamper: (url: URL) => {
          url.pathname = `/v3/${PROJECT}/backups/x`;
        },
      },
      "verify aksk signature fail",
    ],
    [
      "a project header changed after signing",
      { tamper: (_u: URL, h: Headers) => h.set("X-Project-Id", "other") },
      "verify aksk signature fail",
    ],
    [
      "a date 20 minutes behind",
      { at: new Date(Date.now() - 20 * 60_000) },
      "calc ak sk signature fail:signature expired, signature time:",
    ],
    [
      "a date 20 minutes ahead",
      { at: new Date(Date.now() + 20 * 60_000) },
      "calc ak sk signature fail:signature expired, signature time:",
    ],
  ])("refuses %s with the gateway's 401", async (_name, options, message) => {
    const m = await start();
    const { status, body } = await signedGet(m, `/v3/${PROJECT}/backups?limit=1`, options);
    expect(status).toBe(401);
    expect(body.error_code).toBe("APIGW.0301");
    expect(body.error_msg).toContain(`Incorrect IAM authentication information: ${message}`);
  });

  it("accepts a date 10 minutes off, within the gateway's 15", async () => {
    const m = await start();
    const { status } = await signedGet(m, `/v3/${PROJECT}/backups?limit=1`, {
      at: new Date(Date.now() - 10 * 60_000),
    });
    expect(status).toBe(200);
  });

  it("tells the client's user that the clock is off", async () => {
    const m = await start();
    const client = createHuaweiCbrClient({
      ...keysOf(m),
      baseUrl: m.providers["huawei-cbr"]?.baseUrl,
      retry: false,
    });
    // The client's signer reads `new Date()`; the mock's gateway reads Date.now, moved 30 minutes ahead.
    const realNow = Date.now;
    const error = await (async () => {
      Date.now = () => realNow() + 30 * 60_000;
      try {
        return await client
          .GET("/v3/{project_id}/backups", { params: { path: { project_id: PROJECT } } })
          .then(unwrap);
      } catch (e) {
        return e;
      } finally {
        Date.now = realNow;
      }
    })();
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toContain("check this computer's clock");
    expect((error as Error).message).not.toContain(keysOf(m).secretKey);
  });
});
