/**
 * Values of fromLinode that the seed-based tests leave open: the resource the
 * caller names, what an empty disk list means, the exact warnings and their
 * paths, and the error texts of Linode's error body.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BodyError, type ConversionIssue, fromLinode, MIB } from "../src/index.js";

const seed = JSON.parse(
  readFileSync(new URL("../../../fixtures/linode/backup-view.seed.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

const lines = (issues: ConversionIssue[]) =>
  issues.map((i) => `${i.severity} ${i.path} [${i.backupId}] ${i.message}`);

describe("fromLinode's resource", () => {
  it("has no id and no name when the caller does not say which Linode", () => {
    const { backups } = fromLinode(seed);
    expect(backups[0]?.resource).toEqual({ type: "linode", id: null, name: null, ref: null });
  });

  it.each([
    [123, "123"],
    ["456", "456"],
    [0, "0"],
  ])("takes the Linode id %j from the caller as %j", (linodeId, want) => {
    const { backups } = fromLinode(seed, { linodeId, linodeLabel: "web-1" });
    expect(backups[0]?.resource).toEqual({ type: "linode", id: want, name: "web-1", ref: want });
  });

  it("gives every record of a list body the caller's Linode", () => {
    const { backups } = fromLinode(
      { automatic: [seed], snapshot: { current: { ...seed, id: 2 }, in_progress: null } },
      { linodeId: 9 },
    );
    expect(backups.map((b) => [b.id, b.resource.id])).toEqual([
      ["1234", "9"],
      ["2", "9"],
    ]);
  });
});

describe("fromLinode's restorable", () => {
  it.each([
    [{ available: true, status: "failed" }, true],
    [{ available: false, status: "successful" }, false],
    [{ status: "successful" }, true],
    [{ status: "failed" }, false],
    [{ status: "userAborted" }, false],
    [{ status: "running" }, null],
  ])("reads %j as %j: Linode's own flag, else the status", (fields, want) => {
    const { backups } = fromLinode({ id: 1, type: "auto", ...fields });
    expect(backups[0]?.restorable).toBe(want);
  });
});

describe("fromLinode's disk total", () => {
  it.each([
    ["an empty list", [], null],
    ["one disk of 0 MB", [{ size: 0 }], 0],
    ["one disk", [{ size: 1 }], MIB],
    ["three disks", [{ size: 1 }, { size: 2 }, { size: 3 }], 6 * MIB],
  ])("reads %s as %j bytes, without issues", (_name, disks, want) => {
    const { backups, issues } = fromLinode({ ...seed, disks });
    expect(backups[0]?.resourceSizeBytes).toBe(want);
    expect(issues).toEqual([]);
  });

  it("names the disk whose size it cannot read, and gives the total up", () => {
    const { backups, issues } = fromLinode({
      ...seed,
      disks: [{ size: 1 }, { size: 0.1 }, { size: 2 }],
    });
    expect(backups[0]?.resourceSizeBytes).toBeNull();
    expect(lines(issues)).toEqual([
      "warning $.disks[1].size [1234] expected a size in MB, got 0.1; total size unknown",
    ]);
  });

  it("names a disk that is not an object, or has no size", () => {
    const notObject = fromLinode({ ...seed, disks: ["ext4"] });
    expect(lines(notObject.issues)).toEqual([
      "warning $.disks[0].size [1234] expected a size in MB, got undefined; total size unknown",
    ]);
    const noSize = fromLinode({ ...seed, disks: [{ size: 1 }, { label: "swap" }] });
    expect(noSize.backups[0]?.resourceSizeBytes).toBeNull();
    expect(lines(noSize.issues)).toEqual([
      "warning $.disks[1].size [1234] expected a size in MB, got undefined; total size unknown",
    ]);
  });

  it("warns once when the sum passes 2^53 bytes", () => {
    const { issues } = fromLinode({ ...seed, disks: [{ size: 2 ** 32 }, { size: 2 ** 32 }] });
    expect(lines(issues)).toEqual([
      "warning $.disks [1234] the disks' sizes add up to more bytes than can be counted; total size unknown",
    ]);
  });

  it("warns about disks that are not an array", () => {
    const { issues } = fromLinode({ ...seed, disks: { size: 1 } });
    expect(lines(issues)).toEqual(["warning $.disks [1234] expected an array, got an object"]);
  });
});

describe("fromLinode's warnings", () => {
  it("names each timestamp field and the label, with the backup's id", () => {
    const { backups, issues } = fromLinode({
      ...seed,
      created: "2018-01-15 25:00:00",
      finished: 1516000000,
      updated: "soon",
      label: ["a"],
    });
    expect(backups[0]).toMatchObject({
      name: null,
      createdAt: null,
      completedAt: null,
      updatedAt: null,
    });
    expect(lines(issues)).toEqual([
      'warning $.label [1234] expected a string, got ["a"]',
      'warning $.created [1234] not a valid timestamp: "2018-01-15 25:00:00"',
      "warning $.finished [1234] expected a timestamp string, got 1516000000",
      'warning $.updated [1234] not a valid timestamp: "soon"',
    ]);
  });

  it("reads null disks as no size, without a warning", () => {
    const { backups, issues } = fromLinode({ ...seed, disks: null });
    expect(backups[0]?.resourceSizeBytes).toBeNull();
    expect(issues).toEqual([]);
  });

  it("names the list entry a warning belongs to", () => {
    const { issues } = fromLinode({
      automatic: [seed, { ...seed, id: 5, finished: "later" }],
      snapshot: { current: null, in_progress: { ...seed, id: 6, created: "now" } },
    });
    expect(lines(issues)).toEqual([
      'warning $.automatic[1].finished [5] not a valid timestamp: "later"',
      'warning $.snapshot.in_progress.created [6] not a valid timestamp: "now"',
    ]);
  });

  it("reports snapshot slots and a snapshot of the wrong type", () => {
    expect(lines(fromLinode({ snapshot: { current: 1, in_progress: [] } }).issues)).toEqual([
      "error $.snapshot.current [null] expected a backup object or null, got a number",
      "error $.snapshot.in_progress [null] expected a backup object or null, got an array",
    ]);
    expect(lines(fromLinode({ automatic: [], snapshot: "none" }).issues)).toEqual([
      "error $.snapshot [null] expected an object, got a string",
    ]);
  });
});

describe("fromLinode's error texts", () => {
  const message = (body: unknown) => {
    try {
      fromLinode(body);
    } catch (error) {
      expect(error).toBeInstanceOf(BodyError);
      return (error as BodyError).message;
    }
    throw new Error("fromLinode did not throw");
  };

  it.each([
    [
      "one reason",
      { errors: [{ reason: "Not found" }] },
      "linode: the input is a Linode error response: Not found",
    ],
    [
      "several reasons, in order",
      { errors: [{ field: "label", reason: "Too long" }, { reason: "Forbidden" }] },
      "linode: the input is a Linode error response: Too long; Forbidden",
    ],
    [
      "an error without a reason",
      { errors: [{ field: "label" }] },
      'linode: the input is a Linode error response: {"field":"label"}',
    ],
    [
      "a reason that is not a string",
      { errors: [{ reason: 404 }, "gone"] },
      'linode: the input is a Linode error response: {"reason":404}; "gone"',
    ],
    [
      "an empty errors list",
      { errors: [] },
      "linode: the input is a Linode error response: (no reason given)",
    ],
  ])("%s", (_name, body, want) => {
    expect(message(body)).toBe(want);
  });

  it.each([
    ["an array", [], "linode: expected a Backup or a backup list object, got an array"],
    ["null", null, "linode: expected a Backup or a backup list object, got null"],
    [
      "an object with no Linode field",
      { foo: 1 },
      "linode: not a Linode backup body: expected a Backup (id, status, …) or a list ({automatic, snapshot})",
    ],
  ])("names the body that is not Linode's: %s", (_name, body, want) => {
    expect(message(body)).toBe(want);
  });

  it("takes a body with only snapshot, or only automatic, for a list", () => {
    expect(fromLinode({ snapshot: { current: seed } }).backups.map((b) => b.id)).toEqual(["1234"]);
    expect(fromLinode({ automatic: [seed] }).backups.map((b) => b.id)).toEqual(["1234"]);
  });
});
