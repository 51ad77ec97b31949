import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../../scripts/specs.mjs";
import { locateRecords, recordOf, refsAt } from "./support/records.js";

type TestCase = [name: string, { body: unknown; locations: string[]; want: string[] }];

const list = ["$.automatic[*]", "$.snapshot.current", "$.snapshot.in_progress"];

const cases: TestCase[] = [
  ["a single body", { body: { id: 1 }, locations: ["$"], want: ["$"] }],
  [
    "every array entry, null and scalars included",
    {
      body: { automatic: [{}, null, 5] },
      locations: list,
      want: ["$.automatic[0]", "$.automatic[1]", "$.automatic[2]"],
    },
  ],
  [
    "null and absent slots hold nothing",
    { body: { automatic: null, snapshot: { current: null } }, locations: list, want: [] },
  ],
  [
    "a container that cannot be walked is one record",
    {
      body: { automatic: "x", snapshot: [] },
      locations: list,
      want: ["$.automatic", "$.snapshot"],
    },
  ],
  [
    "..name[*] reaches children at every depth",
    {
      body: { backup: { children: [{ children: [{}] }, 7] } },
      locations: ["$.backup", "$.backup..children[*]"],
      want: [
        "$.backup",
        "$.backup.children[0]",
        "$.backup.children[1]",
        "$.backup.children[0].children[0]",
      ],
    },
  ],
  [
    "a null array entry is a slot, even where the location goes on",
    {
      body: { backup: [null, { backupruns: [null] }] },
      locations: ["$.backup[*].backupruns[*]"],
      want: ["$.backup[0]", "$.backup[1].backupruns[0]"],
    },
  ],
  [
    ".name? steps into a wrapper and stays on a bare object",
    {
      body: [{ backup: { id: 1 } }, { id: 2 }, { backup: null }, null, "x"],
      locations: ["$[*].backup?"],
      want: ["$[0].backup", "$[1]", "$[2].backup", "$[3]", "$[4]"],
    },
  ],
  [
    "the body is a slot: a wrapper it holds may be null",
    { body: { backup: null }, locations: ["$.backup?"], want: ["$.backup"] },
  ],
  [
    "a strict property that is null holds nothing",
    { body: { backup: null }, locations: ["$.backup"], want: [] },
  ],
  [
    "[*]? walks a list, or takes an object as its one entry",
    {
      body: { list: [{ runs: [{}] }], one: { runs: [{}, {}] }, none: { runs: null } },
      locations: ["$.list[*]?.runs[*]", "$.one[*]?.runs[*]", "$.none[*]?.runs[*]"],
      want: ["$.list[0].runs[0]", "$.one.runs[0]", "$.one.runs[1]"],
    },
  ],
  [
    "[*]? on a value that is neither is one record",
    { body: { backup: "x" }, locations: ["$.backup[*]?.runs[*]"], want: ["$.backup"] },
  ],
  [
    "an own __proto__ key is walked like any other",
    {
      body: JSON.parse('{"__proto__":{"a":1}}'),
      locations: ["$.__proto__"],
      want: ["$.__proto__"],
    },
  ],
];

describe("locateRecords", () => {
  it.each(cases)("finds %s", (_name, { body, locations, want }) => {
    expect(locateRecords(body, locations).map((r) => r.path)).toEqual(want);
  });
});

describe("recordOf", () => {
  const records = locateRecords({ backups: [{ children: [{}] }] }, [
    "$.backups[*]",
    "$.backups[*].children[*]",
  ]);

  it.each([
    ["$.backups[0].id", "$.backups[0]"],
    ["$.backups[0].children[0].id", "$.backups[0].children[0]"],
    ["$.backups[0]", "$.backups[0]"],
    ["$.backups[01]", undefined],
    ["$.count", undefined],
  ])("puts an issue at %s on %s", (path, want) => {
    expect(recordOf(records, path)?.path).toBe(want);
  });
});

describe("refsAt", () => {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const spec: JsonObject = {
    components: {
      schemas: {
        Backup: {
          type: "object",
          properties: { children: { type: "array", items: ref("Backup") } },
        },
        Entry: { type: "object", properties: { backup: ref("Backup") } },
        List: { type: "array", items: ref("Entry") },
        One: { type: "object", properties: { data: ref("Backup") } },
      },
    },
  };

  it.each([
    // The optional step reaches both the wrapper and what it wraps.
    ["List", "$[*].backup?", ["#/components/schemas/Entry", "#/components/schemas/Backup"]],
    ["List", "$[*]", ["#/components/schemas/Entry"]],
    ["One", "$.data[*]?", ["#/components/schemas/Backup"]],
    ["One", "$.data..children[*]", ["#/components/schemas/Backup"]],
    ["One", "$.nothing", []],
  ])("follows %s to %s", (name, location, want) => {
    expect([...refsAt(spec, ref(name), location)]).toEqual(want);
  });
});
