import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import type { Backup, ConversionResult } from "@backupkit/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { list } from "../src/commands/list.js";
import { SourceError } from "../src/sources/errors.js";
import { linodeSource } from "../src/sources/linode.js";
import type { Source } from "../src/sources/types.js";
import { linodeEnv, memoryIo, runMain } from "./run.js";

// Several providers at once, with Linode and a second provider scripted here:
// the others join the built-in list as they land.

let mock: MockProviders;
beforeAll(async () => {
  mock = await startMockProviders({ providers: ["linode"] });
});
afterAll(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

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
    resource: { type: "addon", id: "db-1", name: "db" },
    parentId: null,
    createdAt: "2025-01-10T00:00:00.000Z",
    completedAt: null,
    updatedAt: null,
    expiresAt: null,
    sizeBytes: 1536,
    resourceSizeBytes: null,
    raw: {},
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

const failing = second(async function* () {
  yield* [];
  throw new SourceError("GET /v1/backup-destinations: 401 Unauthorized: Invalid token");
});

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
    const env = { ...linodeEnv(mock), SECOND_TOKEN: "s3cret-second" };
    const { code, stdout, stderr } = await runMain(["list"], env, [linodeSource, failing]);
    expect(code).toBe(3);
    expect(stdout).toMatch(/^linode {4}linode123 +1234 /m);
    expect(stderr).toBe(
      "backupkit: northflank: GET /v1/backup-destinations: 401 Unauthorized: Invalid token\n",
    );
  });

  it("exits 1 when every provider fails", async () => {
    const env = { ...linodeEnv(mock, "wrong-token"), SECOND_TOKEN: "s3cret-second" };
    const { code, stderr } = await runMain(["list"], env, [linodeSource, failing]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      "backupkit: linode: GET /linode/instances failed with 401 Unauthorized: Invalid Token",
      "backupkit: northflank: GET /v1/backup-destinations: 401 Unauthorized: Invalid token",
    ]);
  });

  it("counts a partly configured provider as failed, saying what is missing", async () => {
    const env = { ...linodeEnv(mock), BACKUPKIT_NORTHFLANK_BASE_URL: "http://127.0.0.1:1" };
    const { code, stderr } = await runMain(["list"], env, [linodeSource, failing]);
    expect(code).toBe(3);
    expect(stderr).toBe(
      "backupkit: northflank: incomplete configuration: set SECOND_TOKEN (API token)\n",
    );
  });

  it("skips an unconfigured provider quietly, and names it with --verbose", async () => {
    const quiet = await runMain(["list"], linodeEnv(mock), [linodeSource, failing]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe("");
    const verbose = await runMain(["list", "-v"], linodeEnv(mock), [linodeSource, failing]);
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toBe(
      "backupkit: northflank: skipped: not configured (set SECOND_TOKEN)\n",
    );
  });

  it("fails a provider asked for with --provider but not configured", async () => {
    const { code, stderr } = await runMain(["list", "-p", "linode,northflank"], linodeEnv(mock), [
      linodeSource,
      failing,
    ]);
    expect(code).toBe(3);
    expect(stderr).toBe("backupkit: northflank: not configured (set SECOND_TOKEN)\n");
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
