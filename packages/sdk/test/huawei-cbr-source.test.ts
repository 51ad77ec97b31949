import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type Fault, type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { afterEach, describe, expect, it } from "vitest";
import {
  ArgumentError,
  huaweiCbrSource,
  type SourceConfig,
  SourceError,
  sourceContext,
} from "../src/index.js";
import { collect } from "./support/collect.js";

const PROJECT = "4229d7a45436489f8c3dc2b1d35d4987";
const SEED_ID = "6df2b54c-dd62-4059-a07c-1b8f24f2725d";
const SEED_CHILD_ID = "5d822633-2bbf-4af8-a16e-5ab1c7705235";

type Config = SourceConfig<"token" | "projectId" | "region">;

let mock: MockProviders | undefined;
afterEach(async () => {
  expect(mock?.failures ?? []).toEqual([]);
  await mock?.close();
  mock = undefined;
});

async function start(resources = 20, faults: Fault[] = []) {
  mock = await startMockProviders({ providers: { "huawei-cbr": { resources } }, faults });
  const endpoint = mock.providers["huawei-cbr"];
  if (!endpoint) throw new Error("no huawei-cbr mock");
  const { token = "", projectId = "", region = "" } = endpoint.credentials;
  const config: Config = { baseUrl: endpoint.baseUrl, values: { token, projectId, region } };
  return { mock, config };
}

const context = (maxAttempts = 1) =>
  sourceContext({ concurrency: 8, timeoutSeconds: 10, maxAttempts });

interface Served {
  count: number;
  backups: { id: string; children: { id: string }[] }[];
}

/** What the mock holds, read with offsets: top-level backups with their disk backups nested. */
async function served(config: Config) {
  const all: Served["backups"] = [];
  for (let count = 1; all.length < count; ) {
    const response = await fetch(`${config.baseUrl}/v3/${PROJECT}/backups?offset=${all.length}`, {
      headers: { "x-auth-token": config.values.token },
    });
    const page = (await response.json()) as Served;
    all.push(...page.backups);
    count = page.count;
  }
  return { backups: all };
}

