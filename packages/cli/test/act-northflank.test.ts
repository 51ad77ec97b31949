import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runMain } from "./run.js";

let mock: MockProviders;
let env: Record<string, string>;

function northflankEnv(m: MockProviders): Record<string, string> {
  const endpoint = m.providers.northflank;
  return {
    NORTHFLANK_API_TOKEN: endpoint?.credentials.token ?? "",
    BACKUPKIT_NORTHFLANK_BASE_URL: endpoint?.baseUrl ?? "",
  };
}

/**
 * Runs `test` against a mock whose backups stay where they were created for
 * ten minutes, for the cases that need a backup that has not finished: the
 * shared mock's 20 ms steps can finish it first on a loaded machine.
 */
async function withSlowMock(test: (slowEnv: Record<string, string>) => Promise<void>) {
  const slow = await startMockProviders({ providers: ["northflank"], paceMs: 600_000 });
  try {
    await test(northflankEnv(slow));
    expect(slow.failures).toEqual([]);
  } finally {
    await slow.close();
  }
}

beforeEach(async () => {
  mock = await startMockProviders({ providers: ["northflank"], paceMs: 20 });
  env = northflankEnv(mock);
});
afterEach(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

const ADDON = "shop-production/orders-db";

describe("backupkit create/restore/delete/cancel/schedule on Northflank", () => {
  it("backs up an addon and, with --wait, returns the completed backup with its refs", async () => {
    const { code, stdout, stderr } = await runMain(
      [
        "create",
        "-p",
        "northflank",
        "--resource",
        ADDON,
        "--label",
        "before-migration",
        "--wait",
        "-f",
        "json",
      ],
      env,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [backup] = JSON.parse(stdout).backups;
    expect(backup).toMatchObject({
      name: "before-migration",
      status: "available",
      providerStatus: "completed",
      resource: { type: "addon", id: "orders-db", ref: ADDON },
    });
    expect(backup.ref).toBe(`${ADDON}/${backup.id}`);
    // Restoring it replaces the addon's data: asked for, and given with --yes.
    const restored = await runMain(["restore", "-p", "northflank", backup.ref, "--yes"], env);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(
      /^started restore \d+ of backup manual-orders-db-0001 to addon orders-db\n$/,
    );
  });

  it("lists a backup made with create --wait, completed, with the refs get and restore take", async () => {
    const created = await runMain(
      [
        "create",
        "-p",
        "northflank",
        "--resource",
        ADDON,
        "--label",
        "listed",
        "--wait",
        "-f",
        "json",
      ],
      env,
    );
    expect(created.code).toBe(0);
    const [made] = JSON.parse(created.stdout).backups;
    const listed = await runMain(["list", "-p", "northflank", "-f", "json"], env);
    expect(listed.code).toBe(0);
    const found = JSON.parse(listed.stdout).filter((b: { id: string }) => b.id === made.id);
    expect(found).toEqual([
      expect.objectContaining({
        name: "listed",
        status: "available",
        ref: made.ref,
        resource: expect.objectContaining({ ref: ADDON }),
      }),
    ]);
  });

  it("deletes a backup and, with --wait, returns once the provider no longer has it", async () => {
    const created = await runMain(
      ["create", "-p", "northflank", "--resource", ADDON, "--wait", "-f", "json"],
      env,
    );
    const { ref } = JSON.parse(created.stdout).backups[0];
    const { code, stdout } = await runMain(
      ["delete", "-p", "northflank", ref, "--yes", "--wait", "-f", "json"],
      env,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ operation: "delete", backups: [] });
    const after = await runMain(["delete", "-p", "northflank", ref, "--yes"], env);
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(/failed with 404 .*Backup not found/);
  });

  it("aborts a backup that has not finished", async () => {
    await withSlowMock(async (slowEnv) => {
      const created = await runMain(
        ["create", "-p", "northflank", "--resource", ADDON, "-f", "json"],
        slowEnv,
      );
      const { ref } = JSON.parse(created.stdout).backups[0];
      const { code, stdout } = await runMain(["cancel", "-p", "northflank", ref, "--yes"], slowEnv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^aborting backup manual-orders-db-\d+\n$/);
    });
  });

  it("reports Northflank's error body when a backup cannot be restored yet", async () => {
    await withSlowMock(async (slowEnv) => {
      const created = await runMain(
        ["create", "-p", "northflank", "--resource", ADDON, "-f", "json"],
        slowEnv,
      );
      const { ref } = JSON.parse(created.stdout).backups[0];
      const { code, stderr } = await runMain(
        ["restore", "-p", "northflank", ref, "--yes"],
        slowEnv,
      );
      expect(code).toBe(1);
      expect(stderr).toMatch(/400 .*Backup is not in a state that allows this action/);
    });
  });

  it("turns the addon's schedule on, then off with --yes", async () => {
    const on = await runMain(["schedule", "enable", "-p", "northflank", "--resource", ADDON], env);
    expect(on.code).toBe(0);
    expect(on.stdout).toBe("scheduled a daily snapshot of addon orders-db at 02:00, kept 7 days\n");
    const off = await runMain(
      ["schedule", "disable", "-p", "northflank", "--resource", ADDON, "--yes"],
      env,
    );
    expect(off.code).toBe(0);
    expect(off.stdout).toBe("deleted 1 backup schedule(s) of addon orders-db\n");
  });

  it("prints the schedule's requests with --dry-run, sending nothing", async () => {
    const { code, stdout } = await runMain(
      ["schedule", "enable", "-p", "northflank", "--resource", ADDON, "--dry-run"],
      env,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      `POST ${mock.providers.northflank?.baseUrl}/v1/projects/shop-production/addons/orders-db/backup-schedules {"backupType":"snapshot","scheduling":{"interval":"daily","minute":[0],"hour":[2]},"retentionTime":7}\n`,
    );
    expect(mock.requests).toEqual([]);
  });
});
