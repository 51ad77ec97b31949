/**
 * Values of fromNorthflank the seed-based tests leave open: the exact warnings
 * and their paths for the name, the addon and the sizes, and the text of its
 * error body.
 */
import { describe, expect, it } from "vitest";
import { BodyError, type ConversionIssue, fromNorthflank } from "../src/index.js";

const lines = (issues: ConversionIssue[]) =>
  issues.map((i) => `${i.severity} ${i.path} [${i.backupId}] ${i.message}`);

const base = { id: "nb", status: "completed", addon: { id: "db", name: "db" } };

describe("fromNorthflank's warnings", () => {
  it("name the field and the list entry", () => {
    const { backups, issues } = fromNorthflank({
      data: [base, { ...base, id: "nb2", name: { first: "x" }, addon: { id: "db", name: 7 } }],
    });
    expect(backups[1]).toMatchObject({
      name: null,
      resource: { type: "addon", id: "db", name: "7" },
    });
    expect(lines(issues)).toEqual([
      'warning $.data[1].name [nb2] expected a string, got {"first":"x"}',
    ]);
  });

  it("name addon.name and addon.id when they are of the wrong type", () => {
    const { backups, issues } = fromNorthflank({ ...base, addon: { id: true, name: ["db"] } });
    expect(backups[0]?.resource).toEqual({ type: "addon", id: null, name: null, ref: null });
    expect(lines(issues)).toEqual([
      "warning $.addon.id [nb] expected an id (string or number), got true",
      'warning $.addon.name [nb] expected a string, got ["db"]',
    ]);
  });

  it.each([
    [
      "a project that is not an object",
      { project: "p1" },
      "$.project [nb] expected an object, got a string",
    ],
    [
      "a project id of the wrong type",
      { project: { id: {} } },
      "$.project.id [nb] expected an id (string or number), got {}",
    ],
  ])("name %s", (_name, patch, warning) => {
    const { backups, issues } = fromNorthflank({ ...base, ...patch });
    expect(backups[0]?.resource).toMatchObject({ id: "db", ref: null });
    expect(lines(issues)).toEqual([`warning ${warning}`]);
  });

  it("name an addon that is not an object", () => {
    const { backups, issues } = fromNorthflank({ data: { ...base, addon: "db" } });
    expect(backups[0]?.resource).toEqual({ type: "addon", id: null, name: null, ref: null });
    expect(lines(issues)).toEqual(["warning $.data.addon [nb] expected an object, got a string"]);
  });

  it.each([
    [{ size: "1234" }, 1234, []],
    [{ size: 0 }, 0, []],
    [{ size: "  " }, null, ['warning $.config.size [nb] expected a number, got "  "']],
    [
      { size: "-1" },
      null,
      ['warning $.config.size [nb] expected a whole number of bytes from 0 to 2^53-1, got "-1"'],
    ],
    [
      { size: 1.5 },
      null,
      ["warning $.config.size [nb] expected a whole number of bytes from 0 to 2^53-1, got 1.5"],
    ],
    [
      { size: 2 ** 53 },
      null,
      [
        "warning $.config.size [nb] expected a whole number of bytes from 0 to 2^53-1, got 9007199254740992",
      ],
    ],
    [{}, null, []],
    [[], null, ["warning $.config [nb] expected an object, got an array"]],
  ] as const)("reads config %j as size %j", (config, want, issues) => {
    const result = fromNorthflank({ ...base, config });
    expect(result.backups[0]?.sizeBytes).toBe(want);
    expect(lines(result.issues)).toEqual(issues);
  });

  it.each([
    [1729232400000, "2024-10-18T06:20:00.000Z", []],
    ["1729232400000.0", "2024-10-18T06:20:00.000Z", []],
    [0, "1970-01-01T00:00:00.000Z", []],
    [9e15, null, ["warning $.expiredBy [nb] epoch milliseconds out of range: 9000000000000000"]],
    ["soon", null, ['warning $.expiredBy [nb] expected a number, got "soon"']],
  ] as const)("reads expiredBy %j as %j", (expiredBy, want, issues) => {
    const result = fromNorthflank({ ...base, expiredBy });
    expect(result.backups[0]?.expiresAt).toBe(want);
    expect(lines(result.issues)).toEqual(issues);
  });
});

describe("fromNorthflank's error texts", () => {
  const message = (body: unknown) => {
    try {
      fromNorthflank(body);
    } catch (error) {
      expect(error).toBeInstanceOf(BodyError);
      return (error as BodyError).message;
    }
    throw new Error("fromNorthflank did not throw");
  };

  it.each([
    [{ error: { status: 404, message: "Not found" } }, "Not found (HTTP 404)"],
    [{ error: { message: "Forbidden" } }, "Forbidden"],
    [{ error: { status: 500, message: "" } }, "(no message) (HTTP 500)"],
    [{ error: { status: "500" } }, "(no message)"],
    [{ error: { status: 400, message: 42 } }, "(no message) (HTTP 400)"],
    [{ error: "boom" }, '"boom"'],
  ])("%j", (body, text) => {
    expect(message(body)).toBe(`northflank: the input is a Northflank error response: ${text}`);
  });

  it("names a body that is neither a list nor a backup", () => {
    expect(message({ id: "x", status: "completed" })).toBe(
      "northflank: not a Northflank backup body: expected a list ({data, pagination}) or a backup (id, status, …)",
    );
    expect(message("x")).toBe(
      "northflank: expected a backup list or a backup object, got a string",
    );
  });

  it("reads a body with both data and error as a list", () => {
    expect(fromNorthflank({ data: [base], error: null }).backups.map((b) => b.id)).toEqual(["nb"]);
  });
});

describe("fromNorthflank on a bare object", () => {
  it.each(["addon", "config", "schedules", "expiredBy", "createdAt", "completedAt"])(
    "takes it for a backup when %s is its only Northflank field",
    (key) => {
      const { backups } = fromNorthflank({ id: "nb", status: "completed", [key]: null });
      expect(backups.map((b) => [b.provider, b.id])).toEqual([["northflank", "nb"]]);
    },
  );
});