describe("the Huawei CBR source", () => {
  it("lists every backup of the project in one ListBackups walk, disks after their server", async () => {
    const { mock, config } = await start();
    const { backups, issues } = await collect(huaweiCbrSource.list(config, context()));
    expect(issues).toEqual([]);
    expect(mock.requests.map((r) => r.url)).toEqual([`/v3/${PROJECT}/backups?limit=1000`]);
    const want = (await served(config)).backups.flatMap((b) => [
      b.id,
      ...b.children.map((c) => c.id),
    ]);
    expect(backups.map((b) => b.id)).toEqual(want);
    expect(backups.every((b) => b.provider === "huawei-cbr")).toBe(true);
    const seed = backups.findIndex((b) => b.id === SEED_ID);
    expect(backups[seed]).toMatchObject({
      name: "backup_name",
      status: "available",
      trigger: "automatic",
      resource: { type: "OS::Nova::Server", name: "ecs-1f0f-0002" },
      parentId: null,
      createdAt: "2019-05-10T07:59:12.084Z",
      resourceSizeBytes: 40 * 2 ** 30,
    });
    expect(backups[seed + 1]).toMatchObject({ id: SEED_CHILD_ID, parentId: SEED_ID });
  });

  it("follows the marker across pages of 1,000", async () => {
    const { mock, config } = await start(200);
    const { backups } = await collect(huaweiCbrSource.list(config, context()));
    const all = (await served(config)).backups;
    expect(all.length).toBeGreaterThan(1000);
    expect(mock.requests.slice(0, 2).map((r) => r.url)).toEqual([
      `/v3/${PROJECT}/backups?limit=1000`,
      `/v3/${PROJECT}/backups?limit=1000&marker=${all[999]?.id}`,
    ]);
    expect(backups.filter((b) => b.parentId === null)).toHaveLength(all.length);
  });

  it("retries a page the provider could not serve, within the run's attempts", async () => {
    const { mock, config } = await start(5, [{ type: "status", status: 503, times: 1 }]);
    const { backups } = await collect(huaweiCbrSource.list(config, context(2)));
    expect(mock.requests.map((r) => r.status)).toEqual([503, 200]);
    expect(backups.length).toBeGreaterThan(5);
  });

  it("fails with the API gateway's own words for a wrong token, never the token", async () => {
    const { config } = await start();
    const wrong = { ...config, values: { ...config.values, token: "hw-sentinel-token-61d2" } };
    const error = await collect(huaweiCbrSource.list(wrong, context())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toBe(
      "GET /v3/{project_id}/backups failed with 401 Unauthorized: APIGW.0301: Incorrect IAM authentication information: decrypt token fail (request id 00000000000000000000000000000001)",
    );
    expect(JSON.stringify(error)).not.toContain("hw-sentinel-token-61d2");
  });

  it("says a region is not a region ID before any request", async () => {
    const { mock, config } = await start();
    const bad = { ...config, values: { ...config.values, region: "cbr.example.com/x" } };
    await expect(collect(huaweiCbrSource.list(bad, context()))).rejects.toThrow(
      new SourceError(
        'region must be a Huawei Cloud region ID such as "ap-southeast-1", got "cbr.example.com/x"',
      ),
    );
    expect(mock.requests).toEqual([]);
  });

  it("keeps going past backups it cannot convert, naming each by its place in the walk", async () => {
    // A server of its own: the mock only serves what the spec allows.
    const page = {
      count: 3,
      backups: [
        { id: "a", status: "available", created_at: "2025-01-01T00:00:00" },
        { status: "available" },
        { id: "c", status: "frozen", created_at: 5 },
      ],
    };
    const server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(page));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const config: Config = {
        baseUrl: `http://127.0.0.1:${port}`,
        values: { token: "t", projectId: PROJECT, region: "ap-southeast-1" },
      };
      const { backups, issues } = await collect(huaweiCbrSource.list(config, context()));
      expect(backups.map((b) => b.id)).toEqual(["a", "c"]);
      expect(issues.map((i) => [i.severity, i.path])).toEqual([
        ["error", "$.backups[1].id"],
        ["warning", "$.backups[2].status"],
        ["warning", "$.backups[2].created_at"],
      ]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  describe("get", () => {
    const run = huaweiCbrSource.get?.run;

    it("fetches a server backup with its disk backup", async () => {
      const { config } = await start();
      const parts = { "project-id": PROJECT, "backup-id": SEED_ID };
      const result = await run?.(config, parts, context());
      expect(result?.issues).toEqual([]);
      expect(result?.backups.map((b) => [b.id, b.parentId])).toEqual([
        [SEED_ID, null],
        [SEED_CHILD_ID, SEED_ID],
      ]);
    });

    it("fails with CBR's 404 for an unknown backup", async () => {
      const { config } = await start();
      const parts = { "project-id": PROJECT, "backup-id": "nope" };
      await expect(run?.(config, parts, context())).rejects.toThrow(
        new SourceError(
          "GET /v3/{project_id}/backups/{backup_id} failed with 404 Not Found: BackupService.6302: Resource nope not found. (request id 00000000000000000000000000000001)",
        ),
      );
    });

    it.each([
      ["project-id", { "project-id": "../x", "backup-id": SEED_ID }],
      ["backup-id", { "project-id": PROJECT, "backup-id": "a b" }],
    ])("refuses a %s that is not an id before any request", async (flag, parts) => {
      const { mock, config } = await start();
      const error = await run?.(config, parts, context()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArgumentError);
      expect((error as Error).message).toMatch(new RegExp(`^--${flag} must be a CBR id`));
      expect(mock.requests).toEqual([]);
    });
  });
});
