import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BodyError, fromNorthflank, mappings, northflankMapping, toBackups } from "../src/index.js";

const seed = JSON.parse(
  readFileSync(
    new URL("../../../fixtures/northflank/list-backups.seed.json", import.meta.url),
    "utf8",
  ),
);
const seedBackup = seed.data[0];

/** The seed's backup with some fields replaced, alone in a list body. */
const listWith = (patch: Record<string, unknown>) => ({
  data: [{ ...seedBackup, ...patch }],
  pagination: { hasNextPage: false, count: 1 },
});
const withConfig = (patch: Record<string, unknown>) =>
  listWith({ config: { ...seedBackup.config, ...patch } });

describe("fromNorthflank", () => {
  it("converts the seed sample to the values the docs imply", () => {
    const { backups, issues } = fromNorthflank(seed);
    expect(issues).toEqual([]);
    expect(backups).toEqual([
      {
        provider: "northflank",
        id: "example-backup",
        name: "Example Backup",
        status: "available",
        providerStatus: "completed",
        restorable: true,
        trigger: "automatic",
        kind: "unknown",
        resource: {
          type: "addon",
          id: "example-addon",
          name: "Example Addon",
          ref: "example-project/example-addon",
        },
        parentId: null,
        createdAt: "2021-01-20T11:19:53.175Z",
        completedAt: "2021-01-20T11:19:54.494Z",
        updatedAt: null,
        expiresAt: "2024-10-18T06:20:00.000Z",
        sizeBytes: 1234,
        resourceSizeBytes: null,
        raw: seedBackup,
        ref: "example-project/example-addon/example-backup",
      },
    ]);
    expect(backups[0]?.raw).toBe(seedBackup);
  });

  it("is what toBackups dispatches to, and its mapping is listed", () => {
    expect(toBackups("northflank", seed)).toEqual(fromNorthflank(seed));
    expect(mappings).toContain(northflankMapping);
  });

  it.each([
    ["a bare backup object", seedBackup, "$"],
    ["a backup wrapped as {data: {...}}", { data: seedBackup }, "$.data"],
  ])("converts %s", (_name, body, path) => {
    const { backups, issues } = fromNorthflank(body);
    expect(issues).toEqual([]);
    expect(backups).toMatchObject([
      { id: "example-backup", expiresAt: "2024-10-18T06:20:00.000Z" },
    ]);
    const broken = fromNorthflank(
      path === "$" ? { ...seedBackup, status: "x" } : { data: { ...seedBackup, status: "x" } },
    );
    expect(broken.issues[0]?.path).toBe(`${path}.status`);
  });

  it.each([
    ["scheduled", "pending"],
    ["in-progress", "running"],
    ["completed", "available"],
    ["aborting", "cancelled"],
    ["aborted", "cancelled"],
    ["failed", "failed"],
    ["not-supported", "failed"],
  ])("maps status %s to %s", (providerStatus, status) => {
    const { backups, issues } = fromNorthflank(listWith({ status: providerStatus }));
    expect(issues).toEqual([]);
    expect(backups[0]).toMatchObject({ status, providerStatus });
  });

  it("converts a body shaped after Northflank's JS client types without issues", () => {
    const body = JSON.parse(
      readFileSync(
        new URL(
          "../../../fixtures/northflank/official-model/js-client-0.9.5.list-destination-backups.json",
          import.meta.url,
        ),
        "utf8",
      ),
    );
    const { backups, issues } = fromNorthflank(body);
    expect(issues).toEqual([]);
    expect(backups.map((b) => [b.id, b.status, b.completedAt, b.resource.id])).toEqual([
      // In progress: no completedAt yet. Its project has an id only.
      ["nightly-orders-db-2026-12-05", "running", null, "orders-db"],
      // An uploaded dump (source type fileUpload) with neither project nor addon.
      ["imported-dump", "available", "2026-12-01T09:31:12.500Z", null],
    ]);
    expect(backups[1]?.sizeBytes).toBe(52_428_800);
  });

  it.each([
    ["fileUpload"],
    ["liveInstance"],
    ["snapshot"],
    ["externalDump"],
    ["sameAddon"],
    ["a-type-from-the-future"],
  ])("takes config.source.type %s without an issue, keeping it in raw", (type) => {
    const body = withConfig({ source: { type } });
    const { backups, issues } = fromNorthflank(body);
    expect(issues).toEqual([]);
    expect(backups[0]?.raw).toEqual(body.data[0]);
  });

  it.each([
    // The project of listWith's backup stays: with the addon's id, the resource has a ref.
    [
      "an addon with an id only",
      { addon: { id: "db" } },
      { type: "addon", id: "db", name: null, ref: "example-project/db" },
    ],
    [
      "an addon with a name only",
      { addon: { name: "db" } },
      { type: "addon", id: null, name: "db", ref: null },
    ],
    ["an empty addon", { addon: {} }, { type: "addon", id: null, name: null, ref: null }],
  ])("reads %s without an issue", (_name, patch, resource) => {
    const { backups, issues } = fromNorthflank(listWith(patch));
    expect(issues).toEqual([]);
    expect(backups[0]?.resource).toEqual(resource);
  });

  it("converts every entry of a list, in order", () => {
    const { backups } = fromNorthflank({
      data: [seedBackup, { ...seedBackup, id: "second", status: "in-progress" }],
      pagination: { hasNextPage: true, cursor: "next", count: 2 },
    });
    expect(backups.map((b) => [b.id, b.status])).toEqual([
      ["example-backup", "available"],
      ["second", "running"],
    ]);
  });

  it("keeps a backup with every optional field missing, with nulls and one warning", () => {
    const { backups, issues } = fromNorthflank({ data: [{ id: "bare" }] });
    expect(backups).toEqual([
      {
        provider: "northflank",
        id: "bare",
        name: null,
        status: "unknown",
        providerStatus: null,
        restorable: null,
        trigger: "unknown",
        kind: "unknown",
        resource: { type: "addon", id: null, name: null, ref: null },
        parentId: null,
        createdAt: null,
        completedAt: null,
        updatedAt: null,
        expiresAt: null,
        sizeBytes: null,
        resourceSizeBytes: null,
        raw: { id: "bare" },
        ref: null,
      },
    ]);
    expect(issues.map((i) => `${i.severity} ${i.path} ${i.message}`)).toEqual([
      "warning $.data[0].status missing",
    ]);
  });

  it("reads null fields as null", () => {
    const nulls = {
      name: null,
      addon: null,
      project: null,
      config: null,
      schedules: null,
      expiredBy: null,
      createdAt: null,
      completedAt: null,
    };
    const { backups, issues } = fromNorthflank(listWith(nulls));
    expect(backups[0]).toMatchObject({
      name: null,
      resource: { type: "addon", id: null, name: null },
      trigger: "unknown",
      createdAt: null,
      completedAt: null,
      expiresAt: null,
      sizeBytes: null,
    });
    expect(issues).toEqual([]);
  });

  it.each([
    ["empty schedules", { schedules: [] }, "unknown"],
    ["absent schedules", { schedules: undefined }, "unknown"],
    [
      "a daily schedule",
      { schedules: [{ interval: "daily", minute: [0], hour: [3] }] },
      "automatic",
    ],
  ])("sets trigger from %s", (_name, patch, trigger) => {
    const { backups, issues } = fromNorthflank(listWith(patch));
    expect(backups[0]?.trigger).toBe(trigger);
    expect(issues).toEqual([]);
  });

  it("maps an unknown status to unknown, keeps it verbatim and reports it", () => {
    const { backups, issues } = fromNorthflank(listWith({ status: "paused" }));
    expect(backups[0]).toMatchObject({ status: "unknown", providerStatus: "paused" });
    expect(issues).toEqual([
      {
        provider: "northflank",
        severity: "warning",
        path: "$.data[0].status",
        backupId: "example-backup",
        message: 'unknown value "paused"',
      },
    ]);
  });

  it.each([
    [
      "expiredBy as a number",
      listWith({ expiredBy: 1729232400000 }),
      { expiresAt: "2024-10-18T06:20:00.000Z" },
    ],
    [
      "expiredBy as an integer string",
      listWith({ expiredBy: "1729232400000" }),
      { expiresAt: "2024-10-18T06:20:00.000Z" },
    ],
    [
      "expiredBy with a fraction of a ms",
      listWith({ expiredBy: "1729232400000.9" }),
      { expiresAt: "2024-10-18T06:20:00.000Z" },
    ],
    ["config.size as a number", withConfig({ size: 1234 }), { sizeBytes: 1234 }],
    ["config.size of zero", withConfig({ size: "0" }), { sizeBytes: 0 }],
    ["id as a number", listWith({ id: 42 }), { id: "42" }],
    ["name as a number", listWith({ name: 7 }), { name: "7" }],
  ])("accepts %s without a warning", (_name, body, want) => {
    const { backups, issues } = fromNorthflank(body);
    expect(backups[0]).toMatchObject(want);
    expect(issues).toEqual([]);
  });

  it.each([
    [
      "expiredBy as a garbage string",
      listWith({ expiredBy: "next week" }),
      { expiresAt: null },
      "$.data[0].expiredBy",
      /expected a number, got "next week"/,
    ],
    [
      "expiredBy as a boolean",
      listWith({ expiredBy: true }),
      { expiresAt: null },
      "$.data[0].expiredBy",
      /expected a number, got true/,
    ],
    [
      "expiredBy out of range",
      listWith({ expiredBy: "1e300" }),
      { expiresAt: null },
      "$.data[0].expiredBy",
      /out of range/,
    ],
    [
      "a negative config.size",
      withConfig({ size: "-5" }),
      { sizeBytes: null },
      "$.data[0].config.size",
      /whole number of bytes from 0 to 2\^53-1, got "-5"/,
    ],
    [
      "a fractional config.size",
      withConfig({ size: "12.5" }),
      { sizeBytes: null },
      "$.data[0].config.size",
      /got "12.5"/,
    ],
    [
      "a config.size beyond 2^53",
      withConfig({ size: "18014398509481984" }),
      { sizeBytes: null },
      "$.data[0].config.size",
      /got "18014398509481984"/,
    ],
    [
      "a garbage config.size",
      withConfig({ size: "1.2 GB" }),
      { sizeBytes: null },
      "$.data[0].config.size",
      /expected a number/,
    ],
    [
      "config as an array",
      listWith({ config: [] }),
      { sizeBytes: null },
      "$.data[0].config",
      /expected an object, got an array/,
    ],
    [
      "addon as a string",
      listWith({ addon: "example-addon" }),
      { resource: { type: "addon", id: null, name: null } },
      "$.data[0].addon",
      /expected an object, got a string/,
    ],
    [
      "addon.id as an object",
      listWith({ addon: { id: {}, name: "A" } }),
      { resource: { type: "addon", id: null, name: "A" } },
      "$.data[0].addon.id",
      /expected an id/,
    ],
    [
      "schedules as an object",
      listWith({ schedules: { interval: "daily" } }),
      { trigger: "unknown" },
      "$.data[0].schedules",
      /expected an array, got an object/,
    ],
    [
      "createdAt as epoch seconds",
      listWith({ createdAt: 1611141593 }),
      { createdAt: null },
      "$.data[0].createdAt",
      /expected a timestamp string/,
    ],
    [
      "completedAt not a date",
      listWith({ completedAt: "yesterday" }),
      { completedAt: null },
      "$.data[0].completedAt",
      /not a valid timestamp/,
    ],
    [
      "status as a number",
      listWith({ status: 3 }),
      { status: "unknown", providerStatus: "3" },
      "$.data[0].status",
      /unknown value "3"/,
    ],
  ])("survives %s with a warning", (_name, body, want, path, message) => {
    const { backups, issues } = fromNorthflank(body);
    expect(backups[0]).toMatchObject(want);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: "warning",
      path,
      backupId: "example-backup",
      message: expect.stringMatching(message),
    });
  });

  it("reports entries that are not objects, or have no id, as skipped", () => {
    const { backups, issues } = fromNorthflank({
      data: [seedBackup, "oops", null, { name: "no id", status: "completed" }, { id: "" }],
      pagination: { hasNextPage: false, count: 5 },
    });
    expect(backups.map((b) => b.id)).toEqual(["example-backup"]);
    expect(issues.map((i) => [i.severity, i.path])).toEqual([
      ["error", "$.data[1]"],
      ["error", "$.data[2]"],
      ["error", "$.data[3].id"],
      ["error", "$.data[4].id"],
    ]);
  });

  it.each([
    ["a string", "backups"],
    ["a number", 3],
  ])("reports data that is %s as an error issue", (_name, data) => {
    const { backups, issues } = fromNorthflank({ data, pagination: { hasNextPage: false } });
    expect(backups).toEqual([]);
    expect(issues).toMatchObject([{ severity: "error", path: "$.data" }]);
  });

  it("converts an empty list to nothing, without issues", () => {
    expect(fromNorthflank({ data: [], pagination: { hasNextPage: false, count: 0 } })).toEqual({
      backups: [],
      issues: [],
    });
  });

  it.each([
    [
      "the error envelope",
      { error: { status: 404, message: "Backup destination not found", id: "e1", details: {} } },
      /^northflank: the input is a Northflank error response: Backup destination not found \(HTTP 404\)$/,
    ],
    ["an envelope without a message", { error: {} }, /error response: \(no message\)$/],
    ["an error that is a string", { error: "boom" }, /error response: "boom"$/],
    ["an array", [seedBackup], /got an array/],
    ["null", null, /got null/],
    ["a string", "completed", /got a string/],
    ["Linode's error body", { errors: [{ reason: "Not found" }] }, /not a Northflank backup body/],
    ["an empty object", {}, /not a Northflank backup body/],
    [
      "another provider's bare backup, with an id and a status but no Northflank field",
      { id: 1234, label: "x", status: "successful", type: "auto" },
      /not a Northflank backup body/,
    ],
  ])("rejects %s with a BodyError", (_name, body, message) => {
    expect(() => fromNorthflank(body)).toThrow(BodyError);
    expect(() => fromNorthflank(body)).toThrow(message);
  });
});
