import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Backup,
  BodyError,
  fromHuaweiCbr,
  GIB,
  huaweiCbrMapping,
  mappings,
  toBackups,
} from "../src/index.js";

const seedText = readFileSync(
  new URL("../../../fixtures/huawei-cbr/show-backup.seed.json", import.meta.url),
  "utf8",
);
const seed = JSON.parse(seedText);
const PARENT = "6df2b54c-dd62-4059-a07c-1b8f24f2725d";
const CHILD = "5d822633-2bbf-4af8-a16e-5ab1c7705235";
const PROJECT = "4229d7a45436489f8c3dc2b1d35d4987";
const VAULT = "3b5816b5-f29c-4172-9d9a-76c719a659ce";

/** The seed's top-level backup without its children, patched. */
function backup(patch: Record<string, unknown> = {}) {
  return { ...seed.backup, children: [], ...patch };
}

/** Converts one ShowBackup body holding `backup(patch)` and returns its only record. */
function convertOne(patch: Record<string, unknown>) {
  const { backups, issues } = fromHuaweiCbr({ backup: backup(patch) });
  expect(backups).toHaveLength(1);
  return { record: backups[0] as Backup, issues };
}

const issueLines = (issues: { severity: string; path: string; message: string }[]) =>
  issues.map((i) => `${i.severity} ${i.path} ${i.message}`);

