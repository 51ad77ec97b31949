/**
 * Values of fromHuaweiCbr the seed-based tests leave open: the exact warning,
 * and its path, for each field of the wrong type, and the parent of a child
 * whose parent_id disagrees.
 */
import { describe, expect, it } from "vitest";
import { BodyError, type ConversionIssue, fromHuaweiCbr, GIB } from "../src/index.js";

const lines = (issues: ConversionIssue[]) =>
  issues.map((i) => `${i.severity} ${i.path} [${i.backupId}] ${i.message}`);

const base = { id: "b1", status: "available", resource_id: "vm1" };

describe("fromHuaweiCbr's warnings", () => {
  it.each([
    ["name", { name: 1.5 }, { name: "1.5" }, []],
    ["name", { name: [] }, { name: null }, ["$.backup.name [b1] expected a string, got []"]],
    [
      "resource_type",
      { resource_type: {} },
      { resource: { type: null } },
      ["$.backup.resource_type [b1] expected a string, got {}"],
    ],
    [
      "resource_id",
      { resource_id: false },
      { resource: { id: null } },
      ["$.backup.resource_id [b1] expected an id (string or number), got false"],
    ],
    [
      "project_id",
      { project_id: {}, vault_id: "v1" },
      { resource: { id: "vm1", ref: null } },
      ["$.backup.project_id [b1] expected an id (string or number), got {}"],
    ],
    [
      "vault_id",
      { project_id: "p1", vault_id: [] },
      { resource: { id: "vm1", ref: null } },
      ["$.backup.vault_id [b1] expected an id (string or number), got []"],
    ],
    [
      "resource_name",
      { resource_name: true },
      { resource: { name: null } },
      ["$.backup.resource_name [b1] expected a string, got true"],
    ],
    [
      "parent_id",
      { parent_id: {} },
      { parentId: null },
      ["$.backup.parent_id [b1] expected an id (string or number), got {}"],
    ],
    [
      "created_at",
      { created_at: "x" },
      { createdAt: null },
      ['$.backup.created_at [b1] not a valid timestamp: "x"'],
    ],
    [
      "protected_at",
      { protected_at: 1 },
      { completedAt: null },
      ["$.backup.protected_at [b1] expected a timestamp string, got 1"],
    ],
    [
      "updated_at",
      { updated_at: "2019-13-01T00:00:00" },
      { updatedAt: null },
      ['$.backup.updated_at [b1] not a valid timestamp: "2019-13-01T00:00:00"'],
    ],
    [
      "expired_at",
      { expired_at: true },
      { expiresAt: null },
      ["$.backup.expired_at [b1] expected a timestamp string, got true"],
    ],
    [
      "resource_size",
      { resource_size: "big" },
      { resourceSizeBytes: null },
      ['$.backup.resource_size [b1] expected a number, got "big"'],
    ],
    [
      "resource_size",
      { resource_size: -2 },
      { resourceSizeBytes: null },
      ["$.backup.resource_size [b1] expected a size in GB, got -2"],
    ],
    ["resource_size", { resource_size: "40" }, { resourceSizeBytes: 40 * GIB }, []],
    [
      "extend_info",
      { extend_info: "x" },
      { trigger: "unknown" },
      ["$.backup.extend_info [b1] expected an object, got a string"],
    ],
  ] as const)("%s %j", (_field, patch, want, warnings) => {
    const { backups, issues } = fromHuaweiCbr({ backup: { ...base, ...patch } });
    expect(backups[0]).toMatchObject(want);
    expect(lines(issues)).toEqual(warnings.map((w) => `warning ${w}`));
  });

  it("names the fields of extend_info in full", () => {
    const { backups, issues } = fromHuaweiCbr({
      backup: {
        ...base,
        extend_info: { supported_restore_mode: true, auto_trigger: "yes", incremental: 0 },
      },
    });
    expect(backups[0]).toMatchObject({ restorable: true, trigger: "unknown", kind: "unknown" });
    expect(lines(issues)).toEqual([
      "warning $.backup.extend_info.supported_restore_mode [b1] expected a string, got true",
      'warning $.backup.extend_info.auto_trigger [b1] expected a boolean, got "yes"',
      "warning $.backup.extend_info.incremental [b1] expected a boolean, got 0",
    ]);
  });
});

describe("fromHuaweiCbr's children", () => {
  it("takes the enclosing backup as a child's parent, and warns when parent_id disagrees", () => {
    const { backups, issues } = fromHuaweiCbr({
      backup: {
        ...base,
        children: [
          { id: "c1", status: "available", parent_id: "b1" },
          { id: "c2", status: "available", parent_id: "other" },
          { id: "c3", status: "available" },
        ],
      },
    });
    expect(backups.map((b) => [b.id, b.parentId])).toEqual([
      ["b1", null],
      ["c1", "b1"],
      ["c2", "b1"],
      ["c3", "b1"],
    ]);
    expect(lines(issues)).toEqual([
      'warning $.backup.children[1].parent_id [c2] says "other" but the backup is a child of "b1"; using the enclosing backup',
    ]);
  });

  it("keeps parent_id of a backup that is not a child", () => {
    const { backups, issues } = fromHuaweiCbr({ backups: [{ ...base, parent_id: "p9" }] });
    expect(backups[0]?.parentId).toBe("p9");
    expect(issues).toEqual([]);
  });

  it("reports children that are not a list", () => {
    const { backups, issues } = fromHuaweiCbr({ backup: { ...base, children: "c1" } });
    expect(backups).toHaveLength(1);
    expect(lines(issues)).toEqual([
      "error $.backup.children [null] expected an array of backups, got a string",
    ]);
  });
});

describe("fromHuaweiCbr's error texts", () => {
  it.each([
    [{ error_msg: "Denied" }, "Denied"],
    [{ error_code: "", error_msg: "Denied" }, "Denied"],
    [{ error_code: "CBR.0001", error_msg: "" }, "CBR.0001"],
    [
      { error: { code: "APIGW.0301", message: "Incorrect IAM authentication" } },
      "APIGW.0301: Incorrect IAM authentication",
    ],
  ])("reads %j", (body, said) => {
    const error = (() => {
      try {
        fromHuaweiCbr(body);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(BodyError);
    expect((error as BodyError).message).toBe(
      `huawei-cbr: the input is a Huawei error response: ${said}`,
    );
  });
});

describe("fromHuaweiCbr on a bare object", () => {
  it.each(["resource_id", "resource_type", "resource_size", "extend_info", "protected_at"])(
    "takes it for a backup when %s is its only CBR field",
    (key) => {
      const { backups } = fromHuaweiCbr({ id: "b1", status: "available", [key]: null });
      expect(backups.map((b) => [b.provider, b.id])).toEqual([["huawei-cbr", "b1"]]);
    },
  );
});
