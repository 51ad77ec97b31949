import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../../scripts/specs.mjs";
import { asParsedJson, SchemaArbitraries } from "./support/schema-arbitrary.js";

const spec: JsonObject = {
  components: {
    schemas: {
      Item: {
        type: "object",
        required: ["id", "state"],
        properties: {
          id: { type: "integer", minimum: 1, maximum: 9 },
          state: { type: "string", enum: ["on", "off"] },
          note: { type: ["string", "null"], maxLength: 5 },
          at: { type: "string", format: "date-time" },
        },
      },
      List: {
        type: "object",
        properties: { items: { type: "array", items: { $ref: "#/components/schemas/Item" } } },
      },
      Node: {
        type: "object",
        required: ["children"],
        properties: { children: { type: "array", items: { $ref: "#/components/schemas/Node" } } },
      },
      Fault: {
        type: "object",
        minProperties: 1,
        maxProperties: 1,
        properties: { a: { type: "integer" }, b: { type: "integer" }, c: { type: "integer" } },
        additionalProperties: { type: "integer" },
      },
    },
  },
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("SchemaArbitraries", () => {
  it("keeps to the schema when not mutating", () => {
    const items = fc.sample(new SchemaArbitraries(spec, { mutate: false }).of(ref("Item")), 500);
    for (const item of items as Record<string, unknown>[]) {
      expect(Object.keys(item).every((k) => ["id", "state", "note", "at"].includes(k))).toBe(true);
      expect(item.id).toBeGreaterThanOrEqual(1);
      expect(item.id).toBeLessThanOrEqual(9);
      expect(["on", "off"]).toContain(item.state);
      expect(
        item.note === undefined || item.note === null || (item.note as string).length <= 5,
      ).toBe(true);
    }
  });

  it("produces the messes when mutating: missing, null, unknown and extra fields", () => {
    const arbitrary = new SchemaArbitraries(spec, { mutate: true }).of(ref("List"));
    const items = fc
      .sample(arbitrary, 2000)
      .flatMap((list) => ((list as { items?: unknown }).items as unknown[]) ?? [])
      .filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null);
    const seen = (test: (item: Record<string, unknown>) => boolean) => items.some(test);
    expect(seen((i) => !("id" in i))).toBe(true);
    expect(seen((i) => i.state === null)).toBe(true);
    expect(seen((i) => typeof i.state === "string" && !["on", "off"].includes(i.state))).toBe(true);
    expect(seen((i) => typeof i.id === "number" && i.id > 2 ** 53)).toBe(true);
    expect(
      seen((i) => Object.keys(i).some((k) => !["id", "state", "note", "at"].includes(k))),
    ).toBe(true);
    expect(seen((i) => Object.hasOwn(i, "__proto__"))).toBe(true);
  });

  it("keeps minProperties and maxProperties when not mutating", () => {
    const faults = fc.sample(new SchemaArbitraries(spec, { mutate: false }).of(ref("Fault")), 300);
    for (const fault of faults as object[]) expect(Object.keys(fault)).toHaveLength(1);
  });

  it("lets a schema nest itself twice, with shorter arrays inside arrays", () => {
    type Node = { children: (Node | null)[] };
    const nodes = fc.sample(new SchemaArbitraries(spec, { mutate: false }).of(ref("Node")), 300);
    const lengths = { top: 0, nested: 0 };
    for (const node of nodes as Node[]) {
      lengths.top = Math.max(lengths.top, node.children.length);
      for (const child of node.children) {
        lengths.nested = Math.max(lengths.nested, child?.children.length ?? 0);
        // The third level is where generation stops.
        for (const grandchild of child?.children ?? []) expect(grandchild).toBeNull();
      }
    }
    expect(lengths).toEqual({ top: 4, nested: 2 });
  });

  it("refuses a keyword it does not understand, rather than guess", () => {
    const arbitraries = new SchemaArbitraries(spec, { mutate: true });
    expect(() => arbitraries.of({ type: "string", not: { const: "x" } })).toThrow(
      /unsupported keyword "not"/,
    );
  });

  it("hands converters frozen, freshly built JSON", () => {
    const value = asParsedJson({ a: [-0, Number.NaN, { b: undefined }] }) as { a: unknown[] };
    expect(value).toEqual({ a: [0, null, {}] });
    expect(Object.isFrozen(value) && Object.isFrozen(value.a)).toBe(true);
  });
});
