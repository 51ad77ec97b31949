import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { TransportError } from "@backupkit/http";
import JSON5 from "json5";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createZcomClient,
  describeZcomError,
  ZCOM_BASE_URL,
  type ZcomBackupDetail,
  type ZcomBackupList,
  type ZcomBackupRun,
} from "../src/index.js";

// The seed sample as published: trailing commas and all.
const seedBytes = readFileSync(
  new URL("../../../fixtures/zcom/list-backups.seed.json", import.meta.url),
);
const seed = JSON5.parse(seedBytes.toString("utf8"));

// The detail page's sample (valid JSON as published).
const detailBody = {
  backup: [
    {
      instance_id: "backupnoid1234567890",
      created_at: "",
      id: "id0987654321",
      backupruns: [
        { status: "", created_at: "", backuprun_id: "backuprunid123456789", type: "server" },
        { status: "", created_at: "", backuprun_id: "backuprunid123456789", type: "volume" },
      ],
      volume_id: "volumeid0987654321",
    },
  ],
};

const HTML = "text/html; charset=UTF-8";
const routes: Record<string, { status: number; type: string; body: string | Buffer }> = {
  "/v2/tenant-1/backup": { status: 200, type: HTML, body: seedBytes },
  "/v2/tenant-1/backup/id0987654321": { status: 200, type: HTML, body: JSON.stringify(detailBody) },
  "/v2/tenant-1/backup/missing": {
    status: 404,
    type: "application/json",
    body: '{"itemNotFound": {"message": "The resource could not be found.", "code": 404}}',
  },
  "/v2/tenant-1/backup/sloppy-error": {
    status: 400,
    type: HTML,
    body: '{"badRequest": {"message": "Invalid request.", "code": 400,},}',
  },
  "/v2/tenant-garbage/backup": {
    status: 200,
    type: HTML,
    body: "<html>Service Unavailable</html>",
  },
};

