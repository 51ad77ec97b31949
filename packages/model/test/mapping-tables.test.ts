/**
 * Every row of every provider's status, trigger and kind table, one test per
 * row: each provider value is converted and the common value it must become
 * is written out here, so a row changed to another valid value fails (the
 * property tests only reject values that do not exist). The docs site shows
 * the mapping objects, so they are checked against the same rows.
 */
import { describe, expect, it } from "vitest";
import {
  type Backup,
  type ConversionIssue,
  fromHuaweiCbr,
  fromLinode,
  fromNorthflank,
  fromOnapp,
  fromZcom,
  huaweiCbrMapping,
  linodeMapping,
  northflankMapping,
  onappMapping,
  zcomMapping,
} from "../src/index.js";

/** The one record a body gives, and its issues. */
function only(result: { backups: Backup[]; issues: ConversionIssue[] }) {
  expect(result.backups).toHaveLength(1);
  return { backup: result.backups[0] as Backup, issues: result.issues };
}

const messages = (issues: ConversionIssue[]) => issues.map((i) => `${i.path}: ${i.message}`);

describe("Linode's tables", () => {
  const statuses = [
    ["pending", "pending"],
    ["paused", "pending"],
    ["running", "running"],
    ["needsPostProcessing", "running"],
    ["successful", "available"],
    ["failed", "failed"],
    ["userAborted", "cancelled"],
  ] as const;
  it.each(statuses)("status %s → %s", (given, want) => {
    const { backup, issues } = only(fromLinode({ id: 1, status: given, type: "auto" }));
    expect(backup.status).toBe(want);
    expect(backup.providerStatus).toBe(given);
    expect(issues).toEqual([]);
  });

  const triggers = [
    ["auto", "automatic"],
    ["snapshot", "manual"],
  ] as const;
  it.each(triggers)("type %s → trigger %s, kind unknown", (given, want) => {
    const { backup, issues } = only(fromLinode({ id: 1, status: "successful", type: given }));
    expect(backup.trigger).toBe(want);
    expect(backup.kind).toBe("unknown");
    expect(issues).toEqual([]);
  });

  it("maps an unknown status and type to unknown, keeping the value and warning", () => {
    const { backup, issues } = only(fromLinode({ id: 1, status: "Successful", type: "manual" }));
    expect([backup.status, backup.providerStatus, backup.trigger]).toEqual([
      "unknown",
      "Successful",
      "unknown",
    ]);
    expect(messages(issues)).toEqual([
      '$.status: unknown value "Successful"',
      '$.type: unknown value "manual"',
    ]);
  });

  it("shows exactly these rows in its mapping", () => {
    expect(linodeMapping.statuses).toEqual(Object.fromEntries(statuses));
    expect(linodeMapping.triggers).toEqual(Object.fromEntries(triggers));
    expect(linodeMapping.kinds).toEqual({});
  });
});

describe("Huawei CBR's tables", () => {
  const cbr = (backup: Record<string, unknown>) =>
    only(fromHuaweiCbr({ backup: { id: "b1", resource_id: "r1", ...backup } }));

  // status → common status, and whether such a backup restores.
  const statuses = [
    ["waiting_protect", "pending", null],
    ["protecting", "running", null],
    ["available", "available", true],
    ["restoring", "restoring", null],
    ["waiting_restore", "restoring", null],
    ["deleting", "deleting", false],
    ["waiting_delete", "deleting", false],
    ["error", "failed", false],
  ] as const;
  it.each(statuses)("status %s → %s, restorable %s", (given, want, restorable) => {
    const { backup, issues } = cbr({ status: given });
    expect(backup.status).toBe(want);
    expect(backup.providerStatus).toBe(given);
    expect(backup.restorable).toBe(restorable);
    expect(issues).toEqual([]);
  });

  it('does not restore an available backup whose supported_restore_mode is "na"', () => {
    const { backup } = cbr({ status: "available", extend_info: { supported_restore_mode: "na" } });
    expect(backup.restorable).toBe(false);
    const other = cbr({ status: "available", extend_info: { supported_restore_mode: "backup" } });
    expect(other.backup.restorable).toBe(true);
  });

  it("leaves restorable unknown for an unknown status, with a warning", () => {
    const { backup, issues } = cbr({ status: "frozen" });
    expect([backup.status, backup.providerStatus, backup.restorable]).toEqual([
      "unknown",
      "frozen",
      null,
    ]);
    expect(messages(issues)).toEqual(['$.backup.status: unknown value "frozen"']);
  });

  const flags = [
    [true, "automatic", "incremental"],
    [false, "manual", "full"],
    ["true", "automatic", "incremental"],
    ["false", "manual", "full"],
  ] as const;
  it.each(flags)("auto_trigger and incremental %j → %s, %s", (flag, trigger, kind) => {
    const { backup, issues } = cbr({
      status: "available",
      extend_info: { auto_trigger: flag, incremental: flag },
    });
    expect([backup.trigger, backup.kind]).toEqual([trigger, kind]);
    expect(issues).toEqual([]);
  });

  it("reads the trigger and the kind from their own flags", () => {
    const { backup } = cbr({
      status: "available",
      extend_info: { auto_trigger: true, incremental: false },
    });
    expect([backup.trigger, backup.kind]).toEqual(["automatic", "full"]);
    const other = cbr({
      status: "available",
      extend_info: { auto_trigger: false, incremental: true },
    });
    expect([other.backup.trigger, other.backup.kind]).toEqual(["manual", "incremental"]);
  });

  it("leaves trigger and kind unknown without the flags", () => {
    const { backup, issues } = cbr({ status: "available", extend_info: {} });
    expect([backup.trigger, backup.kind]).toEqual(["unknown", "unknown"]);
    expect(issues).toEqual([]);
  });

  it("shows exactly these rows in its mapping", () => {
    expect(huaweiCbrMapping.statuses).toEqual(
      Object.fromEntries(statuses.map(([given, want]) => [given, want])),
    );
    expect(huaweiCbrMapping.triggers).toEqual({ true: "automatic", false: "manual" });
    expect(huaweiCbrMapping.kinds).toEqual({ true: "incremental", false: "full" });
  });
});

