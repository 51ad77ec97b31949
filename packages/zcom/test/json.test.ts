import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parseZcomJson } from "../src/index.js";

const seedText = readFileSync(
  new URL("../../../fixtures/zcom/list-backups.seed.json", import.meta.url),
  "utf8",
);

describe("parseZcomJson", () => {
  it("reads the documented list sample, trailing commas included", () => {
    expect(() => JSON.parse(seedText)).toThrow(SyntaxError);
    const body = parseZcomJson(seedText) as { backup: { backupruns: unknown[] }[] };
    expect(body.backup.map((b) => b.backupruns.length)).toEqual([1, 3, 2]);
  });

  it("gives what the spec's example says: the sample's valid-JSON equivalent", () => {
    const spec = parseYaml(
      readFileSync(new URL("../../../specs/zcom/openapi.yaml", import.meta.url), "utf8"),
    );
    const example =
      spec.paths["/{tenant_id}/backup"].get.responses["200"].content["application/json"].example;
    expect(parseZcomJson(seedText)).toEqual(example);
    expect(JSON.parse(JSON.stringify(example))).toEqual(example);
  });

  it.each([
    ["strict JSON", '{"backup": []}', { backup: [] }],
    ["a trailing comma in an array", '{"backup": [1, 2,]}', { backup: [1, 2] }],
    ["a trailing comma in an object", '{"backup": [],}', { backup: [] }],
    ["a scalar", "42", 42],
  ])("reads %s", (_name, text, want) => {
    expect(parseZcomJson(text)).toEqual(want);
  });

  it.each([
    ["garbage", "<html>Service Unavailable</html>", /Unexpected token '<'/],
    ["an empty body", "", /Unexpected end of JSON input/],
    ["a cut-off body", '{"backup": [', /Unexpected end of JSON input/],
  ])("rejects %s with a clear SyntaxError", (_name, text, reason) => {
    expect(() => parseZcomJson(text)).toThrow(SyntaxError);
    expect(() => parseZcomJson(text)).toThrow(/^zcom: the body is not JSON, even read leniently/);
    expect(() => parseZcomJson(text)).toThrow(reason);
  });
});
