import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BodyError, fromLinode, fromZcom, MIB, toBackups } from "../src/index.js";

const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/linode/${path}`, import.meta.url), "utf8"));
const seed = fixture("backup-view.seed.json") as Record<string, unknown>;

describe("fromLinode", () => {
  it("converts the seed sample to the values the docs imply", () => {
    const { backups, issues } = fromLinode(seed, { linodeId: 123 });
    expect(issues).toEqual([]);
    expect(backups).toEqual([
      {
        provider: "linode",
        id: "1234",
        name: "Webserver-Backup-2018",
        status: "available",
        providerStatus: "successful",
        restorable: true,
        trigger: "manual",
        kind: "unknown",
        resource: { type: "linode", id: "123", name: null, ref: "123" },
        parentId: null,
        createdAt: "2018-01-15T00:01:01.000Z",
        completedAt: "2018-01-15T00:01:01.000Z",
        updatedAt: "2018-01-15T00:01:01.000Z",
        expiresAt: null,
        sizeBytes: null,
        resourceSizeBytes: 9001 * MIB,
        raw: seed,
        ref: "123/1234",
      },
    ]);
    expect(backups[0]?.raw).toBe(seed);
  });

  it("keeps each conversion's issues to itself, one conversion after another", () => {
    const first = fromLinode({ id: 1, status: "odd" });
    const second = fromLinode({
      automatic: [{ id: 2, status: "successful", type: "auto", available: "yes" }],
    });
    const third = fromZcom({ backup: [{ id: "b", instance_id: "vm", backupruns: [] }] });
    expect(first.issues.map((i) => [i.provider, i.path])).toEqual([
      ["linode", "$.status"],
      ["linode", "$.type"],
    ]);
    expect(second.issues.map((i) => i.path)).toEqual(["$.automatic[0].available"]);
    expect(third.issues.map((i) => [i.provider, i.path, i.backupId])).toEqual([
      ["zcom", "$.backup[0].backupruns", "b"],
    ]);
  });

  it("is what toBackups dispatches to", () => {
    expect(toBackups("linode", seed)).toEqual(fromLinode(seed));
  });

  it.each([
    [
      "linode_api4-python",
      "published/linode_api4-python.linode_instances_123_backups.json",
      [
        ["12345", "automatic", true, 1024 * MIB],
        ["12456", "automatic", true, 1024 * MIB],
        ["12567", "automatic", false, 1024 * MIB],
      ],
    ],
    [
      "linodego",
      "published/linodego.instance_backups_get.json",
      [
        ["3", "unknown", true, null],
        ["4", "unknown", true, null],
        ["5", "unknown", false, null],
      ],
    ],
  ])(
    "converts the list body recorded by %s, undocumented region and absent fields included",
    (_sdk, path, want) => {
      const { backups, issues } = fromLinode(fixture(path));
      expect(backups.map((b) => [b.id, b.trigger, b.restorable, b.resourceSizeBytes])).toEqual(
        want,
      );
      expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    },
  );

  it("flattens a list body and skips null snapshot slots", () => {
    const auto = { ...seed, id: 1, type: "auto", label: null };
    const { backups, issues } = fromLinode({
      automatic: [auto],
      snapshot: { current: seed, in_progress: null },
    });
    expect(issues).toEqual([]);
    expect(backups.map((b) => [b.id, b.trigger, b.name])).toEqual([
      ["1", "automatic", null],
      ["1234", "manual", "Webserver-Backup-2018"],
    ]);
  });

  it("takes an in-progress snapshot too", () => {
    const running = { ...seed, id: 99, status: "running", finished: null };
    const { backups } = fromLinode({
      automatic: [],
      snapshot: { current: null, in_progress: running },
    });
    expect(backups).toMatchObject([{ id: "99", status: "running", completedAt: null }]);
  });

  it("converts a body shaped after Linode's OpenAPI document, with a snapshot in progress, without issues", () => {
    const body = fixture("official-model/openapi-4.189.0.get-backups.snapshot-in-progress.json");
    const { backups, issues } = fromLinode(body, { linodeId: 7 });
    expect(issues).toEqual([]);
    expect(backups.map((b) => [b.id, b.status, b.restorable, b.completedAt])).toEqual([
      ["50211", "available", true, "2026-12-04T03:31:02.000Z"],
      ["50298", "running", false, null],
    ]);
  });

  it("keeps a backup with every optional field missing, with nulls and warnings", () => {
    const { backups, issues } = fromLinode({ id: 7 });
    expect(backups).toMatchObject([
      {
        id: "7",
        name: null,
        status: "unknown",
        providerStatus: null,
        restorable: null,
        trigger: "unknown",
      },
    ]);
    expect(backups[0]).toMatchObject({ createdAt: null, resourceSizeBytes: null });
    expect(issues.map((i) => `${i.severity} ${i.path} ${i.message}`)).toEqual([
      "warning $.status missing",
      "warning $.type missing",
    ]);
  });

  it.each([
    ["status", { status: "frozen" }, { status: "unknown", providerStatus: "frozen" }, "$.status"],
    ["type", { type: "scheduled" }, { trigger: "unknown" }, "$.type"],
  ])("maps an unknown %s to unknown and reports it", (_name, patch, want, path) => {
    const { backups, issues } = fromLinode({ ...seed, ...patch });
    expect(backups[0]).toMatchObject(want);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        path,
        backupId: "1234",
        message: expect.stringContaining("unknown value"),
      }),
    ]);
  });

  it.each([
    ["status", { status: 1 }, { status: "unknown", providerStatus: "1" }],
    ["id as a string", { id: "1234" }, { id: "1234" }],
    ["available as a string", { available: "false" }, { restorable: false }],
    ["created as a number", { created: 1516000000 }, { createdAt: null }],
    ["created not a date", { created: "2018-13-45T00:00:00" }, { createdAt: null }],
    ["disks not an array", { disks: "9001" }, { resourceSizeBytes: null }],
    ["disk size as a string", { disks: [{ size: "9001" }] }, { resourceSizeBytes: null }],
    ["negative disk size", { disks: [{ size: -1 }] }, { resourceSizeBytes: null }],
    ["label as a number", { label: 42 }, { name: "42" }],
  ])("survives a wrong type: %s", (_name, patch, want) => {
    const { backups } = fromLinode({ ...seed, ...patch });
    expect(backups[0]).toMatchObject(want);
  });

  it("treats an object with any documented Backup field as a backup, and reports a missing id", () => {
    const { backups, issues } = fromLinode({ label: "orphan", disks: [] });
    expect(backups).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ severity: "error", path: "$.id", backupId: null }),
    ]);
  });

  it("gives the total size up when the disks add up past what a number counts exactly", () => {
    const { backups, issues } = fromLinode({
      ...seed,
      disks: [{ size: 2 ** 32 }, { size: 2 ** 32 }],
    });
    expect(backups[0]?.resourceSizeBytes).toBeNull();
    expect(issues.map((i) => i.path)).toEqual(["$.disks"]);
  });

  it("describes a value too deeply nested to print without failing", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const { backups, issues } = fromLinode({ ...seed, label: deep });
    expect(backups[0]?.name).toBeNull();
    expect(issues.map((i) => i.message)).toEqual(["expected a string, got (an array)"]);
  });

  it("sums several disks", () => {
    const { backups } = fromLinode({ ...seed, disks: [{ size: 1 }, { size: 2 }, { size: 3 }] });
    expect(backups[0]?.resourceSizeBytes).toBe(6 * MIB);
  });

  it("reports an entry that is not an object, and one without an id, as skipped", () => {
    const { backups, issues } = fromLinode({
      automatic: [seed, "oops", { status: "running" }],
      snapshot: null,
    });
    expect(backups).toHaveLength(1);
    expect(issues.map((i) => [i.severity, i.path])).toEqual([
      ["error", "$.automatic[1]"],
      ["error", "$.automatic[2].id"],
    ]);
  });

  it("reports list slots of the wrong shape", () => {
    const { backups, issues } = fromLinode({ automatic: {}, snapshot: { current: 5 } });
    expect(backups).toEqual([]);
    expect(issues.map((i) => i.path)).toEqual(["$.automatic", "$.snapshot.current"]);
  });

  it.each([
    ["an error body", { errors: [{ reason: "Not found" }] }, /Linode error response: Not found/],
    ["an array", [seed], /got an array/],
    ["null", null, /got null/],
    ["another provider's body", { backup: { id: "x" } }, /not a Linode backup body/],
  ])("rejects %s with a BodyError", (_name, body, message) => {
    expect(() => fromLinode(body)).toThrow(BodyError);
    expect(() => fromLinode(body)).toThrow(message);
  });
});