describe("OnApp's tables", () => {
  const onapp = (backup: Record<string, unknown>) =>
    only(fromOnapp({ backup: { id: 7, backup_type: "normal", initiated: "manual", ...backup } }));

  // OnApp has no status field: its flags → providerStatus (the rule that held), status, restorable.
  const rules = [
    [{ built: true, marked_for_delete: true }, "marked_for_delete", "deleting", false],
    [
      { built: false, marked_for_delete: true, locked: true },
      "marked_for_delete",
      "deleting",
      false,
    ],
    [{ built: true }, "built", "available", true],
    [{ built: true, locked: true }, "built", "available", false],
    [{ built: true, marked_for_delete: false, locked: false }, "built", "available", true],
    [{ built: false, locked: true }, "locked, not built", "running", null],
    [{ built: false }, "not built", "pending", null],
    [{ built: false, locked: false }, "not built", "pending", null],
  ] as const;
  it.each(rules)("flags %j → %s, %s, restorable %s", (flags, rule, status, restorable) => {
    const { backup, issues } = onapp(flags);
    expect([backup.providerStatus, backup.status, backup.restorable]).toEqual([
      rule,
      status,
      restorable,
    ]);
    expect(issues).toEqual([]);
  });

  it("leaves the status unknown without built, with a warning", () => {
    const { backup, issues } = onapp({ locked: false });
    expect([backup.providerStatus, backup.status, backup.restorable]).toEqual([
      null,
      "unknown",
      null,
    ]);
    expect(messages(issues)).toEqual(["$.backup.built: missing; status unknown"]);
  });

  const triggers = [
    ["manual", "manual"],
    ["days", "automatic"],
    ["weeks", "automatic"],
    ["months", "automatic"],
    ["years", "automatic"],
  ] as const;
  it.each(triggers)("initiated %s → trigger %s", (given, want) => {
    const { backup, issues } = onapp({ built: true, initiated: given });
    expect(backup.trigger).toBe(want);
    expect(issues).toEqual([]);
  });

  const kinds = [
    ["normal", "full"],
    ["incremental", "incremental"],
  ] as const;
  it.each(kinds)("backup_type %s → kind %s", (given, want) => {
    const { backup, issues } = onapp({ built: true, backup_type: given });
    expect(backup.kind).toBe(want);
    expect(issues).toEqual([]);
  });

  it("maps an unknown initiated and backup_type to unknown, with warnings", () => {
    const { backup, issues } = onapp({ built: true, initiated: "hours", backup_type: "full" });
    expect([backup.trigger, backup.kind]).toEqual(["unknown", "unknown"]);
    expect(messages(issues)).toEqual([
      '$.backup.initiated: unknown value "hours"',
      '$.backup.backup_type: unknown value "full"',
    ]);
  });

  it("shows exactly these rows in its mapping", () => {
    expect(onappMapping.statuses).toEqual({
      marked_for_delete: "deleting",
      built: "available",
      "locked, not built": "running",
      "not built": "pending",
    });
    expect(onappMapping.triggers).toEqual(Object.fromEntries(triggers));
    expect(onappMapping.kinds).toEqual(Object.fromEntries(kinds));
  });
});

