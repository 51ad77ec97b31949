/**
 * The field readers every converter shares, value by value: what each reads a
 * value as, and the exact warning (path and text) a value of the wrong type
 * leaves, so a reader that lets a wrong value through or warns about a good
 * one fails here rather than somewhere in a converter's suite.
 */
import { describe, expect, it } from "vitest";
import {
  Cursor,
  forEachObject,
  hasOwnKeyOf,
  idOf,
  isObject,
  type JsonObject,
  kindOf,
  readBackupId,
  readBoolean,
  readEnum,
  readId,
  readNumber,
  readObject,
  readString,
  readTimestamp,
  verbatim,
} from "../src/fields.js";

/** A cursor at `$.data[2]`, reading backup `b1`. */
function cursor(): Cursor {
  const c = Cursor.start("northflank");
  c.at("$.data", 2);
  c.backupId = "b1";
  return c;
}

const lines = (c: Cursor) =>
  c.issues.map((i) => `${i.severity} ${i.path} [${i.backupId}] ${i.message}`);

/** Reads `value` with `read` at a fresh cursor: what it gives and what it warned. */
function reading<T>(read: (c: Cursor, key: string, value: unknown) => T, value: unknown) {
  const c = cursor();
  const got = read(c, "size", value);
  return { got, issues: lines(c) };
}

// JSON.parse("1e400") is Infinity: a number no JSON writer meant.
const overflow = JSON.parse("1e400") as number;

describe("idOf", () => {
  it.each([
    ["abc", "abc"],
    ["", null],
    [" ", " "],
    [0, "0"],
    [-3, "-3"],
    [1.5, "1.5"],
    [overflow, null],
    [-overflow, null],
    [Number.NaN, null],
    [true, null],
    [null, null],
    [undefined, null],
    [{ id: 1 }, null],
    [[1], null],
  ])("%j → %j", (given, want) => {
    expect(idOf(given)).toBe(want);
  });
});

describe("isObject and kindOf", () => {
  it.each([
    [{}, true, "an object"],
    [[], false, "an array"],
    [null, false, "null"],
    ["x", false, "a string"],
    [1, false, "a number"],
    [false, false, "a boolean"],
    [undefined, false, "a undefined"],
  ])("%j: object %s, %s", (given, object, kind) => {
    expect(isObject(given)).toBe(object);
    expect(kindOf(given)).toBe(kind);
  });
});

describe("readNumber", () => {
  it.each([
    [12, 12],
    [0, 0],
    [-1.5, -1.5],
    ["1234", 1234],
    [" 42 ", 42],
    ["1729232400000.0", 1729232400000],
    [null, null],
    [undefined, null],
    ["", null],
  ])("reads %j as %j, without a warning", (given, want) => {
    expect(reading(readNumber, given)).toEqual({ got: want, issues: [] });
  });

  it.each([
    ["  ", '"  "'],
    ["\t\n", '"\\t\\n"'],
    ["12 kB", '"12 kB"'],
    ["Infinity", '"Infinity"'],
    [overflow, "null"],
    [Number.NaN, "null"],
    [true, "true"],
    [[1], "[1]"],
    [{ n: 1 }, '{"n":1}'],
  ])("reads %j as null, with a warning", (given, shown) => {
    expect(reading(readNumber, given)).toEqual({
      got: null,
      issues: [`warning $.data[2].size [b1] expected a number, got ${shown}`],
    });
  });
});

describe("readId", () => {
  it.each([
    ["x1", "x1"],
    [7, "7"],
    [0, "0"],
    ["", null],
    [null, null],
    [undefined, null],
  ])("reads %j as %j, without a warning", (given, want) => {
    expect(reading(readId, given)).toEqual({ got: want, issues: [] });
  });

  it.each([
    [overflow, "null"],
    [false, "false"],
    [{ id: 1 }, '{"id":1}'],
  ])("reads %j as null, with a warning", (given, shown) => {
    expect(reading(readId, given)).toEqual({
      got: null,
      issues: [`warning $.data[2].size [b1] expected an id (string or number), got ${shown}`],
    });
  });
});