let baseUrl = "";
const seen: { url?: string; headers: IncomingHttpHeaders }[] = [];
const server = createServer((req, res) => {
  seen.push({ url: req.url, headers: req.headers });
  const route = routes[req.url ?? ""] ?? { status: 500, type: "text/plain", body: "no route" };
  res.writeHead(route.status, { "content-type": route.type });
  res.end(route.body);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("createZcomClient", () => {
  it("reads the documented list sample verbatim, served as text/html, and sends X-Auth-Token", async () => {
    const client = createZcomClient({ token: "test-token", baseUrl });
    const { data, error } = await client.GET("/{tenant_id}/backup", {
      params: { path: { tenant_id: "tenant-1" } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual(seed);
    expect(data?.backup).toHaveLength(3);
    expect(data?.backup[1]?.backupruns?.[0]).toEqual({
      status: "available",
      created_at: "2015-02-24T06:11:04Z",
      backuprun_id: "9ba40be79b474328a42046d47171ca1d",
      volume_id: "5026a03f-01e3-4188-899b-8738538f47db",
      type: "volume",
    });
    expect(seen.at(-1)).toMatchObject({
      url: "/v2/tenant-1/backup",
      headers: {
        "x-auth-token": "test-token",
        "user-agent": expect.stringMatching(/^backupkit\//),
      },
    });
    expect(seen.at(-1)?.headers.authorization).toBeUndefined();
  });

  it("reads the detail sample, an array of one backup", async () => {
    const client = createZcomClient({ token: "test-token", baseUrl });
    const { data } = await client.GET("/{tenant_id}/backup/{backup_id}", {
      params: { path: { tenant_id: "tenant-1", backup_id: "id0987654321" } },
    });
    expect(data).toEqual(detailBody);
    expect(seen.at(-1)?.url).toBe("/v2/tenant-1/backup/id0987654321");
  });

  it("types data from the spec", async () => {
    const client = createZcomClient({ token: "test-token", baseUrl });
    const list = await client.GET("/{tenant_id}/backup", {
      params: { path: { tenant_id: "tenant-1" } },
    });
    expectTypeOf(list.data).toEqualTypeOf<ZcomBackupList | undefined>();
    const detail = await client.GET("/{tenant_id}/backup/{backup_id}", {
      params: { path: { tenant_id: "tenant-1", backup_id: "id0987654321" } },
    });
    expectTypeOf(detail.data).toEqualTypeOf<ZcomBackupDetail | undefined>();
    expectTypeOf<NonNullable<ZcomBackupRun["type"]>>().toEqualTypeOf<
      "instance" | "server" | "volume"
    >();
    expectTypeOf<ZcomBackupRun["status"]>().toEqualTypeOf<string | undefined>();
  });

  it("returns the OpenStack fault body on a 404, and describes it", async () => {
    const client = createZcomClient({ token: "test-token", baseUrl });
    const { data, error, response } = await client.GET("/{tenant_id}/backup/{backup_id}", {
      params: { path: { tenant_id: "tenant-1", backup_id: "missing" } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual({
      itemNotFound: { message: "The resource could not be found.", code: 404 },
    });
    expect(describeZcomError(error)).toEqual({
      code: "itemNotFound",
      message: "The resource could not be found.",
    });
  });

  it("describes an error body that came back as raw text with trailing commas", async () => {
    const client = createZcomClient({ token: "test-token", baseUrl });
    const { error, response } = await client.GET("/{tenant_id}/backup/{backup_id}", {
      params: { path: { tenant_id: "tenant-1", backup_id: "sloppy-error" } },
    });
    expect(response.status).toBe(400);
    expect(describeZcomError(error)).toEqual({ code: "badRequest", message: "Invalid request." });
  });

  it("fails with a clear error, without the token, when a 2xx body is not JSON at all", async () => {
    const client = createZcomClient({ token: "s3cret-token", baseUrl });
    const call = client.GET("/{tenant_id}/backup", {
      params: { path: { tenant_id: "tenant-garbage" } },
    });
    await expect(call).rejects.toThrow(TransportError);
    const err = (await call.catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(
      "zcom: GET /{tenant_id}/backup failed: the 200 response is an HTML page, not JSON",
    );
    expect(err.message).not.toContain("s3cret-token");
  });
});

describe("base URL", () => {
  function recordingFetch() {
    const urls: string[] = [];
    const fetch = async (request: Request) => {
      urls.push(request.url);
      return new Response('{"backup": []}', { headers: { "content-type": HTML } });
    };
    return { urls, fetch };
  }

  it.each([
    ["the default region", {}, "https://compute.tyo1.cloud.z.com/v2/t/backup"],
    ["another region", { region: "sin1" }, "https://compute.sin1.cloud.z.com/v2/t/backup"],
    [
      "a base URL, which wins over the region",
      { region: "sin1", baseUrl: "https://compute.tyo1.conoha.io/v2/" },
      "https://compute.tyo1.conoha.io/v2/t/backup",
    ],
  ])("uses %s", async (_name, options, want) => {
    const { urls, fetch } = recordingFetch();
    const client = createZcomClient({ token: "t", fetch, ...options });
    const { data } = await client.GET("/{tenant_id}/backup", {
      params: { path: { tenant_id: "t" } },
    });
    expect(data).toEqual({ backup: [] });
    expect(urls).toEqual([want]);
  });

  it("defaults to Tokyo's Compute API v2", () => {
    expect(ZCOM_BASE_URL).toBe("https://compute.tyo1.cloud.z.com/v2");
  });

  it.each([
    ["a missing token", { token: "" }, /token option is required/],
    ["a region that would change the host", { token: "t", region: "evil.com/x" }, /region must/],
    ["an upper-case region", { token: "t", region: "TYO1" }, /region must/],
    [
      "a bad base URL",
      { token: "t", baseUrl: "not a url" },
      /baseUrl must be an http or https URL/,
    ],
  ])("rejects %s", (_name, options, message) => {
    expect(() => createZcomClient(options as { token: string })).toThrow(message);
  });
});

describe("describeZcomError", () => {
  it.each([
    [
      "an unauthorized fault",
      { unauthorized: { message: "Authentication required", code: 401 } },
      { code: "unauthorized", message: "Authentication required" },
    ],
    [
      "the identity layer's error",
      { error: { message: "The request you have made requires authentication.", code: 401 } },
      { code: "error", message: "The request you have made requires authentication." },
    ],
    [
      "a fault without a message",
      { computeFault: { code: 500 } },
      { code: "computeFault", message: null },
    ],
    ["a backup body", seed, { code: null, message: null }],
    ["two keys", { a: { code: 1 }, b: { code: 2 } }, { code: null, message: null }],
    ["HTML text", "<html>Bad Gateway</html>", { code: null, message: null }],
    ["null", null, { code: null, message: null }],
  ])("reads %s", (_name, body, want) => {
    expect(describeZcomError(body)).toEqual(want);
  });
});