describe("Z.com's tables", () => {
  const zcom = (run: Record<string, unknown>) =>
    only(
      fromZcom({
        backup: [{ id: "bk", instance_id: "vm1", volume_id: "vol1", backupruns: [run] }],
      }),
    );

  const statuses = [
    ["available", "available"],
    ["restoring", "restoring"],
  ] as const;
  const restorable = { available: true, restoring: null };
  it.each(statuses)("status %s → %s, trigger automatic", (given, want) => {
    const { backup, issues } = zcom({ backuprun_id: "r1", status: given, type: "instance" });
    expect([backup.status, backup.providerStatus, backup.trigger, backup.kind]).toEqual([
      want,
      given,
      "automatic",
      "unknown",
    ]);
    expect(backup.restorable).toBe(restorable[given]);
    expect(issues).toEqual([]);
  });

  it('reads "" as no status, without a warning, and an unknown status with one', () => {
    const none = zcom({ backuprun_id: "r1", status: "", type: "instance" });
    expect([none.backup.status, none.backup.providerStatus]).toEqual(["unknown", null]);
    expect(none.issues).toEqual([]);
    const odd = zcom({ backuprun_id: "r1", status: "error", type: "instance" });
    expect([odd.backup.status, odd.backup.providerStatus]).toEqual(["unknown", "error"]);
    expect(messages(odd.issues)).toEqual([
      '$.backup[0].backupruns[0].status: unknown value "error"',
    ]);
  });

  // run type → the resource the run backs up.
  const types = [
    // Only an instance can have backups turned on or off: a volume run's resource has no ref.
    ["instance", { type: "instance", id: "vm1", name: null, ref: "vm1" }],
    ["server", { type: "instance", id: "vm1", name: null, ref: "vm1" }],
    ["volume", { type: "volume", id: "vol1", name: null, ref: null }],
  ] as const;
  it.each(types)("run type %s → resource %j", (given, want) => {
    const { backup, issues } = zcom({ backuprun_id: "r1", status: "available", type: given });
    expect(backup.resource).toEqual(want);
    expect(issues).toEqual([]);
  });

  it("takes a run of an unknown type for an instance run, with a warning", () => {
    const { backup, issues } = zcom({ backuprun_id: "r1", status: "available", type: "disk" });
    expect(backup.resource).toEqual({ type: "instance", id: "vm1", name: null, ref: "vm1" });
    expect(messages(issues)).toEqual(['$.backup[0].backupruns[0].type: unknown value "disk"']);
  });

  it("shows exactly these rows in its mapping", () => {
    expect(zcomMapping.statuses).toEqual(Object.fromEntries(statuses));
    expect(zcomMapping.triggers).toEqual({});
    expect(zcomMapping.kinds).toEqual({});
  });
});

describe("Northflank's tables", () => {
  const northflank = (backup: Record<string, unknown>) =>
    only(fromNorthflank({ data: [{ id: "nb", addon: { id: "db", name: "db" }, ...backup }] }));

  // status → common status, and whether such a backup restores.
  const statuses = [
    ["scheduled", "pending", null],
    ["in-progress", "running", null],
    ["completed", "available", true],
    ["aborting", "cancelled", false],
    ["aborted", "cancelled", false],
    ["failed", "failed", false],
    ["not-supported", "failed", false],
  ] as const;
  it.each(statuses)("status %s → %s, restorable %s", (given, want, restorable) => {
    const { backup, issues } = northflank({ status: given });
    expect([backup.status, backup.providerStatus, backup.restorable]).toEqual([
      want,
      given,
      restorable,
    ]);
    expect(issues).toEqual([]);
  });

  const schedules = [
    [[{ id: "nightly" }], "automatic"],
    [["nightly", "weekly"], "automatic"],
    [[], "unknown"],
    [null, "unknown"],
    [undefined, "unknown"],
  ] as const;
  it.each(schedules)("schedules %j → trigger %s, kind unknown", (given, want) => {
    const { backup, issues } = northflank({ status: "completed", schedules: given });
    expect([backup.trigger, backup.kind]).toEqual([want, "unknown"]);
    expect(issues).toEqual([]);
  });

  it("warns about schedules that are not an array", () => {
    const { backup, issues } = northflank({ status: "completed", schedules: "nightly" });
    expect(backup.trigger).toBe("unknown");
    expect(messages(issues)).toEqual(["$.data[0].schedules: expected an array, got a string"]);
  });

  it("shows exactly these rows in its mapping", () => {
    expect(northflankMapping.statuses).toEqual(
      Object.fromEntries(statuses.map(([given, want]) => [given, want])),
    );
    expect(northflankMapping.triggers).toEqual({});
    expect(northflankMapping.kinds).toEqual({});
  });
});
