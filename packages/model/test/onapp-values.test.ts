/**
 * Values of fromOnapp the seed-based tests leave open: which fields tell
 * OnApp's `{backup}` from Huawei's, and the exact warning, with its path, for
 * each field of the wrong type.
 */
import { describe, expect, it } from "vitest";
import { type ConversionIssue, fromOnapp, KIB } from "../src/index.js";

const lines = (issues: ConversionIssue[]) =>
  issues.map((i) => `${i.severity} ${i.path} [${i.backupId}] ${i.message}`);

describe("fromOnapp's own fields", () => {
  it.each([
    ["built", true],
    ["backup_size", 10],
    ["backup_type", "normal"],
    ["initiated", "manual"],
    ["target_id", 5],
    ["target_type", "VirtualMachine"],
  ])("takes {backup} with %s alone for OnApp's", (key, value) => {
    const { backups } = fromOnapp({ backup: { id: 1, [key]: value } });
    expect(backups.map((b) => [b.provider, b.id])).toEqual([["onapp", "1"]]);
  });

  it("does not take {backup} without any of them", () => {
    expect(() => fromOnapp({ backup: { id: 1, status: "available" } })).toThrow(
      /not an OnApp backups body/,
    );
  });
});

describe("fromOnapp's warnings", () => {
  const base = { id: 9, built: true, backup_type: "normal", initiated: "manual" };

  it.each([
    ["locked", { locked: "no" }, { restorable: true }, 'expected a boolean, got "no"'],
    ["note", { note: {} }, { name: null }, "expected a string, got {}"],
    ["target_type", { target_type: 1.5 }, { resource: { type: "1.5" } }, null],
    ["target_type", { target_type: [] }, { resource: { type: null } }, "expected a string, got []"],
    [
      "target_id",
      { target_id: true },
      { resource: { id: null } },
      "expected an id (string or number), got true",
    ],
    ["created_at", { created_at: "x" }, { createdAt: null }, 'not a valid timestamp: "x"'],
    ["built_at", { built_at: 5 }, { completedAt: null }, "expected a timestamp string, got 5"],
    [
      "updated_at",
      { updated_at: "2015-02-30T00:00:00Z" },
      { updatedAt: null },
      'not a valid timestamp: "2015-02-30T00:00:00Z"',
    ],
    [
      "marked_for_delete",
      { marked_for_delete: 1 },
      { status: "available" },
      "expected a boolean, got 1",
    ],
    ["backup_size", { backup_size: "lots" }, { sizeBytes: null }, 'expected a number, got "lots"'],
    ["backup_size", { backup_size: 0.5 }, { sizeBytes: 512 }, null],
    [
      "backup_size",
      { backup_size: 0.0001 },
      { sizeBytes: null },
      "expected a size in kB, got 0.0001",
    ],
    ["backup_size", { backup_size: "3" }, { sizeBytes: 3 * KIB }, null],
  ] as const)("%s %j", (field, patch, want, warning) => {
    const { backups, issues } = fromOnapp({ backup: { ...base, ...patch } });
    expect(backups[0]).toMatchObject(want);
    expect(lines(issues)).toEqual(
      warning === null ? [] : [`warning $.backup.${field} [9] ${warning}`],
    );
  });

  it('reads an empty note as no name, and "" for other strings as given', () => {
    const { backups } = fromOnapp({ backup: { ...base, note: "", target_type: "" } });
    expect(backups[0]).toMatchObject({ name: null, resource: { type: "" } });
  });
});