describe("readString and verbatim", () => {
  it.each([
    ["text", "text"],
    ["", ""],
    [5, "5"],
    [null, null],
    [undefined, null],
  ])("read %j as %j, without a warning", (given, want) => {
    expect(reading(readString, given)).toEqual({ got: want, issues: [] });
    expect(verbatim(given)).toBe(want);
  });

  it.each([
    [true, "true"],
    [overflow, "null"],
    [["a"], '["a"]'],
  ])("readString reads %j as null, with a warning; verbatim as null", (given, shown) => {
    expect(reading(readString, given)).toEqual({
      got: null,
      issues: [`warning $.data[2].size [b1] expected a string, got ${shown}`],
    });
    expect(verbatim(given)).toBeNull();
  });
});

describe("readBoolean", () => {
  it.each([
    [true, true],
    [false, false],
    ["true", true],
    ["false", false],
    [null, null],
    [undefined, null],
  ])("reads %j as %j, without a warning", (given, want) => {
    expect(reading(readBoolean, given)).toEqual({ got: want, issues: [] });
  });

  it.each([
    ["TRUE", '"TRUE"'],
    ["", '""'],
    [1, "1"],
    [0, "0"],
  ])("reads %j as null, with a warning", (given, shown) => {
    expect(reading(readBoolean, given)).toEqual({
      got: null,
      issues: [`warning $.data[2].size [b1] expected a boolean, got ${shown}`],
    });
  });
});

describe("readTimestamp", () => {
  it.each([
    ["2018-01-15T00:01:01", "2018-01-15T00:01:01.000Z"],
    ["", null],
    [null, null],
    [undefined, null],
  ])("reads %j as %j, without a warning", (given, want) => {
    expect(reading(readTimestamp, given)).toEqual({ got: want, issues: [] });
  });

  it.each([
    ["x2018-01-15T00:01:01", 'not a valid timestamp: "x2018-01-15T00:01:01"'],
    ["2018-02-30T00:00:00", 'not a valid timestamp: "2018-02-30T00:00:00"'],
    [1516000000, "expected a timestamp string, got 1516000000"],
    [{}, "expected a timestamp string, got {}"],
  ])("reads %j as null, with a warning", (given, message) => {
    expect(reading(readTimestamp, given)).toEqual({
      got: null,
      issues: [`warning $.data[2].size [b1] ${message}`],
    });
  });
});

describe("readEnum", () => {
  const table = { a: "alpha", b: "beta" } as const;
  const read = (c: Cursor, key: string, value: unknown) => readEnum(c, key, value, table, "none");

  it.each([
    ["a", "alpha"],
    ["b", "beta"],
  ])("maps %j to %j, without a warning", (given, want) => {
    expect(reading(read, given)).toEqual({ got: want, issues: [] });
  });

  it.each([
    ["c", ['warning $.data[2].size [b1] unknown value "c"']],
    ["", ['warning $.data[2].size [b1] unknown value ""']],
    ["toString", ['warning $.data[2].size [b1] unknown value "toString"']],
    [null, ["warning $.data[2].size [b1] missing"]],
    [undefined, ["warning $.data[2].size [b1] missing"]],
    [true, ["warning $.data[2].size [b1] expected a string, got true"]],
  ])("maps %j to the fallback, with one warning", (given, issues) => {
    expect(reading(read, given)).toEqual({ got: "none", issues });
  });
});

describe("readObject", () => {
  it("reads an object as itself, absent and null as null, without a warning", () => {
    const object = { id: 1 };
    expect(reading(readObject, object)).toEqual({ got: object, issues: [] });
    expect(reading(readObject, null)).toEqual({ got: null, issues: [] });
    expect(reading(readObject, undefined)).toEqual({ got: null, issues: [] });
  });

  it.each([
    [[], "an array"],
    ["x", "a string"],
    [0, "a number"],
  ])("reads %j as null, with a warning", (given, kind) => {
    expect(reading(readObject, given)).toEqual({
      got: null,
      issues: [`warning $.data[2].size [b1] expected an object, got ${kind}`],
    });
  });
});

