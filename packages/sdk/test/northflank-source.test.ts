import { readFileSync } from "node:fs";
import { type Fault, type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import type { ConversionResult } from "@backupkit/model";
import { afterEach, describe, expect, it } from "vitest";
import { northflankSource, type SourceContext, SourceError, sourceContext } from "../src/index.js";
import { collect } from "./support/collect.js";

const seedBackup = JSON.parse(
  readFileSync(
    new URL("../../../fixtures/northflank/list-backups.seed.json", import.meta.url),
    "utf8",
  ),
).data[0];

let mock: MockProviders | undefined;
afterEach(async () => {
  expect(mock?.failures ?? []).toEqual([]);
  await mock?.close();
  mock = undefined;
});

async function start(options: { resources?: number; faults?: Fault[]; maxAttempts?: number } = {}) {
  mock = await startMockProviders({
    providers: { northflank: { resources: options.resources } },
    faults: options.faults,
  });
  const endpoint = mock.providers.northflank;
  if (!endpoint) throw new Error("no northflank mock");
  const config = { baseUrl: endpoint.baseUrl, values: { token: endpoint.credentials.token ?? "" } };
  const context = sourceContext({
    concurrency: 8,
    timeoutSeconds: 10,
    maxAttempts: options.maxAttempts ?? 1,
  });
  return { mock, config, context };
}

describe("the Northflank source", () => {
  it("walks every destination, then each one's backups, 100 per page", async () => {
    const { mock, config, context } = await start();
    const { backups, issues } = await collect(northflankSource.list(config, context));
    expect(issues).toEqual([]);
    expect(backups).toHaveLength(301);
    expect(backups[0]).toMatchObject({
      provider: "northflank",
      id: "example-backup",
      status: "available",
      trigger: "automatic",
      resource: { type: "addon", id: "example-addon", name: "Example Addon" },
      expiresAt: "2024-10-18T06:20:00.000Z",
      sizeBytes: 1234,
      raw: seedBackup,
    });
    expect(new Set(backups.map((b) => b.id)).size).toBe(301);
    const urls = mock.requests.map((r) => r.url.replace(/cursor=[^&]+/, "cursor=…"));
    expect(urls).toEqual([
      "/v1/backup-destinations?per_page=100",
      "/v1/backup-destinations/example-backup-destination/backups?per_page=100",
      "/v1/backup-destinations/addon-backups-eu/backups?per_page=100",
      "/v1/backup-destinations/addon-backups-eu/backups?per_page=100&cursor=…",
      "/v1/backup-destinations/addon-backups-eu/backups?per_page=100&cursor=…",
      "/v1/backup-destinations/weekly-archive/backups?per_page=100",
      "/v1/backup-destinations/unused-destination/backups?per_page=100",
    ]);
  });

  it("maps every Northflank status, and expiredBy sent as a number or a string", async () => {
    const { config, context } = await start();
    const { backups } = await collect(northflankSource.list(config, context));
    const pairs = new Set(backups.map((b) => `${b.providerStatus}→${b.status}`));
    expect([...pairs].sort()).toEqual([
      "aborted→cancelled",
      "aborting→cancelled",
      "completed→available",
      "failed→failed",
      "in-progress→running",
      "not-supported→failed",
      "scheduled→pending",
    ]);
    const expiredBy = (b: (typeof backups)[number]) => (b.raw as { expiredBy: unknown }).expiredBy;
    for (const type of ["number", "string"]) {
      const backup = backups.find((b) => typeof expiredBy(b) === type);
      expect(backup).toBeDefined();
      if (backup) expect(backup.expiresAt).toBe(new Date(Number(expiredBy(backup))).toISOString());
    }
  });

  it("yields a destination's backups in chunks as the pages arrive", async () => {
    const { config, context } = await start({ resources: 2_500 });
    const chunks: ConversionResult[] = [];
    for await (const chunk of northflankSource.list(config, context)) chunks.push(chunk);
    // 1 sample + 2,448 hourly in 25 chunks + 52 weekly.
    expect(chunks.flatMap((chunk) => chunk.backups)).toHaveLength(2_501);
    expect(chunks).toHaveLength(27);
  });

  it("waits out a 429 by Northflank's x-ratelimit-reset header, then goes on", async () => {
    const { mock, config, context } = await start({
      maxAttempts: 2,
      faults: [{ type: "status", status: 429, path: "/v1/backup-destinations", times: 1 }],
    });
    const started = performance.now();
    const { backups } = await collect(northflankSource.list(config, context));
    expect(backups).toHaveLength(301);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(mock.requests.slice(0, 2).map((r) => r.status)).toEqual([429, 200]);
  });

  it("fails with Northflank's own message and never the token", async () => {
    const { config, context } = await start();
    const wrong = { ...config, values: { token: "sentinel-nf-token-91c2" } };
    const error = await collect(northflankSource.list(wrong, context)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toBe(
      "GET /v1/backup-destinations failed with 401 Unauthorized: unauthorized: Unauthorized: the API token is missing, invalid or expired",
    );
    expect(JSON.stringify(error) + (error as Error).stack).not.toContain("sentinel-nf-token-91c2");
  });

  it("goes on past a destination that answers 403, naming it", async () => {
    const { config, context } = await start({
      faults: [
        {
          type: "status",
          status: 403,
          path: "/v1/backup-destinations/{backupDestinationId}/backups",
          times: 1,
        },
      ],
    });
    const { backups, issues } = await collect(northflankSource.list(config, context));
    // The example destination's one backup is missing; the 300 others are listed.
    expect(backups).toHaveLength(300);
    expect(issues.map((i) => i.path)).toEqual([
      'GET /v1/backup-destinations: destination #0 "Example Backup Destination"',
    ]);
    expect(issues[0]?.message).toMatch(
      /^its backups were not listed: GET \/v1\/backup-destinations\/\{backupDestinationId\}\/backups failed with 403 Forbidden: .* \(id example-backup-destination, the id derived from its name\)$/,
    );
  });

  it("stops with the failing request's message when a later page fails", async () => {
    const { config, context } = await start({
      faults: [
        {
          type: "status",
          status: 503,
          path: "/v1/backup-destinations/{backupDestinationId}/backups",
          after: 2,
        },
      ],
    });
    await expect(collect(northflankSource.list(config, context))).rejects.toThrow(
      new SourceError(
        "GET /v1/backup-destinations/{backupDestinationId}/backups failed with 503 Service Unavailable: internal-error: Injected fault: status 503",
      ),
    );
  });

  it("has no get: the backup-destination API cannot fetch one backup", () => {
    expect(northflankSource.get).toBeUndefined();
  });
});

/** A context whose fetch serves scripted bodies by path: bodies the mock would never send. */
function scripted(bodies: Record<string, unknown>): SourceContext {
  const context = sourceContext({ concurrency: 1, timeoutSeconds: 5, maxAttempts: 1 });
  return {
    client: {
      ...context.client,
      fetch: async (request) => {
        const body = bodies[new URL(request.url).pathname];
        if (body === undefined)
          return Response.json({ error: { message: "nope" } }, { status: 404 });
        return Response.json(body);
      },
    },
  };
}

describe("the Northflank source on bodies that are not quite right", () => {
  const config = { baseUrl: "http://127.0.0.1:9", values: { token: "t" } };
  const last = { hasNextPage: false, count: 0 };
  const backup = (i: number) => ({ ...seedBackup, id: `b-${i}` });

  it("reports a destination it cannot list by name, and backups it could not convert, with their place", async () => {
    const data: unknown[] = Array.from({ length: 150 }, (_, i) => backup(i));
    data[3] = { ...backup(3), status: "exploded" };
    data[120] = "not a backup";
    data[149] = { ...backup(149), id: null };
    const context = scripted({
      "/v1/backup-destinations": {
        data: [{ name: "No Backups Here" }, { id: "d1", name: "First" }],
        pagination: last,
      },
      "/v1/backup-destinations/d1/backups": { data, pagination: last },
    });
    const { backups, issues } = await collect(northflankSource.list(config, context));
    expect(backups).toHaveLength(148);
    const what = "GET /v1/backup-destinations/d1/backups";
    expect(issues.map((i) => [i.severity, i.path, i.backupId])).toEqual([
      ["error", 'GET /v1/backup-destinations: destination #0 "No Backups Here"', null],
      ["warning", `${what}: backup #3 $.status`, "b-3"],
      ["error", `${what}: backup #120 $`, null],
      ["error", `${what}: backup #149 $.id`, null],
    ]);
    expect(issues[0]?.message).toBe(
      "its backups were not listed: GET /v1/backup-destinations/{backupDestinationId}/backups failed with 404: nope (id no-backups-here, the id derived from its name)",
    );
  });

  it("lists destinations in Northflank's official shape, deriving each id from its name", async () => {
    const context = scripted({
      "/v1/backup-destinations": {
        data: { backupDestinations: [{ name: "Daily Dumps", type: "s3", prefix: "nf/" }] },
        pagination: last,
      },
      "/v1/backup-destinations/daily-dumps/backups": { data: [backup(1)], pagination: last },
    });
    const { backups, issues } = await collect(northflankSource.list(config, context));
    expect(issues).toEqual([]);
    expect(backups.map((b) => b.id)).toEqual(["b-1"]);
  });

  it.each([
    ["an id that is not an id", { id: "../secrets", name: "Odd" }, '"Odd"'],
    ["no id and a name that cannot be one", { name: "Ünïcode" }, '"Ünïcode"'],
    ["neither id nor name", {}, "(no name)"],
  ])("reports a destination with %s and lists the others", async (_name, odd, label) => {
    const context = scripted({
      "/v1/backup-destinations": { data: [odd, { id: "d1", name: "First" }], pagination: last },
      "/v1/backup-destinations/d1/backups": { data: [backup(1)], pagination: last },
    });
    const { backups, issues } = await collect(northflankSource.list(config, context));
    expect(backups.map((b) => b.id)).toEqual(["b-1"]);
    expect(issues).toEqual([
      {
        provider: "northflank",
        severity: "error",
        path: `GET /v1/backup-destinations: destination #0 ${label}`,
        backupId: null,
        message: "its backups were not listed: it has no usable id, nor a name to derive one from",
      },
    ]);
  });

  it("reports a destination whose page has no data list, naming it, and lists the others", async () => {
    const context = scripted({
      "/v1/backup-destinations": {
        data: [
          { id: "d1", name: "First" },
          { id: "d2", name: "Second" },
        ],
        pagination: last,
      },
      "/v1/backup-destinations/d1/backups": { data: { id: "x" }, pagination: last },
      "/v1/backup-destinations/d2/backups": { data: [backup(2)], pagination: last },
    });
    const { backups, issues } = await collect(northflankSource.list(config, context));
    expect(backups.map((b) => b.id)).toEqual(["b-2"]);
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'GET /v1/backup-destinations: destination #0 "First": its backups were not listed: GET /v1/backup-destinations/d1/backups: the response\'s data is not a list (id d1)',
    ]);
  });
});
