import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import type { Backup, ConversionResult } from "@backupkit/model";
import { linodeSource, northflankSource, type Source } from "@backupkit/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { list } from "../src/commands/list.js";
import { linodeEnv, memoryIo, runMain } from "./run.js";

// Several providers at once: Linode and Northflank against their mocks, and a
// scripted provider where a test needs what the mocks never send (conversion issues).

let mock: MockProviders;
beforeAll(async () => {
  mock = await startMockProviders({ providers: ["linode", "northflank"] });
});
afterAll(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

/** The environment variables that point the CLI at the Northflank mock. */
function northflankEnv(token?: string): Record<string, string> {
  const endpoint = mock.providers.northflank;
  if (!endpoint) throw new Error("the northflank mock is not running");
  return {
    NORTHFLANK_API_TOKEN: token ?? endpoint.credentials.token ?? "",
    BACKUPKIT_NORTHFLANK_BASE_URL: endpoint.baseUrl,
  };
}

const both = [linodeSource, northflankSource];
const northflank401 =
  "backupkit: northflank: GET /v1/backup-destinations failed with 401 Unauthorized: unauthorized: Unauthorized: the API token is missing, invalid or expired";

function backup(id: string): Backup {
  return {
    provider: "northflank",
    id,
    name: null,
    status: "available",
    providerStatus: "completed",
    restorable: null,
    trigger: "automatic",
    kind: "full",
    resource: { type: "addon", id: "db-1", name: "db", ref: "p/db-1" },
    parentId: null,
    createdAt: "2025-01-10T00:00:00.000Z",
    completedAt: null,
    updatedAt: null,
    expiresAt: null,
    sizeBytes: 1536,
    resourceSizeBytes: null,
    raw: {},
    ref: `p/db-1/${id}`,
  };
}

/** A second provider whose listing the test scripts. */
function second(listing: () => AsyncIterable<ConversionResult>): Source {
  return {
    id: "northflank",
    defaultBaseUrl: "https://api.example.test",
    fields: { token: { env: ["SECOND_TOKEN"], description: "API token", secret: true } },
    list: listing,
  };
}

const withIssues = second(async function* () {
  yield {
    backups: [backup("b-1")],
    issues: [
      {
        provider: "northflank",
        severity: "warning",
        path: "$.data[0].status",
        backupId: "b-1",
        message: 'unknown value "x"',
      },
      {
        provider: "northflank",
        severity: "warning",
        path: "$.data[0].size",
        backupId: "b-1",
        message: "expected a number",
      },
      {
        provider: "northflank",
        severity: "error",
        path: "$.data[1].id",
        backupId: null,
        message: "a backup needs an id",
      },
    ],
  };
});

describe("list across providers", () => {
  it("lists the others when one fails, says which failed, and exits 3", async () => {
    const env = { ...linodeEnv(mock), ...northflankEnv("wrong-northflank-token") };
    const { code, stdout, stderr } = await runMain(["list"], env, both);
    expect(code).toBe(3);
    expect(stdout).toMatch(/^linode +linode123 +1234 /m);
    expect(stdout).not.toMatch(/^northflank/m);
    expect(stderr).toBe(`${northflank401}\n`);
  });

  it("keeps what a provider read before it failed, and says how much", async () => {
    // Northflank's third backups page fails: the sample and the first page of 100 were read.
    const faulty = await startMockProviders({
      providers: ["northflank"],
      faults: [
        {
          type: "status",
          status: 503,
          path: "/v1/backup-destinations/{backupDestinationId}/backups",
          after: 2,
        },
      ],
    });
    try {
      const endpoint = faulty.providers.northflank;
      const env = {
        ...linodeEnv(mock),
        NORTHFLANK_API_TOKEN: endpoint?.credentials.token ?? "",
        BACKUPKIT_NORTHFLANK_BASE_URL: endpoint?.baseUrl ?? "",
      };
      const { code, stdout, stderr } = await runMain(
        ["list", "--retries", "0", "-f", "ndjson"],
        env,
        both,
      );
      expect(code).toBe(3);
      const providers = stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).provider);
      expect(providers.filter((p) => p === "northflank")).toHaveLength(101);
      expect(stderr).toBe(
        "backupkit: northflank (after reading 101 backups): GET /v1/backup-destinations/{backupDestinationId}/backups failed with 503 Service Unavailable: internal-error: Injected fault: status 503\n",
      );
      expect(faulty.failures).toEqual([]);
    } finally {
      await faulty.close();
    }
  });

  it("exits 1 when every provider fails", async () => {
    const env = { ...linodeEnv(mock, "wrong-token"), ...northflankEnv("wrong-northflank-token") };
    const { code, stderr } = await runMain(["list"], env, both);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      "backupkit: linode: GET /linode/instances failed with 401 Unauthorized: Invalid Token",
      northflank401,
    ]);
  });

  it("lists every provider, and exits 0, when all are configured", async () => {
    const env = { ...linodeEnv(mock), ...northflankEnv() };
    const { code, stdout, stderr } = await runMain(["list"], env, both);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^linode +linode123 +1234 /m);
    expect(stdout).toMatch(/^northflank +Example Addon +example-backup /m);
  });

  it("counts a partly configured provider as failed, saying what is missing", async () => {
    const env = { ...linodeEnv(mock), BACKUPKIT_NORTHFLANK_BASE_URL: "http://127.0.0.1:1" };
    const { code, stderr } = await runMain(["list"], env, both);
    expect(code).toBe(3);
    expect(stderr).toBe(
      "backupkit: northflank: incomplete configuration: set NORTHFLANK_API_TOKEN (API token)\n",
    );
  });

  it("skips an unconfigured provider quietly, and names it with --verbose", async () => {
    const quiet = await runMain(["list"], linodeEnv(mock), both);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe("");
    const verbose = await runMain(["list", "-v"], linodeEnv(mock), both);
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toBe(
      "backupkit: northflank: skipped: not configured (set NORTHFLANK_API_TOKEN)\n",
    );
  });

  it("fails a provider asked for with --provider but not configured", async () => {
    const { code, stderr } = await runMain(
      ["list", "-p", "linode,northflank"],
      linodeEnv(mock),
      both,
    );
    expect(code).toBe(3);
    expect(stderr).toBe("backupkit: northflank: not configured (set NORTHFLANK_API_TOKEN)\n");
  });

  it("reads only the providers given with --provider", async () => {
    const env = { ...linodeEnv(mock), SECOND_TOKEN: "s3cret-second" };
    const { code, stdout } = await runMain(["list", "-p", "northflank", "-f", "ndjson"], env, [
      linodeSource,
      withIssues,
    ]);
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(["b-1"]);
  });

  it("summarises conversion issues per provider, and lists them with --verbose", async () => {
    const env = { SECOND_TOKEN: "s3cret-second" };
    const summary = await runMain(["list"], env, [linodeSource, withIssues]);
    expect(summary.code).toBe(0);
    expect(summary.stderr).toBe(
      "backupkit: northflank: conversion issues: 1 object not converted, 2 fields degraded (--verbose lists them)\n",
    );
    const verbose = await runMain(["list", "--verbose"], env, [linodeSource, withIssues]);
    expect(verbose.stderr.trim().split("\n")).toEqual([
      "backupkit: linode: skipped: not configured (set LINODE_TOKEN)",
      'warning: northflank $.data[0].status (backup b-1): unknown value "x"',
      "warning: northflank $.data[0].size (backup b-1): expected a number",
      "error: northflank $.data[1].id: a backup needs an id",
    ]);
  });

  it("shows progress and a summary only when stderr is a terminal", async () => {
    const { io, written } = memoryIo({ SECOND_TOKEN: "s3cret-second" }, true);
    const code = await list([], io, [linodeSource, withIssues]);
    expect(code).toBe(0);
    expect(written.stderr).toContain("\r\x1b[2Klisting… northflank 0");
    const afterProgress = written.stderr.split("\r\x1b[2K").at(-1);
    expect(afterProgress).toMatch(/\n1 backup from 1 provider in \d+\.\d s\n$/);
  });
});
