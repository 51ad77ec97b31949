import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { afterEach, describe, expect, it } from "vitest";
import { backupkit, linodeEnv, runMain } from "./run.js";

// The Northflank source itself is tested in @backupkit/sdk; here, the command that reaches it.

let mock: MockProviders | undefined;
afterEach(async () => {
  expect(mock?.failures ?? []).toEqual([]);
  await mock?.close();
  mock = undefined;
});

describe("backupkit with Northflank", () => {
  it("lists Linode when Northflank's token is wrong: exit 3, Northflank's message, no token", async () => {
    mock = await startMockProviders({ providers: ["linode", "northflank"] });
    const sentinel = "sentinel-northflank-token-7d41";
    const { code, stdout, stderr } = await backupkit(["list"], {
      ...linodeEnv(mock),
      NORTHFLANK_API_TOKEN: sentinel,
      BACKUPKIT_NORTHFLANK_BASE_URL: mock.providers.northflank?.baseUrl ?? "",
    });
    expect(code).toBe(3);
    expect(stdout).toMatch(/^linode +linode123 +1234 /m);
    expect(stdout).not.toMatch(/^northflank/m);
    expect(stderr).toBe(
      "backupkit: northflank: GET /v1/backup-destinations failed with 401 Unauthorized: unauthorized: Unauthorized: the API token is missing, invalid or expired\n",
    );
    expect(stdout + stderr).not.toContain(sentinel);
  });

  it("lists Northflank's backups from its mock", async () => {
    mock = await startMockProviders({ providers: ["northflank"] });
    const { code, stdout, stderr } = await backupkit(["list", "-p", "northflank", "-f", "ndjson"], {
      NORTHFLANK_API_TOKEN: mock.providers.northflank?.credentials.token ?? "",
      BACKUPKIT_NORTHFLANK_BASE_URL: mock.providers.northflank?.baseUrl ?? "",
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(301);
  });

  it("says that get is not supported for Northflank, and exits 2", async () => {
    const { code, stdout, stderr } = await runMain(["get", "-p", "northflank", "abc"], {
      NORTHFLANK_API_TOKEN: "t",
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'backupkit: northflank has no endpoint for one backup; use "backupkit list --provider northflank"\nRun "backupkit get --help" for usage.\n',
    );
    const help = await runMain(["get", "--help"]);
    expect(help.stdout).toContain(
      'northflank: no single-backup endpoint; use "backupkit list --provider northflank"',
    );
  });
});
