/**
 * Contract tests of the specs: every example in every spec, every fixture
 * (the providers' documented samples and the responses others published)
 * must fit its schema under a strict, closed-world JSON Schema validator.
 * The specs come from redocly.yaml, so a new provider is covered as soon as
 * it is listed there.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import {
  deref,
  type Json,
  type JsonObject,
  listApis,
  listOperations,
  loadSpec,
  repoRoot,
} from "../../scripts/specs.mjs";
import { type FixtureBody, fixtureBodies } from "./fixture-bodies.js";
import { collectExamples } from "./support/examples.js";
import { StrictSchemas } from "./support/strict-schemas.js";

const fixturesDir = join(repoRoot, "fixtures");
/** Notes that travel with fixtures and are not bodies. */
const NOT_A_BODY = /(^|\/)(README|LICEN[CS]E|NOTICE)[^/]*$/i;

const apis = listApis().map((api) => {
  const spec = loadSpec(api.id);
  return { id: api.id, spec, schemas: new StrictSchemas(api.id, spec) };
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function bodySchema(spec: JsonObject, body: FixtureBody): Json {
  const entry = listOperations(spec).find((o) => o.operation.operationId === body.operation);
  if (!entry) throw new Error(`the spec has no operation ${body.operation}`);
  const responses = isObject(entry.operation.responses) ? entry.operation.responses : {};
  const status = body.status ?? "200";
  const response = deref(spec, responses[status] ?? null);
  const media = body.media ?? "application/json";
  const content = isObject(response) && isObject(response.content) ? response.content : {};
  const mediaObject = content[media];
  if (!isObject(mediaObject) || mediaObject.schema === undefined) {
    throw new Error(`${body.operation} has no ${status} ${media} body schema`);
  }
  return mediaObject.schema;
}

describe.each(apis)("the $id spec", ({ id, spec, schemas }) => {
  const examples = collectExamples(spec);

  it("has examples to check", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [e.where, e] as const))("example %s fits its schema", (_where, e) => {
    expect(schemas.problems(e.schema, e.value)).toEqual([]);
  });

  const bodies = Object.entries(fixtureBodies[id] ?? {});
  it.each(bodies)("fixture %s fits its response schema", (file, body) => {
    const text = readFileSync(join(fixturesDir, id, file), "utf8");
    const value = (body.parse ?? JSON.parse)(text);
    expect(schemas.problems(bodySchema(spec, body), value)).toEqual([]);
  });
});

describe("the fixture table", () => {
  const providerDirs = readdirSync(fixturesDir).filter((name) =>
    statSync(join(fixturesDir, name)).isDirectory(),
  );

  it("covers exactly the providers that have fixtures, each with a spec", () => {
    expect(Object.keys(fixtureBodies).sort()).toEqual(providerDirs.sort());
    const specIds = apis.map((api) => api.id);
    expect(providerDirs.filter((dir) => !specIds.includes(dir))).toEqual([]);
  });

  it.each(providerDirs)("lists every file under fixtures/%s, and only files that exist", (id) => {
    const onDisk = filesUnder(join(fixturesDir, id))
      .map((path) => relative(join(fixturesDir, id), path).split("\\").join("/"))
      .filter((path) => !NOT_A_BODY.test(path))
      .sort();
    expect(Object.keys(fixtureBodies[id] ?? {}).sort()).toEqual(onDisk);
  });
});
