import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../scripts/specs.mjs";
import { StrictSchemas } from "./support/strict-schemas.js";

/** A made-up spec with each construct the validator treats specially. */
const spec: JsonObject = {
  components: {
    schemas: {
      Backup: {
        type: "object",
        "x-internal": true,
        example: { id: 1 },
        xml: { name: "backup" },
        properties: {
          id: { type: "integer", format: "int64" },
          label: { type: ["string", "null"] },
          disk: { type: "object", properties: { size: { type: "integer" } } },
        },
      },
      Tagged: {
        allOf: [
          { $ref: "#/components/schemas/Backup" },
          { properties: { tag: { type: "string" } } },
        ],
        type: "object",
      },
      Slot: { oneOf: [{ $ref: "#/components/schemas/Backup" }, { type: "null" }] },
      Free: { type: "object", additionalProperties: true, properties: { id: { type: "string" } } },
    },
  },
};

const schemas = new StrictSchemas("made-up", spec);
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

type TestCase = [name: string, { schema: string; value: unknown; want: string[] }];

const cases: TestCase[] = [
  ["a documented object", { schema: "Backup", value: { id: 1, label: null }, want: [] }],
  [
    "an undocumented field",
    {
      schema: "Backup",
      value: { id: 1, region: "x" },
      want: ['(body) must NOT have unevaluated properties: "region"'],
    },
  ],
  [
    "an undocumented nested field",
    {
      schema: "Backup",
      value: { disk: { size: 1, unit: "MB" } },
      want: ['/disk must NOT have unevaluated properties: "unit"'],
    },
  ],
  ["a wrong type", { schema: "Backup", value: { id: "1" }, want: ["/id must be integer"] }],
  ["fields of both allOf members", { schema: "Tagged", value: { id: 1, tag: "t" }, want: [] }],
  [
    "a field of neither allOf member",
    {
      schema: "Tagged",
      value: { id: 1, other: true },
      want: ['(body) must NOT have unevaluated properties: "other"'],
    },
  ],
  ["null in a nullable slot", { schema: "Slot", value: null, want: [] }],
  [
    "an object with extras that its schema allows",
    { schema: "Free", value: { id: "a", more: 1 }, want: [] },
  ],
];

describe("StrictSchemas", () => {
  it.each(cases)("judges %s", (_name, { schema, value, want }) => {
    expect(schemas.problems(ref(schema), value)).toEqual(want);
  });

  it("closes a slot whose object branch gets an undocumented field", () => {
    expect(schemas.problems(ref("Slot"), { id: 1, extra: 1 })).not.toEqual([]);
  });

  it.each([
    ["an unknown keyword", { type: "string", maxLenght: 3 }, /unknown keyword: "maxLenght"/],
    ["OpenAPI 3.0's nullable", { type: "string", nullable: true }, /"nullable" is OpenAPI 3.0/],
    ["an unknown format", { type: "string", format: "timestamp" }, /unknown format "timestamp"/],
    ["a ref outside components.schemas", { $ref: "#/paths/x" }, /only #\/components\/schemas/],
  ])("refuses a schema with %s", (_name, schema, message) => {
    expect(() => schemas.problems(schema as JsonObject, "x")).toThrow(message);
  });
});