describe("fromHuaweiCbr", () => {
  it("converts the ShowBackup body recorded by the OpenTelekomCloud Go SDK, app_consistency included", () => {
    const recorded = JSON.parse(
      readFileSync(
        new URL(
          "../../../fixtures/huawei-cbr/published/gophertelekomcloud.fixtures.go.get-backup.json",
          import.meta.url,
        ),
        "utf8",
      ),
    );
    const { backups, issues } = fromHuaweiCbr(recorded);
    expect(issues).toEqual([]);
    expect(
      backups.map((b) => [b.id, b.parentId, b.status, b.trigger, b.restorable, b.createdAt]),
    ).toEqual([
      [PARENT, null, "available", "automatic", true, "2019-05-10T07:59:12.084Z"],
      [CHILD, PARENT, "available", "automatic", true, "2019-05-10T07:59:59.450Z"],
    ]);
  });

  it("converts the seed sample: the server backup, then its disk backup", () => {
    const { backups, issues } = fromHuaweiCbr(seed);
    expect(issues).toEqual([]);
    expect(backups).toEqual([
      {
        provider: "huawei-cbr",
        id: PARENT,
        name: "backup_name",
        status: "available",
        providerStatus: "available",
        restorable: true,
        trigger: "automatic",
        kind: "unknown",
        resource: {
          type: "OS::Nova::Server",
          id: "94eba8b2-acc9-4d82-badc-127144cc5526",
          name: "ecs-1f0f-0002",
          ref: `${PROJECT}/${VAULT}/94eba8b2-acc9-4d82-badc-127144cc5526`,
        },
        parentId: null,
        createdAt: "2019-05-10T07:59:12.084Z",
        completedAt: null,
        updatedAt: null,
        expiresAt: null,
        sizeBytes: null,
        resourceSizeBytes: 40 * GIB,
        raw: seed.backup,
        ref: `${PROJECT}/${PARENT}`,
      },
      {
        provider: "huawei-cbr",
        id: CHILD,
        name: "autobk_a843_ecs-1f0f-0002",
        status: "available",
        providerStatus: "available",
        restorable: true,
        trigger: "automatic",
        kind: "unknown",
        resource: {
          type: "OS::Cinder::Volume",
          id: "eccbcfdd-f843-4bbb-b2c0-a5ce861f9376",
          name: "ecs-1f0f-0002",
          ref: `${PROJECT}/${VAULT}/eccbcfdd-f843-4bbb-b2c0-a5ce861f9376`,
        },
        parentId: PARENT,
        createdAt: "2019-05-10T07:59:59.450Z",
        completedAt: null,
        updatedAt: null,
        expiresAt: null,
        sizeBytes: null,
        resourceSizeBytes: 42_949_672_960,
        raw: seed.backup.children[0],
        ref: `${PROJECT}/${CHILD}`,
      },
    ]);
    expect(backups[0]?.raw).toBe(seed.backup);
    expect(backups[1]?.raw).toBe(seed.backup.children[0]);
  });

  it("is what toBackups dispatches to, and its mapping is listed", () => {
    expect(toBackups("huawei-cbr", seed)).toEqual(fromHuaweiCbr(seed));
    expect(mappings).toContain(huaweiCbrMapping);
  });

  it("flattens a ListBackups body: each backup, then its children, in order", () => {
    const server = backup({
      id: "s1",
      children: [backup({ id: "d1", parent_id: "s1" }), backup({ id: "d2", parent_id: "s1" })],
    });
    const disk = backup({ id: "d9", resource_type: "OS::Cinder::Volume" });
    const { backups, issues } = fromHuaweiCbr({ count: 2, backups: [server, disk] });
    expect(issues).toEqual([]);
    expect(backups.map((b) => [b.id, b.parentId])).toEqual([
      ["s1", null],
      ["d1", "s1"],
      ["d2", "s1"],
      ["d9", null],
    ]);
  });

  it("flattens children of children", () => {
    const tree = backup({
      id: "a",
      children: [backup({ id: "b", children: [backup({ id: "c" })] })],
    });
    const { backups } = fromHuaweiCbr({ backup: tree });
    expect(backups.map((b) => [b.id, b.parentId])).toEqual([
      ["a", null],
      ["b", "a"],
      ["c", "b"],
    ]);
  });

  it("names the place of an issue at any depth of a list, and of the backups after it", () => {
    const list = {
      count: 3,
      backups: [
        backup({ id: "a" }),
        backup({
          id: "b",
          children: [
            backup({ id: "c", parent_id: "b" }),
            backup({ id: "d", parent_id: "b", children: [backup({ id: "e", status: "odd" })] }),
          ],
        }),
        backup({ id: "f", resource_size: "big" }),
      ],
    };
    const { backups, issues } = fromHuaweiCbr(list);
    expect(backups.map((b) => b.id)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(issues.map((i) => [i.path, i.backupId])).toEqual([
      ["$.backups[1].children[1].children[0].status", "e"],
      ["$.backups[2].resource_size", "f"],
    ]);
  });

  it("reads the shape of Huawei's ListBackups example: +00:00, milliseconds, empty description", () => {
    const listed = {
      id: "b1c4afd9-e7a6-4888-9010-c2bac3aa7910",
      status: "available",
      name: "autobk_b629",
      description: "",
      children: [],
      extend_info: { auto_trigger: true, supported_restore_mode: "backup", system_disk: false },
      created_at: "2020-02-21T07:00:54.065+00:00",
      updated_at: "2020-02-21T07:07:25.114+00:00",
      expired_at: "2020-05-21T07:00:54.060+00:00",
      resource_size: 40,
      resource_type: "OS::Nova::Server",
    };
    const { backups, issues } = fromHuaweiCbr({ count: 1, backups: [listed] });
    expect(issues).toEqual([]);
    expect(backups[0]).toMatchObject({
      createdAt: "2020-02-21T07:00:54.065Z",
      updatedAt: "2020-02-21T07:07:25.114Z",
      expiresAt: "2020-05-21T07:00:54.060Z",
      trigger: "automatic",
      restorable: true,
    });
  });

  it("accepts one bare backup, as listAllBackups yields them", () => {
    const { backups } = fromHuaweiCbr(seed.backup);
    expect(backups.map((b) => [b.id, b.parentId])).toEqual([
      [PARENT, null],
      [CHILD, PARENT],
    ]);
  });

  it.each([
    ["waiting_protect", { status: "pending", restorable: null }],
    ["protecting", { status: "running", restorable: null }],
    ["available", { status: "available", restorable: true }],
    ["restoring", { status: "restoring", restorable: null }],
    ["waiting_restore", { status: "restoring", restorable: null }],
    ["deleting", { status: "deleting", restorable: false }],
    ["waiting_delete", { status: "deleting", restorable: false }],
    ["error", { status: "failed", restorable: false }],
  ])("maps status %s", (given, want) => {
    const { record, issues } = convertOne({ status: given });
    expect(record).toMatchObject({ ...want, providerStatus: given });
    expect(issues).toEqual([]);
  });

  it.each([
    ["restore mode backup", { supported_restore_mode: "backup" }, true],
    ["restore mode snapshot", { supported_restore_mode: "snapshot" }, true],
    ["restore mode null", { supported_restore_mode: null }, true],
    ["restore mode na", { supported_restore_mode: "na" }, false],
  ])("decides restorable from the %s of an available backup", (_name, extend, want) => {
    const { record } = convertOne({ extend_info: { ...seed.backup.extend_info, ...extend } });
    expect(record.restorable).toBe(want);
  });

  type TriggerCase = [string, { given: unknown; want: Pick<Backup, "trigger" | "kind"> }];
  const triggerCases: TriggerCase[] = [
    [
      "automatic full",
      {
        given: { auto_trigger: true, incremental: false },
        want: { trigger: "automatic", kind: "full" },
      },
    ],
    [
      "manual incremental",
      {
        given: { auto_trigger: false, incremental: true },
        want: { trigger: "manual", kind: "incremental" },
      },
    ],
    ["neither field", { given: {}, want: { trigger: "unknown", kind: "unknown" } }],
    [
      "booleans as strings",
      {
        given: { auto_trigger: "false", incremental: "true" },
        want: { trigger: "manual", kind: "incremental" },
      },
    ],
    ["extend_info null", { given: null, want: { trigger: "unknown", kind: "unknown" } }],
  ];
  it.each(triggerCases)("reads trigger and kind from extend_info: %s", (_name, { given, want }) => {
    const { record, issues } = convertOne({ extend_info: given });
    expect(record).toMatchObject(want);
    expect(issues).toEqual([]);
  });

  type IncrementalCase = [string, { given: Record<string, unknown>; want: Backup["kind"] }];
  const incrementalCases: IncrementalCase[] = [
    [
      "top level only (SDK 0.1.88 and later)",
      { given: { incremental: true }, want: "incremental" },
    ],
    [
      "top level false over extend_info true",
      { given: { incremental: false, extend_info: { incremental: true } }, want: "full" },
    ],
    [
      "top level null, extend_info false",
      { given: { incremental: null, extend_info: { incremental: false } }, want: "full" },
    ],
    [
      "extend_info only (before SDK 0.1.88)",
      { given: { extend_info: { incremental: true } }, want: "incremental" },
    ],
  ];
  it.each(incrementalCases)("reads kind from incremental: %s", (_name, { given, want }) => {
    const { record, issues } = convertOne({ extend_info: {}, ...given });
    expect(record.kind).toBe(want);
    expect(issues).toEqual([]);
  });

  it("warns about a top-level incremental of the wrong type and falls back to extend_info", () => {
    const { record, issues } = convertOne({
      incremental: "sometimes",
      extend_info: { incremental: false },
    });
    expect(record.kind).toBe("full");
    expect(issueLines(issues)).toEqual([
      'warning $.backup.incremental expected a boolean, got "sometimes"',
    ]);
  });

  it.each([
    ["go-sdk-0.1.188.list-backups.json", ["incremental", "full"]],
    ["go-sdk-0.1.87.show-backup.json", ["incremental"]],
  ])("converts %s, shaped after Huawei's Go SDK models, without issues", (file, kinds) => {
    const body = JSON.parse(
      readFileSync(
        new URL(`../../../fixtures/huawei-cbr/official-model/${file}`, import.meta.url),
        "utf8",
      ),
    );
    const { backups, issues } = fromHuaweiCbr(body);
    expect(issues).toEqual([]);
    expect(backups.map((b) => b.kind)).toEqual(kinds);
    // version, is_multi_az, an open image_type and both spellings of the
    // destination vault stay in raw, untouched.
    expect(backups.map((b) => b.raw)).toEqual(body.backups ?? [body.backup]);
  });

  type TimestampCase = [string, { given: unknown; want: string | null }];
  const timestampCases: TimestampCase[] = [
    [
      "zone-less with microseconds",
      { given: "2020-02-05T10:38:34.209782", want: "2020-02-05T10:38:34.209Z" },
    ],
    ["+00:00", { given: "2020-02-21T07:00:54.065+00:00", want: "2020-02-21T07:00:54.065Z" }],
    ["Z", { given: "2020-02-21T07:00:54Z", want: "2020-02-21T07:00:54.000Z" }],
    [
      "+08:00 is converted",
      { given: "2020-02-21T07:00:54.065+08:00", want: "2020-02-20T23:00:54.065Z" },
    ],
    ["empty string", { given: "", want: null }],
    ["null", { given: null, want: null }],
  ];
  it.each(timestampCases)("reads timestamps: %s", (_name, { given, want }) => {
    const { record, issues } = convertOne({
      created_at: given,
      updated_at: given,
      expired_at: given,
      protected_at: given,
    });
    expect([record.createdAt, record.updatedAt, record.expiresAt, record.completedAt]).toEqual([
      want,
      want,
      want,
      want,
    ]);
    expect(issues).toEqual([]);
  });

  it("keeps a backup with only an id, with nulls and one warning", () => {
    const { backups, issues } = fromHuaweiCbr({ backup: { id: "x" } });
    expect(backups).toEqual([
      {
        provider: "huawei-cbr",
        id: "x",
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
        raw: { id: "x" },
        ref: null,
      },
    ]);
    expect(issueLines(issues)).toEqual(["warning $.backup.status missing"]);
  });

  it("keeps every field null when the sample's nullable fields are all null", () => {
    const nulls = Object.fromEntries(Object.keys(seed.backup).map((key) => [key, null]));
    const { record, issues } = convertOne({ ...nulls, id: "n", status: "available" });
    expect(record).toMatchObject({
      name: null,
      resource: { type: null, id: null, name: null },
      createdAt: null,
      resourceSizeBytes: null,
      trigger: "unknown",
    });
    expect(issues).toEqual([]);
  });

  it("maps an unknown status to unknown, keeps it verbatim and reports it", () => {
    const { record, issues } = convertOne({ status: "frozen" });
    expect(record).toMatchObject({ status: "unknown", providerStatus: "frozen", restorable: null });
    expect(issues).toEqual([
      {
        provider: "huawei-cbr",
        severity: "warning",
        path: "$.backup.status",
        backupId: PARENT,
        message: 'unknown value "frozen"',
      },
    ]);
  });

  type WrongTypeCase = [
    string,
    { given: Record<string, unknown>; want: Record<string, unknown>; warns: string[] },
  ];
  const wrongTypeCases: WrongTypeCase[] = [
    ["id as a number", { given: { id: 123 }, want: { id: "123" }, warns: [] }],
    ["name as a number", { given: { name: 42 }, want: { name: "42" }, warns: [] }],
    [
      "resource_id as a number",
      {
        given: { resource_id: 7 },
        want: { resource: expect.objectContaining({ id: "7" }) },
        warns: [],
      },
    ],
    [
      "resource_size as a string",
      { given: { resource_size: "40" }, want: { resourceSizeBytes: 40 * GIB }, warns: [] },
    ],
    [
      "resource_size of half a GB",
      { given: { resource_size: 0.5 }, want: { resourceSizeBytes: GIB / 2 }, warns: [] },
    ],
    [
      "resource_size negative",
      {
        given: { resource_size: -1 },
        want: { resourceSizeBytes: null },
        warns: ["$.backup.resource_size"],
      },
    ],
    [
      "resource_size as words",
      {
        given: { resource_size: "forty" },
        want: { resourceSizeBytes: null },
        warns: ["$.backup.resource_size"],
      },
    ],
    [
      "created_at as epoch seconds",
      {
        given: { created_at: 1557475152 },
        want: { createdAt: null },
        warns: ["$.backup.created_at"],
      },
    ],
    [
      "created_at not a date",
      {
        given: { created_at: "2019-13-45T00:00:00" },
        want: { createdAt: null },
        warns: ["$.backup.created_at"],
      },
    ],
    [
      "status as a number",
      {
        given: { status: 1 },
        want: { status: "unknown", providerStatus: "1" },
        warns: ["$.backup.status"],
      },
    ],
    [
      "status as an object",
      {
        given: { status: {} },
        want: { status: "unknown", providerStatus: null },
        warns: ["$.backup.status"],
      },
    ],
    [
      "extend_info as a string",
      {
        given: { extend_info: "auto" },
        want: { trigger: "unknown" },
        warns: ["$.backup.extend_info"],
      },
    ],
    [
      "auto_trigger as a number",
      {
        given: { extend_info: { auto_trigger: 1 } },
        want: { trigger: "unknown" },
        warns: ["$.backup.extend_info.auto_trigger"],
      },
    ],
    [
      "resource_type as an array",
      {
        given: { resource_type: ["OS::Nova::Server"] },
        want: { resource: expect.objectContaining({ type: null }) },
        warns: ["$.backup.resource_type"],
      },
    ],
  ];
  it.each(wrongTypeCases)("survives a wrong type: %s", (_name, { given, want, warns }) => {
    const { backups, issues } = fromHuaweiCbr({ backup: backup(given) });
    expect(backups[0]).toMatchObject(want);
    expect(issues.map((i) => i.path)).toEqual(warns);
    expect(issues.every((i) => i.severity === "warning")).toBe(true);
  });

  it("prefers the enclosing backup over a child's own parent_id, and says so", () => {
    const tree = backup({ id: "a", children: [backup({ id: "b", parent_id: "zzz" })] });
    const { backups, issues } = fromHuaweiCbr({ backup: tree });
    expect(backups[1]?.parentId).toBe("a");
    expect(issueLines(issues)).toEqual([
      'warning $.backup.children[0].parent_id says "zzz" but the backup is a child of "a"; using the enclosing backup',
    ]);
  });

  it("uses parent_id for a top-level backup", () => {
    expect(convertOne({ parent_id: "p" }).record.parentId).toBe("p");
  });

  it.each([
    [
      "an object",
      { children: {} },
      ["error $.backup.children expected an array of backups, got an object"],
    ],
    [
      "a string",
      { children: "none" },
      ["error $.backup.children expected an array of backups, got a string"],
    ],
    [
      "an array with a non-object",
      { children: [7, null] },
      [
        "error $.backup.children[0] expected a backup object, got a number",
        "error $.backup.children[1] expected a backup object, got null",
      ],
    ],
    ["null", { children: null }, []],
  ])("reports children that are %s, and keeps the parent", (_name, patch, want) => {
    const { backups, issues } = fromHuaweiCbr({ backup: backup(patch) });
    expect(backups.map((b) => b.id)).toEqual([PARENT]);
    expect(issueLines(issues)).toEqual(want);
  });

  it("skips a backup without an id but still converts its children", () => {
    const tree = backup({ id: null, children: [backup({ id: "b", parent_id: "lost" })] });
    const { backups, issues } = fromHuaweiCbr({ backup: tree });
    expect(backups.map((b) => [b.id, b.parentId])).toEqual([["b", "lost"]]);
    expect(issueLines(issues)).toEqual(["error $.backup.id a backup needs an id, got null"]);
  });

  it.each([
    ["backup null", { backup: null }, ["error $.backup expected a backup object, got null"]],
    [
      "backup a list",
      { backup: [seed.backup] },
      ["error $.backup expected a backup object, got an array"],
    ],
    [
      "backups an object",
      { count: 1, backups: {} },
      ["error $.backups expected an array of backups, got an object"],
    ],
    [
      "backups with a string",
      { count: 1, backups: ["b1"] },
      ["error $.backups[0] expected a backup object, got a string"],
    ],
    ["backups null", { count: 0, backups: null }, []],
  ])("reports a body whose %s", (_name, body, want) => {
    const { backups, issues } = fromHuaweiCbr(body);
    expect(backups).toEqual([]);
    expect(issueLines(issues)).toEqual(want);
  });

  it.each([
    [
      "CBR's error body",
      { error_code: "BackupService.6302", error_msg: "Resource not found." },
      "huawei-cbr: the input is a Huawei error response: BackupService.6302: Resource not found.",
    ],
    [
      "an API gateway error body",
      {
        error_code: "APIGW.0301",
        error_msg: "Incorrect IAM authentication information",
        request_id: "r",
      },
      "huawei-cbr: the input is a Huawei error response: APIGW.0301: Incorrect IAM authentication information",
    ],
    [
      "a {code, message} error body",
      { code: "CBR.0500", message: "Internal server error." },
      "huawei-cbr: the input is a Huawei error response: CBR.0500: Internal server error.",
    ],
    [
      "IAM's nested error body",
      {
        error: {
          code: 401,
          message: "The request you have made requires authentication.",
          title: "Unauthorized",
        },
      },
      "huawei-cbr: the input is a Huawei error response: The request you have made requires authentication.",
    ],
    [
      "an error that is a string",
      { error: "boom" },
      'huawei-cbr: the input is a Huawei error response: {"error":"boom"}',
    ],
    [
      "a nested error with nothing to say",
      { error: { title: "Unauthorized" } },
      'huawei-cbr: the input is a Huawei error response: {"error":{"title":"Unauthorized"}}',
    ],
    [
      "an error body of the wrong types",
      { error_code: 6302 },
      'huawei-cbr: the input is a Huawei error response: {"error_code":6302}',
    ],
    [
      "an error body with neither a code nor a message",
      { error_code: null, error_msg: "" },
      'huawei-cbr: the input is a Huawei error response: {"error_code":null,"error_msg":""}',
    ],
    [
      "an array",
      [seed.backup],
      "huawei-cbr: not a CBR backup body ({backup} or {count, backups}), got an array",
    ],
    ["null", null, "huawei-cbr: not a CBR backup body ({backup} or {count, backups}), got null"],
    [
      "another provider's body",
      { automatic: [], snapshot: { current: null } },
      "huawei-cbr: not a CBR backup body ({backup} or {count, backups}), got an object",
    ],
    [
      "another provider's bare backup, with an id and a status but no CBR field",
      { id: 1234, label: "x", status: "successful", type: "auto", created: "2018-01-01T00:01:01" },
      "huawei-cbr: not a CBR backup body ({backup} or {count, backups}), got an object",
    ],
  ])("rejects %s with a one-line BodyError", (_name, body, message) => {
    expect(() => fromHuaweiCbr(body)).toThrow(BodyError);
    expect(() => fromHuaweiCbr(body)).toThrow(message);
    expect(message).not.toContain("\n");
  });

  it("reads a list body that also carries code and message as backups, not as an error", () => {
    const { backups } = fromHuaweiCbr({ code: "x", message: "y", count: 1, backups: [backup()] });
    expect(backups).toHaveLength(1);
  });

  it("uses its own tables for status, trigger and kind", () => {
    expect(huaweiCbrMapping.statuses).toEqual({
      waiting_protect: "pending",
      protecting: "running",
      available: "available",
      restoring: "restoring",
      waiting_restore: "restoring",
      deleting: "deleting",
      waiting_delete: "deleting",
      error: "failed",
    });
    expect(huaweiCbrMapping.fields.map((f) => f.field)).toEqual([
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
});
