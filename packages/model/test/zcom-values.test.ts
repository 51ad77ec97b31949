/**
 * Values of fromZcom the seed-based tests leave open: the OpenStack fault
 * texts, the exact warnings and their paths, and duplicate run ids.
 */
import { describe, expect, it } from "vitest";
import { BodyError, type ConversionIssue, fromZcom } from "../src/index.js";

const lines = (issues: ConversionIssue[]) =>
  issues.map((i) => `${i.severity} ${i.path} [${i.backupId}] ${i.message}`);

const run = (backuprun_id: string, extra: Record<string, unknown> = {}) => ({
  backuprun_id,
  status: "available",
  type: "instance",
  ...extra,
});
const backup = (extra: Record<string, unknown>) => ({
  backup: [{ id: "bk", instance_id: "vm1", volume_id: "vol1", ...extra }],
});

function message(body: unknown): string {
  try {
    fromZcom(body);
  } catch (error) {
    expect(error).toBeInstanceOf(BodyError);
    return (error as BodyError).message;
  }
  throw new Error("fromZcom did not throw");
}

const NOT_A_BODY =
  "zcom: not a Z.com backup body: expected {backup: [...]} with Z.com's fields (instance_id, backupruns), got an object";

describe("fromZcom's error texts", () => {
  it.each([
    [
      { itemNotFound: { code: 404, message: "Backup\n  not found " } },
      "itemNotFound, 404: Backup not found",
    ],
    [{ badRequest: { message: "bad" } }, "badRequest: bad"],
    [{ computeFault: { code: 500 } }, "computeFault, 500: (no message)"],
    [{ conflict: { code: "409", message: "busy" } }, "conflict: busy"],
  ])("reads the fault %j", (body, text) => {
    expect(message(body)).toBe(`zcom: the input is a Z.com error response: ${text}`);
  });

  it.each([
    ["two keys", { a: { code: 1 }, b: { code: 2 } }],
    ["a detail that is not an object", { itemNotFound: "gone" }],
    ["a detail with neither code nor message", { itemNotFound: { reason: "gone" } }],
    ["no keys", {}],
  ])("does not take %s for a fault", (_name, body) => {
    expect(message(body)).toBe(NOT_A_BODY);
  });

  it("does not take a backup object with a code for a fault", () => {
    expect(message({ backup: { code: 1 } })).toBe(NOT_A_BODY);
  });
});

describe("fromZcom's warnings", () => {
  it("warns once that a backup without an id gives its runs no parent", () => {
    for (const id of [undefined, null, ""]) {
      const { backups, issues } = fromZcom(backup({ id, backupruns: [run("r1")] }));
      expect(backups[0]?.parentId).toBeNull();
      expect(lines(issues)).toEqual([
        "warning $.backup[0].id [null] missing: the runs of this backup get no parentId",
      ]);
    }
  });

  it("warns about an id of the wrong type, but not that it is missing", () => {
    const { issues } = fromZcom(backup({ id: true, backupruns: [run("r1")] }));
    expect(lines(issues)).toEqual([
      "warning $.backup[0].id [null] expected an id (string or number), got true",
    ]);
  });

  it("names the backup's and the run's fields of the wrong type", () => {
    const { backups, issues } = fromZcom(
      backup({
        instance_id: 1.5,
        volume_id: [],
        backupruns: [
          run("r1", { created_at: "noon" }),
          run("r2", { type: "volume", volume_id: {} }),
        ],
      }),
    );
    expect(backups.map((b) => [b.id, b.resource.id])).toEqual([
      ["r1", "1.5"],
      ["r2", null],
    ]);
    expect(lines(issues)).toEqual([
      "warning $.backup[0].volume_id [bk] expected an id (string or number), got []",
      'warning $.backup[0].backupruns[0].created_at [r1] not a valid timestamp: "noon"',
      "warning $.backup[0].backupruns[1].volume_id [r2] expected an id (string or number), got {}",
      "warning $.backup[0].backupruns[1].volume_id [r2] missing: the volume of this run is unknown",
    ]);
  });

  it("names a run without a backuprun_id", () => {
    const { issues } = fromZcom(backup({ backupruns: [{ status: "available" }] }));
    expect(lines(issues)).toEqual([
      "error $.backup[0].backupruns[0].backuprun_id [null] a backup run needs a backuprun_id, got undefined",
    ]);
  });

  it("names runs that are not a list, and a run that is not an object", () => {
    expect(lines(fromZcom(backup({ backupruns: "r1" })).issues)).toEqual([
      "error $.backup[0].backupruns [null] expected an array of backups, got a string",
    ]);
    const { backups, issues } = fromZcom(backup({ backupruns: [7, run("r2")] }));
    expect(backups.map((b) => b.id)).toEqual(["r2"]);
    expect(lines(issues)).toEqual([
      "error $.backup[0].backupruns[0] [null] expected a backup object, got a number",
    ]);
  });

  it("names the run again after a warning about its backup's instance", () => {
    const { issues } = fromZcom(
      backup({ instance_id: null, backupruns: [run("r1", { created_at: "noon" })] }),
    );
    expect(lines(issues)).toEqual([
      "warning $.backup[0].instance_id [r1] missing: the instance of this run is unknown",
      'warning $.backup[0].backupruns[0].created_at [r1] not a valid timestamp: "noon"',
    ]);
  });
});

describe("fromZcom's duplicate run ids", () => {
  const duplicates = (ids: string[]) =>
    lines(fromZcom(backup({ backupruns: ids.map((id) => run(id)) })).issues);

  it("flags an id once, with how many times it appears", () => {
    expect(duplicates(["a", "a", "a", "a"])).toEqual([
      'warning $.backup[0].backupruns [a] backuprun_id "a" appears 4 times',
    ]);
  });

  it("flags each repeated id once, in the order they first appear", () => {
    expect(duplicates(["a", "b", "b", "c", "a"])).toEqual([
      'warning $.backup[0].backupruns [a] backuprun_id "a" appears 2 times',
      'warning $.backup[0].backupruns [b] backuprun_id "b" appears 2 times',
    ]);
  });

  it("compares ids within one backup only", () => {
    const body = {
      backup: [
        { id: "b1", instance_id: "vm1", backupruns: [run("a")] },
        { id: "b2", instance_id: "vm1", backupruns: [run("a")] },
      ],
    };
    expect(fromZcom(body).issues).toEqual([]);
  });
});

describe("fromZcom on a {backup: {...}} body", () => {
  it.each([
    ["instance_id", { instance_id: "i1" }],
    ["backupruns", { backupruns: [] }],
  ])("takes it for Z.com's when %s is its only Z.com field", (_key, fields) => {
    expect(fromZcom({ backup: fields }).backups).toEqual([]);
  });

  it("refuses one without Z.com's fields: Huawei's ShowBackup has the same wrapper", () => {
    expect(() => fromZcom({ backup: { id: "b1", status: "available" } })).toThrow(BodyError);
  });
});
