import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";
import { actingOn } from "./support/acting.js";

const acting = actingOn("northflank");

/**
 * A backup of ADDON that stays where it was created for ten minutes, on a mock
 * of its own, for the cases that need a backup that has not finished: the
 * test's mock's 20 ms steps can finish it first on a loaded machine. Gives its
 * ref and the variables that reach that mock.
 */
async function unfinishedBackup() {
  const slow = await acting.ownMock(600_000);
  const [backup] = (await acting.created(ADDON, [], slow.env)).backups;
  return { ref: backup.ref, env: slow.env };
}

const ADDON = "shop-production/orders-db";

describe("backupkit create/restore/delete/cancel/schedule on Northflank", () => {
  it("backs up an addon and, with --wait, returns the completed backup with its refs", async () => {
    const [backup] = (await acting.created(ADDON, ["--label", "before-migration", "--wait"]))
      .backups;
    expect(backup).toMatchObject({
      name: "before-migration",
      status: "available",
      providerStatus: "completed",
      resource: { type: "addon", id: "orders-db", ref: ADDON },
    });
    expect(backup.ref).toBe(`${ADDON}/${backup.id}`);
    // Restoring it replaces the addon's data: asked for, and given with --yes.
    const restored = await runMain(
      ["restore", "-p", "northflank", backup.ref, "--yes"],
      acting.env,
    );
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(
      /^started restore \d+ of backup manual-orders-db-0001 to addon orders-db\n$/,
    );
  });

  it("lists a backup made with create --wait, completed, with the refs get and restore take", async () => {
    const [made] = (await acting.created(ADDON, ["--label", "listed", "--wait"])).backups;
    const listed = await runMain(["list", "-p", "northflank", "-f", "json"], acting.env);
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
    const [{ ref }] = (await acting.created(ADDON, ["--wait"])).backups;
    await acting.deletedForGood(ref, /failed with 404 .*Backup not found/);
  });

  it("aborts a backup that has not finished", async () => {
    const { ref, env } = await unfinishedBackup();
    const { code, stdout } = await runMain(["cancel", "-p", "northflank", ref, "--yes"], env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^aborting backup manual-orders-db-\d+\n$/);
  });

  it("reports Northflank's error body when a backup cannot be restored yet", async () => {
    const { ref, env } = await unfinishedBackup();
    const { code, stderr } = await runMain(["restore", "-p", "northflank", ref, "--yes"], env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/400 .*Backup is not in a state that allows this action/);
  });

  it("turns the addon's schedule on, then off with --yes", async () => {
    const on = await runMain(
      ["schedule", "enable", "-p", "northflank", "--resource", ADDON],
      acting.env,
    );
    expect(on.code).toBe(0);
    expect(on.stdout).toBe("scheduled a daily snapshot of addon orders-db at 02:00, kept 7 days\n");
    const off = await runMain(
      ["schedule", "disable", "-p", "northflank", "--resource", ADDON, "--yes"],
      acting.env,
    );
    expect(off.code).toBe(0);
    expect(off.stdout).toBe("deleted 1 backup schedule(s) of addon orders-db\n");
  });

  acting.itPrintsDryRun([
    [
      "the schedule's",
      ["schedule", "enable", "-p", "northflank", "--resource", ADDON],
      (base) =>
        `POST ${base}/v1/projects/shop-production/addons/orders-db/backup-schedules {"backupType":"snapshot","scheduling":{"interval":"daily","minute":[0],"hour":[2]},"retentionTime":7}\n`,
    ],
  ]);
});
