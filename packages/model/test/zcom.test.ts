import { readFileSync } from "node:fs";
import { parseZcomJson } from "@backupkit/zcom";
import { describe, expect, it } from "vitest";
import { BodyError, fromZcom, mappings, toBackups, zcomMapping } from "../src/index.js";

// The list sample as published, trailing commas and all, read the way the client reads it.
const seedText = readFileSync(
  new URL("../../../fixtures/zcom/list-backups.seed.json", import.meta.url),
  "utf8",
);
type RawBackup = { id: string; instance_id: string; backupruns: Record<string, unknown>[] };
const seed = parseZcomJson(seedText) as { backup: RawBackup[] };
const runAt = (b: number, r: number) => seed.backup[b]?.backupruns[r];

// The detail page's sample (fixtures/zcom/published/): the one backup in an array,
// "" for status and time, type "server", the volume id on the backup, and the same
// backuprun_id twice.
const detail = JSON.parse(
  readFileSync(
    new URL(
      "../../../fixtures/zcom/published/cloud.z.com.backup-get_backup_list_detailed.json",
      import.meta.url,
    ),
    "utf8",
  ),
);

/** One backup with one run, for patching a single field. */
function oneRun(run: Record<string, unknown>, backup: Record<string, unknown> = {}) {
  return {
    backup: [
      {
        instance_id: "vm-1",
        id: "backup-1",
        backupruns: [
          {
            status: "available",
            created_at: "2015-02-28T12:56:29Z",
            backuprun_id: "run-1",
            type: "instance",
            ...run,
          },
        ],
        ...backup,
      },
    ],
  };
}

const issueLines = (issues: { severity: string; path: string; message: string }[]) =>
  issues.map((i) => `${i.severity} ${i.path} ${i.message}`);

