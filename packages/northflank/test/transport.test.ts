import { readFileSync } from "node:fs";
import type { RetryEvent } from "@backupkit/http";
import { afterEach, describe, expect, it } from "vitest";
import {
  type FaultServer,
  reply,
  replyJson,
  startFaultServer,
} from "../../http/test/support/fault-server.js";
import {
  describeTransportScenarios,
  expectNoSecret,
  SENTINEL_TOKEN,
} from "../../http/test/support/transport-scenarios.js";
import { createNorthflankClient, listAllBackups, ProviderError, unwrap } from "../src/index.js";

const seedText = readFileSync(
  new URL("../../../fixtures/northflank/list-backups.seed.json", import.meta.url),
  "utf8",
);

describeTransportScenarios({
  provider: "northflank",
  createClient: ({ origin, ...options }) => createNorthflankClient({ ...options, baseUrl: origin }),
  get: async (client) =>
    unwrap(
      await client.GET("/v1/backup-destinations/{backupDestinationId}/backups", {
        params: { path: { backupDestinationId: "dest-1" } },
      }),
    ),
  path: "/v1/backup-destinations/{backupDestinationId}/backups",
  okBody: seedText,
  errorBody: (message) => ({
    body: JSON.stringify({ error: { status: 400, message, id: "nf-error-7" } }),
    code: "nf-error-7",
  }),
  rateLimitReset: { header: "x-ratelimit-reset", format: "delta-seconds" },
});

describe("northflank rate limits through listAllBackups", () => {
  let server: FaultServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function walk(script: Parameters<typeof startFaultServer>[0]) {
    server = await startFaultServer(script);
    const retries: RetryEvent[] = [];
    const client = createNorthflankClient({
      token: SENTINEL_TOKEN,
      baseUrl: server.origin,
      retry: { baseDelayMs: 1, onRetry: (e) => retries.push(e) },
    });
    const ids: string[] = [];
    const outcome = await (async () => {
      for await (const backup of listAllBackups(client, { backupDestinationId: "dest-1" })) {
        ids.push(backup.id);
      }
    })().then(
      () => null,
      (error: unknown) => error,
    );
    return { server, retries, ids, outcome };
  }

  it("honours a 429 that carries only x-ratelimit-reset: 1, then reads the page", async () => {
    const { server, retries, ids, outcome } = await walk([
      reply(429, "", { "x-ratelimit-limit": "1000", "x-ratelimit-reset": "1" }),
      replyJson(200, seedText),
    ]);
    expect(outcome).toBeNull();
    expect(ids).toEqual(["example-backup"]);
    expect(server.requests).toHaveLength(2);
    expect(retries).toMatchObject([{ status: 429, delayMs: 1000 }]);
    const [first, second] = server.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it("returns a reset beyond maxDelayMs as a ProviderError rather than wait an hour", async () => {
    const limited = JSON.stringify({ error: { status: 429, message: "Too many requests" } });
    const { server, retries, outcome } = await walk([
      replyJson(429, limited, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1800" }),
    ]);
    expect(outcome).toBeInstanceOf(ProviderError);
    expect(outcome).toMatchObject({
      status: 429,
      providerMessage: "Too many requests",
      retryAfterMs: 1_800_000,
      attempts: 1,
      path: "/v1/backup-destinations/{backupDestinationId}/backups",
    });
    expect((outcome as Error).message).toBe(
      "northflank: GET /v1/backup-destinations/{backupDestinationId}/backups failed with 429 Too Many Requests: Too many requests (retry after 1800 s)",
    );
    expect(server.requests).toHaveLength(1);
    expect(retries).toEqual([]);
    expectNoSecret(outcome);
  });
});
