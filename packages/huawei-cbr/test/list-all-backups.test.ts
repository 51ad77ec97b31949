import { PaginationError } from "@backupkit/http";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  createHuaweiCbrClient,
  type HuaweiCbrBackup,
  listAllBackups,
  ProviderError,
} from "../src/index.js";
import { type Handler, sendJson, startLoopback } from "./loopback.js";

const PROJECT = "p1";
const backups: HuaweiCbrBackup[] = ["b1", "b2", "b3", "b4", "b5"].map((id) => ({
  id,
  status: "available",
  children: [],
}));

let server: Awaited<ReturnType<typeof startLoopback>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: Handler) {
  server = await startLoopback(handler);
  // One attempt: these tests are about the walk; retries have their own tests.
  return createHuaweiCbrClient({ token: "test-token", baseUrl: server.baseUrl, retry: false });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Serves `backups` the way CBR does: `limit` items after the `marker` id. */
const markerPaging: Handler = (req, res) => {
  const limit = Number(req.url.searchParams.get("limit") ?? 1000);
  const marker = req.url.searchParams.get("marker");
  const start = marker === null ? 0 : backups.findIndex((b) => b.id === marker) + 1;
  sendJson(res, 200, { count: backups.length, backups: backups.slice(start, start + limit) });
};

const requested = () =>
  (server?.seen ?? []).map((r) => ({
    path: r.url.pathname,
    query: queryOf(r.url.searchParams),
  }));

/** The query as an object; a repeated parameter becomes an array of its values. */
function queryOf(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}

describe("listAllBackups", () => {
  it("walks several pages with limit and marker, in order, with the filters", async () => {
    const client = await clientFor(markerPaging);
    const walk = listAllBackups(client, {
      projectId: PROJECT,
      pageSize: 2,
      query: { status: ["available", "error"], vault_id: "v1" },
    });
    expectTypeOf(walk).toEqualTypeOf<AsyncGenerator<HuaweiCbrBackup, void, undefined>>();
    const ids = (await collect(walk)).map((b) => b.id);
    expect(ids).toEqual(["b1", "b2", "b3", "b4", "b5"]);
    // A status list is sent as the parameter repeated, as CBR reads it.
    const filters = { status: ["available", "error"], vault_id: "v1", limit: "2" };
    expect(requested()).toEqual([
      { path: "/v3/p1/backups", query: filters },
      { path: "/v3/p1/backups", query: { ...filters, marker: "b2" } },
      { path: "/v3/p1/backups", query: { ...filters, marker: "b4" } },
    ]);
    expect(server?.seen.every((r) => r.headers["x-auth-token"] === "test-token")).toBe(true);
  });

  it("asks once more after an exactly full last page and stops on the empty one", async () => {
    const client = await clientFor(markerPaging);
    const ids = (await collect(listAllBackups(client, { projectId: PROJECT, pageSize: 5 }))).map(
      (b) => b.id,
    );
    expect(ids).toEqual(["b1", "b2", "b3", "b4", "b5"]);
    expect(requested().map((r) => r.query.marker)).toEqual([undefined, "b5"]);
  });

  it("uses the largest page by default", async () => {
    const client = await clientFor(markerPaging);
    await collect(listAllBackups(client, { projectId: PROJECT }));
    expect(requested()).toEqual([{ path: "/v3/p1/backups", query: { limit: "1000" } }]);
  });

  it("stops with a PaginationError when the server ignores the marker", async () => {
    const client = await clientFor((_req, res) =>
      sendJson(res, 200, { count: 5, backups: backups.slice(0, 2) }),
    );
    const seen: string[] = [];
    const walk = async () => {
      for await (const b of listAllBackups(client, { projectId: PROJECT, pageSize: 2 })) {
        seen.push(b.id ?? "");
      }
    };
    const error = await walk().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/sent cursor "b2" again/);
    expect(seen).toEqual(["b1", "b2", "b1", "b2"]);
    expect(requested().map((r) => r.query.marker)).toEqual([undefined, "b2"]);
  });

  it("throws the transport's ProviderError with CBR's code, message and request id, and no token", async () => {
    const client = await clientFor((req, res) => {
      if (req.url.searchParams.has("marker")) {
        res.setHeader("X-Request-Id", "r1");
        sendJson(res, 401, {
          error_code: "APIGW.0301",
          error_msg: "Incorrect IAM authentication information: decrypt token fail",
          request_id: "r1",
        });
      } else sendJson(res, 200, { count: 5, backups: backups.slice(0, 2) });
    });
    const walk = collect(listAllBackups(client, { projectId: PROJECT, pageSize: 2 }));
    const error = await walk.catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ProviderError);
    expect({ ...(error as ProviderError), message: (error as Error).message }).toEqual({
      name: "ProviderError",
      provider: "huawei-cbr",
      method: "GET",
      path: "/v3/{project_id}/backups",
      status: 401,
      code: "APIGW.0301",
      providerMessage: "Incorrect IAM authentication information: decrypt token fail",
      requestId: "r1",
      retryAfterMs: null,
      attempts: 1,
      message:
        "huawei-cbr: GET /v3/{project_id}/backups failed with 401 Unauthorized: APIGW.0301: Incorrect IAM authentication information: decrypt token fail (request id r1)",
    });
    expect(JSON.stringify(error)).not.toContain("test-token");
    expect((error as Error).stack).not.toContain("test-token");
  });

  it("reports an error without a CBR body by its status and text", async () => {
    const client = await clientFor((_req, res) => {
      res.statusCode = 502;
      res.end("Bad Gateway");
    });
    const error = await collect(listAllBackups(client, { projectId: PROJECT })).catch(
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ status: 502, code: null, providerMessage: "Bad Gateway" });
    expect((error as Error).message).toBe(
      "huawei-cbr: GET /v3/{project_id}/backups failed with 502 Bad Gateway: Bad Gateway",
    );
  });

  it("retries a 503 on a page and carries on from the same marker", async () => {
    let failed = false;
    server = await startLoopback((req, res) => {
      if (req.url.searchParams.get("marker") === "b2" && !failed) {
        failed = true;
        sendJson(res, 503, { error_code: "BackupService.9999", error_msg: "Busy." });
      } else markerPaging(req, res);
    });
    const client = createHuaweiCbrClient({
      token: "test-token",
      baseUrl: server.baseUrl,
      retry: { baseDelayMs: 1 },
    });
    const ids = (await collect(listAllBackups(client, { projectId: PROJECT, pageSize: 2 }))).map(
      (b) => b.id,
    );
    expect(ids).toEqual(["b1", "b2", "b3", "b4", "b5"]);
    expect(requested().map((r) => r.query.marker)).toEqual([undefined, "b2", "b2", "b4"]);
  });

  it("stops when the caller's signal aborts, without asking for the next page", async () => {
    const client = await clientFor(markerPaging);
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = async () => {
      for await (const b of listAllBackups(client, {
        projectId: PROJECT,
        pageSize: 2,
        signal: controller.signal,
      })) {
        seen.push(b.id ?? "");
        if (b.id === "b2") controller.abort();
      }
    };
    await expect(walk()).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toEqual(["b1", "b2"]);
    expect(server?.seen).toHaveLength(1);
  });

  it("stops with a PaginationError after maxPages", async () => {
    const client = await clientFor(markerPaging);
    const walk = collect(listAllBackups(client, { projectId: PROJECT, pageSize: 1, maxPages: 2 }));
    await expect(walk).rejects.toThrow(
      new PaginationError("huawei-cbr: stopped after 2 pages; the list does not end"),
    );
    expect(server?.seen).toHaveLength(2);
  });

  it.each([
    ["no backups array", { count: 0 }, /without a backups array/],
    ["backups not an array", { backups: {} }, /without a backups array/],
    ["a full page whose last backup has no id", { backups: [{ id: "a" }, {}] }, /has no id/],
  ])("stops with a PaginationError on %s", async (_name, body, message) => {
    const client = await clientFor((_req, res) => sendJson(res, 200, body));
    const walk = collect(listAllBackups(client, { projectId: PROJECT, pageSize: 2 }));
    await expect(walk).rejects.toThrow(message);
  });

  it.each([[0], [1001], [2.5], [Number.NaN]])("rejects pageSize %s", async (pageSize) => {
    const client = createHuaweiCbrClient({ token: "t", baseUrl: "http://127.0.0.1:9" });
    await expect(collect(listAllBackups(client, { projectId: PROJECT, pageSize }))).rejects.toThrow(
      RangeError,
    );
  });
});