describe("fromZcom", () => {
  it("converts the seed sample to one record per backup run", () => {
    const { backups, issues } = fromZcom(seed);
    expect(issues).toEqual([]);
    expect(
      backups.map((b) => [b.id, b.status, b.resource.type, b.resource.id, b.parentId, b.createdAt]),
    ).toEqual([
      [
        "58ad1951017444acacc13cee1067f1d0",
        "available",
        "instance",
        "5da9552d-93fa-4b86-8fe5-2968556017f7",
        "9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17",
        "2015-02-28T12:56:29.000Z",
      ],
      [
        "9ba40be79b474328a42046d47171ca1d",
        "available",
        "volume",
        "5026a03f-01e3-4188-899b-8738538f47db",
        "1df1d401-0e64-4f43-8a96-475b4eb55029",
        "2015-02-24T06:11:04.000Z",
      ],
      [
        "4f9a0f1047ef4a5d9758fa176e8a6ba1",
        "available",
        "instance",
        "a647cd83-ad21-48aa-85e6-4e3ab52d337f",
        "1df1d401-0e64-4f43-8a96-475b4eb55029",
        "2015-02-25T09:22:10.000Z",
      ],
      [
        "eccb48b720ed469f87f42492b98f39f7",
        "available",
        "instance",
        "a647cd83-ad21-48aa-85e6-4e3ab52d337f",
        "1df1d401-0e64-4f43-8a96-475b4eb55029",
        "2015-02-25T09:28:15.000Z",
      ],
      [
        "9a61530e82434128a6039974a1c8397e",
        "available",
        "instance",
        "9ed73499-255b-498b-b2b8-4790d2556c4d",
        "eaf25feb-8255-4cda-912c-ffea8df34e0e",
        "2015-02-12T09:59:15.000Z",
      ],
      [
        "136918faac024d879acda658d47c290f",
        "restoring",
        "volume",
        "312d5592-445b-4d67-965c-4d2a0e2e02cb",
        "eaf25feb-8255-4cda-912c-ffea8df34e0e",
        "2015-02-12T09:59:33.000Z",
      ],
    ]);
  });

  it("fills every field of an instance run", () => {
    const { backups } = fromZcom(seed);
    expect(backups[0]).toEqual({
      provider: "zcom",
      id: "58ad1951017444acacc13cee1067f1d0",
      name: null,
      status: "available",
      providerStatus: "available",
      restorable: true,
      trigger: "automatic",
      kind: "unknown",
      resource: {
        type: "instance",
        id: "5da9552d-93fa-4b86-8fe5-2968556017f7",
        name: null,
        ref: "5da9552d-93fa-4b86-8fe5-2968556017f7",
      },
      parentId: "9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17",
      createdAt: "2015-02-28T12:56:29.000Z",
      completedAt: null,
      updatedAt: null,
      expiresAt: null,
      sizeBytes: null,
      resourceSizeBytes: null,
      raw: runAt(0, 0),
      ref: "9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17/58ad1951017444acacc13cee1067f1d0",
    });
    expect(backups[0]?.raw).toBe(runAt(0, 0));
  });

  it("fills every field of a volume run, with the volume as the resource", () => {
    const { backups } = fromZcom(seed);
    expect(backups[1]).toEqual({
      provider: "zcom",
      id: "9ba40be79b474328a42046d47171ca1d",
      name: null,
      status: "available",
      providerStatus: "available",
      restorable: true,
      trigger: "automatic",
      kind: "unknown",
      resource: {
        type: "volume",
        id: "5026a03f-01e3-4188-899b-8738538f47db",
        name: null,
        ref: null,
      },
      parentId: "1df1d401-0e64-4f43-8a96-475b4eb55029",
      createdAt: "2015-02-24T06:11:04.000Z",
      completedAt: null,
      updatedAt: null,
      expiresAt: null,
      sizeBytes: null,
      resourceSizeBytes: null,
      raw: runAt(1, 0),
      ref: "1df1d401-0e64-4f43-8a96-475b4eb55029/9ba40be79b474328a42046d47171ca1d",
    });
  });

  it("fills every field of the restoring volume run", () => {
    const { backups } = fromZcom(seed);
    expect(backups[5]).toEqual({
      provider: "zcom",
      id: "136918faac024d879acda658d47c290f",
      name: null,
      status: "restoring",
      providerStatus: "restoring",
      restorable: null,
      trigger: "automatic",
      kind: "unknown",
      resource: {
        type: "volume",
        id: "312d5592-445b-4d67-965c-4d2a0e2e02cb",
        name: null,
        ref: null,
      },
      parentId: "eaf25feb-8255-4cda-912c-ffea8df34e0e",
      createdAt: "2015-02-12T09:59:33.000Z",
      completedAt: null,
      updatedAt: null,
      expiresAt: null,
      sizeBytes: null,
      resourceSizeBytes: null,
      raw: runAt(2, 1),
      ref: "eaf25feb-8255-4cda-912c-ffea8df34e0e/136918faac024d879acda658d47c290f",
    });
  });

  it("is what toBackups dispatches to, and its mapping is listed", () => {
    expect(toBackups("zcom", seed)).toEqual(fromZcom(seed));
    expect(mappings).toContain(zcomMapping);
  });

  it("reads the detail sample: server is the instance, '' is no status and no time", () => {
    const { backups, issues } = fromZcom(detail);
    expect(backups).toHaveLength(2);
    expect(backups[0]).toMatchObject({
      id: "backuprunid123456789",
      status: "unknown",
      providerStatus: null,
      createdAt: null,
      parentId: "id0987654321",
      resource: { type: "instance", id: "backupnoid1234567890", name: null },
    });
    // The volume run has no volume_id of its own: the backup's volume_id names it.
    expect(backups[1]?.resource).toEqual({
      type: "volume",
      id: "volumeid0987654321",
      name: null,
      ref: null,
    });
    // The sample's placeholder ids repeat: both records are kept, and flagged.
    expect(issueLines(issues)).toEqual([
      'warning $.backup[0].backupruns backuprun_id "backuprunid123456789" appears 2 times',
    ]);
  });

  it("flags a run id repeated within one backup once, with its count", () => {
    const run = { backuprun_id: "r", status: "available", type: "instance" };
    const { backups, issues } = fromZcom({
      backup: [
        { id: "a", instance_id: "vm", backupruns: [run, { ...run, backuprun_id: "s" }] },
        { id: "b", instance_id: "vm", backupruns: [run, run, run] },
      ],
    });
    expect(backups).toHaveLength(5);
    expect(issueLines(issues)).toEqual([
      'warning $.backup[1].backupruns backuprun_id "r" appears 3 times',
    ]);
  });

  it("accepts the detail body with the backup as a single object", () => {
    const single = { backup: detail.backup[0] };
    const { backups, issues } = fromZcom(single);
    expect(backups).toEqual(fromZcom(detail).backups);
    expect(issues.map((i) => i.path)).toEqual(["$.backup.backupruns"]);
  });

  it.each([
    ["an empty backupruns", { backupruns: [] }],
    ["a null backupruns", { backupruns: null }],
    ["no backupruns", { backupruns: undefined }],
  ])("reports a backup with %s: no record, one warning naming it", (_name, patch) => {
    const { backups, issues } = fromZcom(oneRun({}, patch));
    expect(backups).toEqual([]);
    expect(issues).toEqual([
      {
        provider: "zcom",
        severity: "warning",
        path: "$.backup[0].backupruns",
        backupId: "backup-1",
        message: "no backup runs, so this backup yields no record",
      },
    ]);
  });

  it("keeps a run with every optional field missing, with nulls and warnings", () => {
    const { backups, issues } = fromZcom({
      backup: [{ id: "b", instance_id: "vm", backupruns: [{ backuprun_id: "r" }] }],
    });
    expect(backups).toEqual([
      expect.objectContaining({
        id: "r",
        status: "unknown",
        providerStatus: null,
        createdAt: null,
        parentId: "b",
        resource: { type: "instance", id: "vm", name: null, ref: "vm" },
        ref: "b/r",
      }),
    ]);
    expect(issueLines(issues)).toEqual([
      "warning $.backup[0].backupruns[0].status missing",
      "warning $.backup[0].backupruns[0].type missing",
    ]);
  });

  it("keeps the runs of a backup that has no id or instance_id, and says what is unknown", () => {
    const { backups, issues } = fromZcom({
      backup: [{ backupruns: [{ backuprun_id: "r", status: "available", type: "instance" }] }],
    });
    expect(backups).toMatchObject([
      { id: "r", parentId: null, resource: { type: "instance", id: null } },
    ]);
    expect(issueLines(issues)).toEqual([
      "warning $.backup[0].id missing: the runs of this backup get no parentId",
      "warning $.backup[0].instance_id missing: the instance of this run is unknown",
    ]);
  });

  it("names the backup and the run of an issue in a list, by their places", () => {
    const run = (id: string, status = "available") => ({
      backuprun_id: id,
      status,
      type: "instance",
    });
    const { backups, issues } = fromZcom({
      backup: [
        { id: "b0", instance_id: "vm", backupruns: [run("r0")] },
        { id: "b1", backupruns: [run("r1"), run("r2", "odd")] },
      ],
    });
    expect(backups.map((b) => b.id)).toEqual(["r0", "r1", "r2"]);
    expect(issueLines(issues)).toEqual([
      "warning $.backup[1].instance_id missing: the instance of this run is unknown",
      'warning $.backup[1].backupruns[1].status unknown value "odd"',
      "warning $.backup[1].instance_id missing: the instance of this run is unknown",
    ]);
    expect(issues.map((i) => i.backupId)).toEqual(["r1", "r2", "r2"]);
  });

  it("warns about a volume run whose volume is not named anywhere", () => {
    const { backups, issues } = fromZcom(oneRun({ type: "volume" }));
    expect(backups[0]?.resource).toEqual({ type: "volume", id: null, name: null, ref: null });
    expect(issueLines(issues)).toEqual([
      "warning $.backup[0].backupruns[0].volume_id missing: the volume of this run is unknown",
    ]);
  });

  it.each([
    ["status", { status: "creating" }, { status: "unknown", providerStatus: "creating" }],
    ["status in upper case", { status: "AVAILABLE" }, { status: "unknown" }],
    ["type", { type: "snapshot" }, { resource: { type: "instance", id: "vm-1", name: null } }],
  ])(
    "reports an unknown %s (a status maps to unknown, a type to the instance)",
    (_name, patch, want) => {
      const { backups, issues } = fromZcom(oneRun(patch));
      expect(backups[0]).toMatchObject(want);
      expect(issues).toEqual([
        expect.objectContaining({
          severity: "warning",
          backupId: "run-1",
          message: expect.stringContaining("unknown value"),
        }),
      ]);
    },
  );

  it.each([
    ["status", { status: null }, { status: "unknown", providerStatus: null }, ["status missing"]],
    ["created_at", { created_at: null }, { createdAt: null }, []],
    [
      "type",
      { type: null },
      { resource: { type: "instance", id: "vm-1", name: null } },
      ["type missing"],
    ],
    [
      "volume_id on a volume run",
      { type: "volume", volume_id: null },
      { resource: { type: "volume", id: null, name: null } },
      ["volume_id missing: the volume of this run is unknown"],
    ],
  ])("reads a null %s as absent", (_name, patch, want, messages) => {
    const { backups, issues } = fromZcom(oneRun(patch));
    expect(backups[0]).toMatchObject(want);
    expect(issueLines(issues)).toEqual(
      messages.map((m) => `warning $.backup[0].backupruns[0].${m}`),
    );
  });

  it.each([
    ["status as a number", { status: 1 }, { status: "unknown", providerStatus: "1" }],
    [
      "status as an object",
      { status: { name: "available" } },
      { status: "unknown", providerStatus: null },
    ],
    ["backuprun_id as a number", { backuprun_id: 42 }, { id: "42" }],
    ["created_at as a number", { created_at: 1425128189 }, { createdAt: null }],
    ["created_at not a date", { created_at: "2015-02-30T00:00:00Z" }, { createdAt: null }],
    [
      "created_at with an offset",
      { created_at: "2015-02-28T21:56:29+09:00" },
      { createdAt: "2015-02-28T12:56:29.000Z" },
    ],
    ["type as a number", { type: 1 }, { resource: { type: "instance", id: "vm-1", name: null } }],
    [
      "volume_id as a number",
      { type: "volume", volume_id: 7 },
      { resource: { type: "volume", id: "7", name: null } },
    ],
    [
      "volume_id as an array",
      { type: "volume", volume_id: ["v"] },
      { resource: { type: "volume", id: null, name: null } },
    ],
  ])("survives a wrong type in a run: %s", (_name, patch, want) => {
    const { backups } = fromZcom(oneRun(patch));
    expect(backups[0]).toMatchObject(want);
  });

  it.each([
    ["id as a number", { id: 9 }, { parentId: "9" }, []],
    ["id as an object", { id: { v: 1 } }, { parentId: null }, ["$.backup[0].id"]],
    [
      "instance_id as a number",
      { instance_id: 5 },
      { resource: { type: "instance", id: "5", name: null } },
      [],
    ],
    [
      "instance_id as a boolean",
      { instance_id: true },
      { resource: { type: "instance", id: null, name: null } },
      ["$.backup[0].instance_id", "$.backup[0].instance_id"],
    ],
  ])("survives a wrong type in a backup: %s", (_name, patch, want, paths) => {
    const { backups, issues } = fromZcom(oneRun({}, patch));
    expect(backups[0]).toMatchObject(want);
    expect(issues.map((i) => i.path)).toEqual(paths);
  });

  it("reports entries of the wrong shape as skipped, and keeps the rest", () => {
    const { backups, issues } = fromZcom({
      backup: [
        "oops",
        { id: "b", instance_id: "vm", backupruns: [7, { status: "available" }, runAt(0, 0)] },
        { id: "c", backupruns: { backuprun_id: "x" } },
        { id: "d", backupruns: "" },
      ],
    });
    expect(backups.map((b) => b.id)).toEqual(["58ad1951017444acacc13cee1067f1d0"]);
    expect(issues.map((i) => [i.severity, i.path])).toEqual([
      ["error", "$.backup[0]"],
      ["error", "$.backup[1].backupruns[0]"],
      ["error", "$.backup[1].backupruns[1].backuprun_id"],
      ["error", "$.backup[2].backupruns"],
      ["error", "$.backup[3].backupruns"],
    ]);
  });

  it.each([
    ["an empty list", { backup: [] }],
    ["a null list", { backup: null }],
  ])("returns nothing for %s", (_name, body) => {
    expect(fromZcom(body)).toEqual({ backups: [], issues: [] });
  });

  it("reports a backup field that is neither a list nor an object", () => {
    const { backups, issues } = fromZcom({ backup: "none" });
    expect(backups).toEqual([]);
    expect(issueLines(issues)).toEqual([
      "error $.backup expected an array of backups, got a string",
    ]);
  });

  it.each([
    [
      "an itemNotFound fault",
      { itemNotFound: { message: "The resource could not be found.", code: 404 } },
      "zcom: the input is a Z.com error response: itemNotFound, 404: The resource could not be found.",
    ],
    [
      "an unauthorized fault",
      { unauthorized: { message: "Authentication required", code: 401 } },
      "zcom: the input is a Z.com error response: unauthorized, 401: Authentication required",
    ],
    [
      "a badRequest fault without a message",
      { badRequest: { code: 400 } },
      "zcom: the input is a Z.com error response: badRequest, 400: (no message)",
    ],
    [
      "a fault with a multi-line message",
      { computeFault: { message: "The server erred.\n  Try again later.", code: 500 } },
      "zcom: the input is a Z.com error response: computeFault, 500: The server erred. Try again later.",
    ],
    [
      "an array",
      seed.backup,
      "zcom: not a Z.com backup body: expected {backup: [...]} with Z.com's fields (instance_id, backupruns), got an array",
    ],
    [
      "null",
      null,
      "zcom: not a Z.com backup body: expected {backup: [...]} with Z.com's fields (instance_id, backupruns), got null",
    ],
    [
      "a string",
      "backup",
      "zcom: not a Z.com backup body: expected {backup: [...]} with Z.com's fields (instance_id, backupruns), got a string",
    ],
    [
      "another provider's body",
      { automatic: [], snapshot: { current: null } },
      "zcom: not a Z.com backup body: expected {backup: [...]} with Z.com's fields (instance_id, backupruns), got an object",
    ],
    [
      "Huawei's ShowBackup, a {backup} with no Z.com field",
      { backup: { id: "6df2b54c", status: "available", vault_id: "v", children: [] } },
      "zcom: not a Z.com backup body: expected {backup: [...]} with Z.com's fields (instance_id, backupruns), got an object",
    ],
  ])("rejects %s with a one-line BodyError", (_name, body, message) => {
    expect(() => fromZcom(body)).toThrow(BodyError);
    expect(() => fromZcom(body)).toThrow(message);
  });

  it("does not take a backup body for a fault, even when the backup has a message", () => {
    const { backups } = fromZcom({
      backup: { id: "b", instance_id: "vm", message: "hi", backupruns: [runAt(0, 0)] },
    });
    expect(backups).toHaveLength(1);
  });
});
