import { readFileSync } from "node:fs";
import { parseOnappBackupsXml, parseOnappXml } from "@backupkit/onapp";
import { describe, expect, it } from "vitest";
import {
  type Backup,
  BodyError,
  fromOnapp,
  KIB,
  mappings,
  onappMapping,
  toBackups,
} from "../src/index.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/onapp/${name}`, import.meta.url), "utf8");
const seed = JSON.parse(fixture("backups.seed.json"));
const seedXml = fixture("backups.seed.xml");
const seedXmlAsJson = JSON.parse(fixture("backups.xml-seed.as-json.json"));

/** The JSON sample's backup with some fields replaced, as a one-entry list. */
const withFields = (patch: Record<string, unknown>) => [
  { backup: { ...seed[0].backup, ...patch } },
];
const first = (body: unknown): Backup | undefined => fromOnapp(body).backups[0];

describe("fromOnapp", () => {
  it("converts the JSON sample to the values the docs imply", () => {
    const { backups, issues } = fromOnapp(seed);
    expect(issues).toEqual([]);
    expect(backups).toEqual([
      {
        provider: "onapp",
        id: "6117",
        name: null,
        status: "available",
        providerStatus: "built",
        restorable: true,
        trigger: "manual",
        kind: "incremental",
        resource: { type: "VirtualMachine", id: "488", name: null, ref: "virtual_machine/488" },
        parentId: null,
        createdAt: "2015-08-13T01:59:20.000Z",
        completedAt: "2015-08-13T02:00:49.000Z",
        updatedAt: "2015-08-13T02:01:38.000Z",
        expiresAt: null,
        sizeBytes: 930584 * KIB,
        resourceSizeBytes: null,
        raw: seed[0].backup,
        ref: "6117",
      },
    ]);
    expect(backups[0]?.raw).toBe(seed[0].backup);
  });

  it("converts the XML sample, read by parseOnappBackupsXml, with +03:00 turned into UTC", () => {
    const { backups, issues } = fromOnapp(parseOnappBackupsXml(seedXml));
    expect(issues).toEqual([]);
    expect(backups).toEqual([
      {
        provider: "onapp",
        id: "1951",
        name: null,
        status: "available",
        providerStatus: "built",
        restorable: true,
        trigger: "automatic",
        kind: "full",
        resource: { type: "Disk", id: "11860", name: null, ref: "disk/11860" },
        parentId: null,
        createdAt: "2013-12-24T11:31:20.000Z",
        completedAt: "2013-12-24T11:34:06.000Z",
        updatedAt: "2013-12-24T11:34:06.000Z",
        expiresAt: null,
        sizeBytes: 310896 * KIB,
        resourceSizeBytes: null,
        raw: seedXmlAsJson[0].backup,
        ref: "1951",
      },
    ]);
  });

  it("gives the same records, raw included, for the XML sample and its JSON twin", () => {
    expect(fromOnapp(parseOnappBackupsXml(seedXml))).toEqual(fromOnapp(seedXmlAsJson));
  });

  it.each<[string, string, unknown]>([
    [
      "a backup being taken",
      '<backups type="array"><backup><id type="integer">5</id><built type="boolean">false</built><locked type="boolean">true</locked><built_at nil="true"/><backup_size type="integer">0</backup_size></backup></backups>',
      [{ backup: { id: 5, built: false, locked: true, built_at: null, backup_size: 0 } }],
    ],
    [
      "untyped values, which XML leaves as text",
      '<backups type="array"><backup><id>5</id><built>true</built><backup_size>2</backup_size><note>weekly &amp; safe</note></backup></backups>',
      [{ backup: { id: "5", built: "true", backup_size: "2", note: "weekly & safe" } }],
    ],
    [
      "a backup marked for deletion",
      '<backups type="array"><backup><id type="integer">6</id><marked_for_delete type="boolean">true</marked_for_delete><initiated>weeks</initiated><created_at type="datetime">2020-02-29T23:30:00-05:00</created_at></backup></backups>',
      [
        {
          backup: {
            id: 6,
            marked_for_delete: true,
            initiated: "weeks",
            created_at: "2020-02-29T23:30:00-05:00",
          },
        },
      ],
    ],
  ])("gives the same records for XML and JSON of %s", (_name, xml, json) => {
    expect(parseOnappBackupsXml(xml)).toEqual(json);
    expect(fromOnapp(parseOnappBackupsXml(xml))).toEqual(fromOnapp(json));
  });

  it("is what toBackups dispatches to, and its mapping is listed", () => {
    expect(toBackups("onapp", seed)).toEqual(fromOnapp(seed));
    expect(mappings).toContain(onappMapping);
  });

  it("accepts bare backup objects in the list, and one {backup}", () => {
    const bare = seed[0].backup;
    expect(fromOnapp([bare, { backup: { ...bare, id: 2 } }]).backups.map((b) => b.id)).toEqual([
      "6117",
      "2",
    ]);
    const single = fromOnapp({ backup: bare });
    expect(single.issues).toEqual([]);
    expect(single.backups).toEqual(fromOnapp(seed).backups);
  });

  it("converts an empty list to no records and no issues", () => {
    expect(fromOnapp([])).toEqual({ backups: [], issues: [] });
  });

  it.each<[string, Record<string, unknown>, Partial<Backup>]>([
    [
      "built",
      { built: true, locked: false },
      { status: "available", providerStatus: "built", restorable: true },
    ],
    [
      "built and locked",
      { built: true, locked: true },
      { status: "available", providerStatus: "built", restorable: false },
    ],
    [
      "locked, not built",
      { built: false, locked: true },
      { status: "running", providerStatus: "locked, not built", restorable: null },
    ],
    [
      "not built",
      { built: false, locked: false },
      { status: "pending", providerStatus: "not built", restorable: null },
    ],
    [
      "not built, lock unknown",
      { built: false, locked: undefined },
      { status: "pending", providerStatus: "not built" },
    ],
    [
      "marked for deletion",
      { marked_for_delete: true, built: true },
      { status: "deleting", providerStatus: "marked_for_delete", restorable: false },
    ],
    [
      "marked for deletion, not built",
      { marked_for_delete: true, built: false },
      { status: "deleting", restorable: false },
    ],
    ["built as text", { built: "true" }, { status: "available", restorable: true }],
    [
      "deletion flag missing",
      { marked_for_delete: undefined, built: true },
      { status: "available" },
    ],
  ])("derives the status of a backup that is %s", (_name, flags, want) => {
    const { backups, issues } = fromOnapp(withFields(flags));
    expect(backups[0]).toMatchObject(want);
    expect(issues).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ["missing", undefined, "missing; status unknown"],
    ["null", null, "missing; status unknown"],
    ["not a boolean", "yes", 'expected a boolean, got "yes"'],
  ])("makes the status unknown when built is %s", (_name, built, message) => {
    const { backups, issues } = fromOnapp(withFields({ built }));
    expect(backups[0]).toMatchObject({ status: "unknown", providerStatus: null, restorable: null });
    expect(issues).toEqual([
      {
        provider: "onapp",
        severity: "warning",
        path: "$[0].backup.built",
        backupId: "6117",
        message,
      },
    ]);
  });

  it.each<[string, Partial<Backup>]>([
    ["manual", { trigger: "manual" }],
    ["days", { trigger: "automatic" }],
    ["weeks", { trigger: "automatic" }],
    ["months", { trigger: "automatic" }],
    ["years", { trigger: "automatic" }],
  ])("maps initiated %s", (initiated, want) => {
    expect(first(withFields({ initiated }))).toMatchObject(want);
  });

  it.each<[string, Partial<Backup>]>([
    ["normal", { kind: "full" }],
    ["incremental", { kind: "incremental" }],
  ])("maps backup_type %s", (backupType, want) => {
    expect(first(withFields({ backup_type: backupType }))).toMatchObject(want);
  });

  it.each<[string, Record<string, unknown>, Partial<Backup>, string, string]>([
    [
      "initiated",
      { initiated: "hours" },
      { trigger: "unknown" },
      "initiated",
      'unknown value "hours"',
    ],
    [
      "backup_type",
      { backup_type: "differential" },
      { kind: "unknown" },
      "backup_type",
      'unknown value "differential"',
    ],
    [
      "initiated (missing)",
      { initiated: undefined },
      { trigger: "unknown" },
      "initiated",
      "missing",
    ],
    ["backup_type (null)", { backup_type: null }, { kind: "unknown" }, "backup_type", "missing"],
  ])("maps an unknown %s to unknown and reports it", (_name, patch, want, key, message) => {
    const { backups, issues } = fromOnapp(withFields(patch));
    expect(backups[0]).toMatchObject(want);
    expect(issues).toEqual([
      {
        provider: "onapp",
        severity: "warning",
        path: `$[0].backup.${key}`,
        backupId: "6117",
        message,
      },
    ]);
  });

  it.each<[string, string, string]>([
    ["+03:00", "2013-12-24T14:34:06+03:00", "2013-12-24T11:34:06.000Z"],
    ["-05:30 across midnight", "2015-08-12T21:00:49-05:30", "2015-08-13T02:30:49.000Z"],
    ["+00:00", "2015-08-13T02:00:49+00:00", "2015-08-13T02:00:49.000Z"],
    ["Z with milliseconds", "2015-08-13T02:00:49.123Z", "2015-08-13T02:00:49.123Z"],
    ["no zone (read as UTC)", "2015-08-13T02:00:49", "2015-08-13T02:00:49.000Z"],
  ])("converts a timestamp with %s to UTC", (_name, given, want) => {
    expect(first(withFields({ created_at: given, built_at: given }))).toMatchObject({
      createdAt: want,
      completedAt: want,
    });
  });

  it("reads null fields as null without complaint", () => {
    const { backups, issues } = fromOnapp(
      withFields({
        note: null,
        built_at: null,
        target_id: null,
        target_type: null,
        backup_size: null,
        created_at: null,
        updated_at: null,
      }),
    );
    expect(issues).toEqual([]);
    expect(backups[0]).toMatchObject({
      name: null,
      completedAt: null,
      resource: { type: null, id: null, name: null },
      sizeBytes: null,
      createdAt: null,
      updatedAt: null,
    });
  });

  it("keeps a backup with only an id, with nulls and warnings", () => {
    const { backups, issues } = fromOnapp([{ backup: { id: 9 } }]);
    expect(backups).toEqual([
      {
        provider: "onapp",
        id: "9",
        name: null,
        status: "unknown",
        providerStatus: null,
        restorable: null,
        trigger: "unknown",
        kind: "unknown",
        resource: { type: null, id: null, name: null, ref: null },
        parentId: null,
        createdAt: null,
        completedAt: null,
        updatedAt: null,
        expiresAt: null,
        sizeBytes: null,
        resourceSizeBytes: null,
        raw: { id: 9 },
        ref: "9",
      },
    ]);
    expect(issues.map((i) => `${i.severity} ${i.path} ${i.message}`)).toEqual([
      "warning $[0].backup.built missing; status unknown",
      "warning $[0].backup.initiated missing",
      "warning $[0].backup.backup_type missing",
    ]);
  });

  it.each<[string, Record<string, unknown>, Partial<Backup>, number]>([
    ["id as a string", { id: "6117" }, { id: "6117" }, 0],
    ["backup_size as a string", { backup_size: "930584" }, { sizeBytes: 930584 * KIB }, 0],
    ["a fractional backup_size", { backup_size: 1.5 }, { sizeBytes: 1536 }, 0],
    ["a negative backup_size", { backup_size: -1 }, { sizeBytes: null }, 1],
    ["backup_size not a number", { backup_size: "big" }, { sizeBytes: null }, 1],
    ["backup_size too big", { backup_size: 2 ** 53 }, { sizeBytes: null }, 1],
    ["backup_size as a boolean", { backup_size: true }, { sizeBytes: null }, 1],
    [
      "target_id as a string",
      { target_id: "488" },
      { resource: { type: "VirtualMachine", id: "488", name: null, ref: "virtual_machine/488" } },
      0,
    ],
    [
      "target_type as a number",
      { target_type: 5 },
      { resource: { type: "5", id: "488", name: null, ref: null } },
      0,
    ],
    [
      "target_id as an object",
      { target_id: { id: 1 } },
      { resource: { type: "VirtualMachine", id: null, name: null, ref: null } },
      1,
    ],
    ["note as a number", { note: 42 }, { name: "42" }, 0],
    ["an empty note", { note: "" }, { name: null }, 0],
    ["created_at as epoch seconds", { created_at: 1439431160 }, { createdAt: null }, 1],
    ["created_at not a date", { created_at: "2015-02-30T00:00:00+00:00" }, { createdAt: null }, 1],
    ["an empty built_at", { built_at: "" }, { completedAt: null }, 0],
    ["initiated as a number", { initiated: 7 }, { trigger: "unknown" }, 1],
    ["locked as text", { built: false, locked: "true" }, { status: "running" }, 0],
    [
      "locked not a boolean",
      { built: true, locked: 1 },
      { status: "available", restorable: true },
      1,
    ],
  ])("survives a wrong type: %s", (_name, patch, want, warnings) => {
    const { backups, issues } = fromOnapp(withFields(patch));
    expect(backups[0]).toMatchObject(want);
    expect(issues).toHaveLength(warnings);
    expect(issues.every((i) => i.severity === "warning" && i.backupId === backups[0]?.id)).toBe(
      true,
    );
  });

  it("reports entries it cannot convert as skipped, naming where", () => {
    const { backups, issues } = fromOnapp([
      seed[0],
      "oops",
      { backup: null },
      { backup: [] },
      {},
      null,
    ]);
    expect(backups.map((b) => b.id)).toEqual(["6117"]);
    expect(issues.map((i) => [i.severity, i.path, i.message])).toEqual([
      ["error", "$[1]", "expected {backup: {...}} or a backup object, got a string"],
      ["error", "$[2].backup", "expected a backup object, got null"],
      ["error", "$[3].backup", "expected a backup object, got an array"],
      ["error", "$[4].id", "a backup needs an id, got undefined"],
      ["error", "$[5]", "expected {backup: {...}} or a backup object, got null"],
    ]);
  });

  it.each<[string, unknown, RegExp]>([
    [
      "an error list",
      { errors: ["Virtual server not found"] },
      /^onapp: the input is an OnApp error response: Virtual server not found$/,
    ],
    [
      "errors per field",
      { errors: { label: ["can't be blank"], base: ["Backups are disabled"] } },
      /^onapp: the input is an OnApp error response: label: can't be blank; Backups are disabled$/,
    ],
    ["the singular error key", { error: "Access denied" }, /OnApp error response: Access denied$/],
    ["an empty error list", { errors: [] }, /OnApp error response: \(no message given\)$/],
    ["a null error", { error: null }, /OnApp error response: \(no message given\)$/],
    [
      "a message that is not text",
      { errors: [{ code: 7 }] },
      /OnApp error response: \{"code":7\}$/,
    ],
    [
      "an XML error body",
      parseOnappXml("<errors><error>Not found</error></errors>"),
      /OnApp error response: Not found$/,
    ],
    [
      "another provider's body",
      { id: 1234, status: "successful" },
      /^onapp: not an OnApp backups body/,
    ],
    ["an empty object", {}, /^onapp: not an OnApp backups body/],
    [
      "Huawei's ShowBackup, a {backup} with no OnApp field",
      { backup: { id: "6df2b54c", status: "available", vault_id: "v", resource_size: 40 } },
      /^onapp: not an OnApp backups body: .* with OnApp's fields \(built, backup_size, \.\.\.\), got an object$/,
    ],
    [
      "null",
      null,
      /^onapp: not an OnApp backups body: expected \[\{backup: \{\.\.\.\}\}\] or .*, got null$/,
    ],
    ["a number", 42, /got a number$/],
    ["a string", "[]", /got a string$/],
  ])("rejects %s with a BodyError", (_name, body, message) => {
    expect(() => fromOnapp(body)).toThrow(BodyError);
    expect(() => fromOnapp(body)).toThrow(message);
  });
});

describe("onappMapping", () => {
  it("says where every common field comes from, once each", () => {
    expect(onappMapping.fields.map((f) => f.field)).toEqual([
      "id",
      "name",
      "status",
      "providerStatus",
      "restorable",
      "trigger",
      "kind",
      "resource.type",
      "resource.id",
      "resource.name",
      "resource.ref",
      "parentId",
      "createdAt",
      "completedAt",
      "updatedAt",
      "expiresAt",
      "sizeBytes",
      "resourceSizeBytes",
      "ref",
    ]);
  });

  it("holds the status rules in the order they are checked", () => {
    expect(Object.entries(onappMapping.statuses)).toEqual([
      ["marked_for_delete", "deleting"],
      ["built", "available"],
      ["locked, not built", "running"],
      ["not built", "pending"],
    ]);
  });
});