describe("readBackupId", () => {
  it("reads the id and sets it as the cursor's backup", () => {
    const c = Cursor.start("linode");
    c.at("$.automatic", 0);
    expect(readBackupId(c, "id", 12)).toBe("12");
    expect(c.backupId).toBe("12");
    expect(c.issues).toEqual([]);
  });

  it("turns an object without an id into an error naming the field", () => {
    const c = Cursor.start("linode");
    c.at("$.automatic", 1);
    c.backupId = "stale";
    expect(readBackupId(c, "id", "")).toBeNull();
    expect(c.backupId).toBeNull();
    expect(readBackupId(c, "backuprun_id", overflow, "a run needs a backuprun_id")).toBeNull();
    expect(c.issues).toEqual([
      {
        provider: "linode",
        severity: "error",
        path: "$.automatic[1].id",
        backupId: null,
        message: 'a backup needs an id, got ""',
      },
      {
        provider: "linode",
        severity: "error",
        path: "$.automatic[1].backuprun_id",
        backupId: null,
        message: "a run needs a backuprun_id, got null",
      },
    ]);
  });
});

describe("Cursor", () => {
  it("starts at $ with no issues and no backup, for its provider", () => {
    const first = Cursor.start("onapp");
    first.warn("x", "one");
    const c = Cursor.start("zcom");
    expect([c.path, c.backupId, c.issues]).toEqual(["$", null, []]);
    c.warn("note", "two");
    expect(c.issues).toEqual([
      { provider: "zcom", severity: "warning", path: "$.note", backupId: null, message: "two" },
    ]);
  });

  it("writes item paths, and forgets the backup when it moves", () => {
    const c = Cursor.start("zcom");
    c.at("$.backup", 0);
    expect(c.path).toBe("$.backup[0]");
    c.backupId = "b";
    c.at("$.backup[0].backupruns");
    expect([c.path, c.backupId]).toEqual(["$.backup[0].backupruns", null]);
    c.warnAt("$.elsewhere", "r9", "three");
    expect(c.issues).toEqual([
      {
        provider: "zcom",
        severity: "warning",
        path: "$.elsewhere",
        backupId: "r9",
        message: "three",
      },
    ]);
  });
});

describe("forEachObject", () => {
  it("visits each object at its index, and reports entries that are not objects", () => {
    const c = Cursor.start("huawei-cbr");
    const seen: string[] = [];
    const visit = (at: Cursor, object: JsonObject, state: string[]) => {
      state.push(`${at.path} ${JSON.stringify(object)}`);
    };
    forEachObject(c, [{ id: 1 }, null, "x", { id: 2 }], "$.backups", seen, visit);
    expect(seen).toEqual(['$.backups[0] {"id":1}', '$.backups[3] {"id":2}']);
    expect(lines(c)).toEqual([
      "error $.backups[1] [null] expected a backup object, got null",
      "error $.backups[2] [null] expected a backup object, got a string",
    ]);
  });

  it("reads null and absent as empty, and reports another type", () => {
    const c = Cursor.start("huawei-cbr");
    const visit = () => {
      throw new Error("no object to visit");
    };
    forEachObject(c, null, "$.backups", null, visit);
    forEachObject(c, undefined, "$.backups", null, visit);
    expect(c.issues).toEqual([]);
    forEachObject(c, { id: 1 }, "$.backups", null, visit);
    expect(lines(c)).toEqual([
      "error $.backups [null] expected an array of backups, got an object",
    ]);
  });
});

describe("hasOwnKeyOf", () => {
  it("finds own keys only", () => {
    expect(hasOwnKeyOf({ b: undefined }, ["a", "b"])).toBe(true);
    expect(hasOwnKeyOf({ c: 1 }, ["a", "b"])).toBe(false);
    expect(hasOwnKeyOf({}, ["toString"])).toBe(false);
    expect(hasOwnKeyOf({ a: 1 }, [])).toBe(false);
  });
});
