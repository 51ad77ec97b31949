#!/usr/bin/env node
// Compares one of our specs with a provider's own machine-readable
// description and prints the differences: field names, types, enums,
// nullability and required fields, so that the next reconciliation is a
// command rather than a reading.
//
//   npm run specs:compare -- <api-id | our-spec.yaml> <official>
//
// <official> is an OpenAPI document (YAML or JSON, 3.0 or 3.1), or Go SDK
// models: a directory of .go files or one file (Huawei's
// services/cbr/v1/model/). Operations are matched by operationId (compared
// without case or punctuation) or by path; with Go models, our operation
// `listBackups` is matched to the structs `ListBackupsRequest` (its
// parameters) and `ListBackupsResponse` (its 200 body), and each of our
// component schemas to the struct of the same name. Go carries no
// nullability and its required-ness is how the SDK serialises, so against Go
// only names, types and enums are compared.
//
// A difference at a schema of ours that carries `x-backupkit-deviation` is
// printed as a marked deviation (for a field only the official side has: the
// object holding it). The exit code is 1 when any difference is unmarked.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { listOperations, loadSpec, loadSpecFile, pointer } from "./specs.mjs";

const DEVIATION = "x-backupkit-deviation";

/** Reads an official description: an OpenAPI document, or Go model files. */
export function readOfficial(path) {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    const files = readdirSync(path).filter((name) => name.endsWith(".go"));
    if (files.length === 0) throw new Error(`${path}: no .go files`);
    return goModels(files.map((name) => readFileSync(join(path, name), "utf8")));
  }
  const text = readFileSync(path, "utf8");
  if (path.endsWith(".go")) return goModels([text]);
  const doc = parse(text);
  if (!isObject(doc) || (doc.openapi === undefined && doc.swagger === undefined)) {
    throw new Error(`${path}: neither an OpenAPI document nor Go models`);
  }
  return { kind: "openapi", doc };
}

/**
 * The structs and enums of Go SDK models: `type X struct {...}` with JSON
 * tags, and the values of `GetXEnum()` for enum types.
 */
export function goModels(texts) {
  const structs = new Map();
  const enums = new Map();
  for (const text of texts) {
    for (const match of text.matchAll(/^type (\w+) struct \{\n([\s\S]*?)^\}/gm)) {
      const [, name, body] = match;
      const fields = new Map();
      for (const line of body.split("\n")) {
        const field = /^\s+\w+\s+(\S+)\s+`json:"([^",]+)(,omitempty)?"/.exec(line);
        if (field && field[2] !== "-") fields.set(field[2], field[1]);
      }
      // An enum type is a struct holding one unexported `value`.
      const value = /^\s+value\s+(\w+)\s*$/m.exec(body);
      if (fields.size === 0 && value) enums.set(name, { type: value[1], values: [] });
      else structs.set(name, fields);
    }
    for (const match of text.matchAll(/^func Get(\w+)Enum\(\) \w+ \{\n([\s\S]*?)^\}/gm)) {
      const values = [...match[2].matchAll(/value:\s+("(?:[^"\\]|\\.)*"|-?\d+)/g)].map((v) =>
        JSON.parse(v[1]),
      );
      const known = enums.get(match[1]);
      if (known) known.values = values;
    }
  }
  return { kind: "go", structs, enums };
}

/**
 * The differences between our spec and the official description, each as
 * `{ where, message, deviation }` (`deviation`: our note, or null).
 */
export function compare(ours, official) {
  const out = [];
  const side = (doc) => ({ kind: "openapi", doc });
  const oursSide = side(ours);
  const theirs = official.kind === "go" ? official : side(official.doc);
  const shared = new Set(
    Object.keys(ours.components?.schemas ?? {}).filter((name) =>
      official.kind === "go"
        ? official.structs.has(name)
        : Object.hasOwn(official.doc.components?.schemas ?? {}, name),
    ),
  );
  const walker = new Walker(oursSide, theirs, shared, out);

  for (const name of [...shared].sort()) {
    const theirSchema =
      official.kind === "go" ? { go: name } : { $ref: `#/components/schemas/${name}` };
    walker.walk({ $ref: `#/components/schemas/${name}` }, theirSchema, name, false);
  }
  for (const entry of listOperations(ours)) {
    const id = entry.operation.operationId ?? `${entry.method} ${entry.path}`;
    if (official.kind === "go") compareGoOperation(walker, ours, entry, id, official, out);
    else compareOpenApiOperation(walker, ours, entry, id, official.doc, out);
  }
  return out;
}

function compareOpenApiOperation(walker, ours, entry, id, doc, out) {
  const match = findOperation(doc, entry);
  if (!match) {
    out.push({ where: id, message: "operation only in ours", deviation: null });
    return;
  }
  const theirParams = new Map(
    parametersOf(doc, match.path, match.operation).map((p) => [`${p.in}.${p.name}`, p]),
  );
  for (const param of parametersOf(ours, entry.path, entry.operation)) {
    if (param.in === "header") continue;
    const key = `${param.in}.${param.name}`;
    const theirParam = theirParams.get(key);
    theirParams.delete(key);
    const where = `${id} ${key}`;
    if (!theirParam) {
      out.push({ where, message: "parameter only in ours", deviation: deviationOf(param) });
      continue;
    }
    walker.walk(param.schema ?? {}, theirParam.schema ?? {}, where, false, deviationOf(param));
  }
  for (const key of theirParams.keys()) {
    if (key.startsWith("header.") || key === "path.apiVersion") continue;
    out.push({ where: `${id} ${key}`, message: "parameter only in theirs", deviation: null });
  }
  const ourBody = bodyOf(ours, entry.operation);
  const theirBody = bodyOf(doc, match.operation);
  if (ourBody && theirBody) walker.walk(ourBody, theirBody, `${id} 200`, true);
}

function compareGoOperation(walker, ours, entry, id, official, out) {
  const base = id.charAt(0).toUpperCase() + id.slice(1);
  const request = official.structs.get(`${base}Request`);
  if (request) {
    const fields = new Map(request);
    for (const param of parametersOf(ours, entry.path, entry.operation)) {
      if (param.in === "header") continue;
      const where = `${id} ${param.in}.${param.name}`;
      const type = fields.get(param.name);
      fields.delete(param.name);
      if (type === undefined) {
        out.push({ where, message: "parameter only in ours", deviation: deviationOf(param) });
        continue;
      }
      walker.walk(param.schema ?? {}, { goType: type }, where, false, deviationOf(param));
    }
    for (const name of fields.keys()) {
      out.push({ where: `${id} ?.${name}`, message: "parameter only in theirs", deviation: null });
    }
  } else {
    out.push({ where: id, message: `no ${base}Request in the Go models`, deviation: null });
  }
  const body = bodyOf(ours, entry.operation);
  if (body && official.structs.has(`${base}Response`)) {
    walker.walk(body, { go: `${base}Response` }, `${id} 200`, false);
  }
}

/** Walks two schemas side by side, recording differences. */
class Walker {
  constructor(ours, theirs, shared, out) {
    Object.assign(this, { ours, theirs, shared, out });
  }

  /**
   * `compareRequired`: whether required-ness is compared (OpenAPI on both
   * sides); `inherited`: a deviation note from the node that holds this
   * schema (a parameter).
   */
  walk(ourSchema, theirSchema, where, compareRequired, inherited = null, stack = []) {
    const o = flatten(this.ours, ourSchema);
    const t = flatten(this.theirs, theirSchema);
    const deviation = o.deviation ?? inherited;
    const say = (message, note = deviation) =>
      this.out.push({ where, message, deviation: note ?? null });

    if (o.types.size > 0 && t.types.size > 0 && !sameSet(o.types, t.types)) {
      say(`type: ours ${list(o.types)}, theirs ${list(t.types)}`);
    }
    if (t.nullable !== null && o.nullable !== t.nullable) {
      say(`nullable: ours ${o.nullable ? "yes" : "no"}, theirs ${t.nullable ? "yes" : "no"}`);
    }
    if (o.enum && t.enum) {
      const onlyOurs = [...o.enum].filter((v) => !t.enum.has(v));
      const onlyTheirs = [...t.enum].filter((v) => !o.enum.has(v));
      if (onlyOurs.length > 0) say(`enum values only in ours: ${list(onlyOurs)}`);
      if (onlyTheirs.length > 0) say(`enum values only in theirs: ${list(onlyTheirs)}`);
    } else if (t.enum && !o.enum && t.enum.size > 0) {
      say(`enum: theirs closes it to ${list(t.enum)}, ours is open`);
    } else if (o.enum && !t.enum && t.types.size > 0) {
      say(`enum: ours closes it to ${list(o.enum)}, theirs is open`);
    }
    if (t.closed === true && o.closed !== true && o.types.has("object")) {
      say("theirs forbids fields it does not list, ours allows them");
    }

    // A pair of schemas compared on their own (same component name) is not repeated here.
    if (o.name && o.name === t.name && this.shared.has(o.name) && stack.length > 0) return;
    const key = `${o.name ?? where}|${t.name ?? ""}`;
    if (stack.includes(key)) return;
    const next = [...stack, key];

    const names = new Set([...Object.keys(o.properties), ...Object.keys(t.properties)]);
    for (const name of [...names].sort()) {
      const at = `${where}.${name}`;
      const ourChild = o.properties[name];
      const theirChild = t.properties[name];
      if (ourChild === undefined) {
        this.out.push({ where: at, message: "only in theirs", deviation: deviation ?? null });
        continue;
      }
      if (theirChild === undefined) {
        if (t.types.size === 0 || !t.types.has("object")) continue;
        const note = flatten(this.ours, ourChild).deviation;
        this.out.push({ where: at, message: "only in ours", deviation: note });
        continue;
      }
      if (compareRequired && o.required.has(name) !== t.required.has(name)) {
        const note = flatten(this.ours, ourChild).deviation ?? deviation;
        this.out.push({
          where: at,
          message: `required: ours ${o.required.has(name) ? "yes" : "no"}, theirs ${t.required.has(name) ? "yes" : "no"}`,
          deviation: note,
        });
      }
      this.walk(ourChild, theirChild, at, compareRequired, null, next);
    }
    if (o.items && t.items) this.walk(o.items, t.items, `${where}[]`, compareRequired, null, next);
  }
}

/**
 * One schema reduced to what is compared: its type names, nullability (null:
 * the description does not say), enum, properties (unflattened), required
 * names, items, whether it is closed, its component name and our deviation note.
 */
function flatten(side, schema, depth = 0) {
  const shape = {
    name: null,
    types: new Set(),
    nullable: side.kind === "go" ? null : false,
    enum: null,
    properties: {},
    required: new Set(),
    items: null,
    closed: null,
    deviation: null,
  };
  if (depth > 30 || !isObject(schema)) return shape;
  if (side.kind === "go") return flattenGo(side, schema, shape);

  if (typeof schema.$ref === "string") {
    const target = pointer(side.doc, schema.$ref.slice(1), schema.$ref);
    Object.assign(shape, flatten(side, target, depth + 1));
    shape.name = schema.$ref.split("/").at(-1);
  }
  if (typeof schema[DEVIATION] === "string") shape.deviation = schema[DEVIATION].trim();
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  for (const type of types) {
    if (type === "null") shape.nullable = true;
    else shape.types.add(type);
  }
  if (schema.nullable === true) shape.nullable = true;
  if (Array.isArray(schema.enum)) {
    if (schema.enum.includes(null)) shape.nullable = true;
    shape.enum = new Set(schema.enum.filter((v) => v !== null));
  }
  if (isObject(schema.properties)) Object.assign(shape.properties, schema.properties);
  if (Array.isArray(schema.required)) for (const name of schema.required) shape.required.add(name);
  if (schema.items !== undefined) shape.items = schema.items;
  if (schema.additionalProperties === false || schema.unevaluatedProperties === false) {
    shape.closed = true;
  }
  for (const member of schema.allOf ?? []) merge(shape, flatten(side, member, depth + 1), "all");
  const branches = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(branches)) {
    const union = branches.map((branch) => flatten(side, branch, depth + 1));
    for (const branch of union) merge(shape, branch, "any");
    // A branch that takes any value of its type leaves the whole open.
    if (union.some((b) => b.types.size > 0 && b.enum === null)) shape.enum = null;
    const named = union.filter((b) => b.name !== null);
    if (named.length === 1 && shape.name === null) shape.name = named[0].name;
  }
  return shape;
}

function merge(shape, member, how) {
  for (const type of member.types) shape.types.add(type);
  if (member.nullable) shape.nullable = true;
  if (member.enum) shape.enum = new Set([...(shape.enum ?? []), ...member.enum]);
  for (const [name, schema] of Object.entries(member.properties)) {
    if (!Object.hasOwn(shape.properties, name)) shape.properties[name] = schema;
  }
  if (how === "all") for (const name of member.required) shape.required.add(name);
  shape.items ??= member.items;
  if (how !== "all") return;
  // Only what every value must be (allOf) passes a member's closing, name and note on.
  if (member.closed) shape.closed = true;
  shape.deviation ??= member.deviation;
  shape.name ??= member.name;
}

const GO_SCALARS = {
  string: "string",
  bool: "boolean",
  int: "integer",
  int32: "integer",
  int64: "integer",
  float32: "number",
  float64: "number",
  "sdktime.SdkTime": "string",
  "sdktime.SdkDate": "string",
};

/** A Go struct (`{go: name}`) or field type (`{goType: "*[]Foo"}`) as a shape. */
function flattenGo(side, schema, shape) {
  if (typeof schema.go === "string") {
    const fields = side.structs.get(schema.go);
    shape.name = schema.go;
    if (!fields) return shape;
    shape.types.add("object");
    for (const [name, type] of fields) shape.properties[name] = { goType: type };
    return shape;
  }
  const type = String(schema.goType ?? "").replace(/^\*/, "");
  if (type.startsWith("[]")) {
    shape.types.add("array");
    shape.items = { goType: type.slice(2) };
  } else if (type.startsWith("map[")) {
    shape.types.add("object");
  } else if (GO_SCALARS[type]) {
    shape.types.add(GO_SCALARS[type]);
  } else if (side.enums.has(type)) {
    const { type: valueType, values } = side.enums.get(type);
    shape.name = type;
    shape.types.add(GO_SCALARS[valueType] ?? "string");
    shape.enum = new Set(values);
  } else if (side.structs.has(type)) {
    return flattenGo(side, { go: type }, shape);
  }
  return shape;
}

function findOperation(doc, entry) {
  const id = normaliseId(entry.operation.operationId);
  const candidates = listOperations(doc).filter((o) => o.method === entry.method);
  const byId = id && candidates.find((o) => normaliseId(o.operation.operationId) === id);
  if (byId) return byId;
  const path = normalisePath(entry.path);
  return candidates.find((o) => {
    const theirs = normalisePath(o.path);
    return theirs.endsWith(path) || path.endsWith(theirs);
  });
}

const normaliseId = (id) =>
  typeof id === "string" ? id.toLowerCase().replace(/[^a-z0-9]/g, "") : "";
const normalisePath = (path) => path.replace(/\{[^}]*\}/g, "{}").replace(/\/$/, "");

function parametersOf(doc, path, operation) {
  const item = doc.paths?.[path] ?? {};
  return [...(item.parameters ?? []), ...(operation.parameters ?? [])]
    .map((p) => derefNode(doc, p))
    .filter(isObject);
}

/** The schema of the operation's 200 JSON body, refs left in place. */
function bodyOf(doc, operation) {
  const response = derefNode(doc, operation.responses?.["200"]);
  const content = isObject(response?.content) ? response.content : {};
  const media = content["application/json"] ?? Object.values(content)[0];
  return isObject(media) ? media.schema : undefined;
}

function derefNode(doc, node) {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string"; hops++) {
    if (hops > 20) return undefined;
    current = pointer(doc, current.$ref.slice(1), current.$ref);
  }
  return current;
}

function deviationOf(node) {
  const note = node?.[DEVIATION] ?? node?.schema?.[DEVIATION];
  return typeof note === "string" ? note.trim() : null;
}

function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const sameSet = (a, b) => a.size === b.size && [...a].every((v) => b.has(v));
const list = (values) =>
  [...values].map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");

/** The differences as lines, marked ones flagged, and a count. */
export function formatDifferences(differences) {
  const lines = differences.map(
    (d) => `${d.where}: ${d.message}${d.deviation ? "  [marked deviation]" : ""}`,
  );
  const marked = differences.filter((d) => d.deviation).length;
  lines.push(
    `${differences.length} difference(s), ${marked} marked as deliberate deviations, ${differences.length - marked} unmarked`,
  );
  return lines.join("\n");
}

/** An api id of redocly.yaml, or a spec file (relative to the caller's directory). */
function loadOurs(arg, from) {
  const file = from(arg);
  return existsSync(file) && statSync(file).isFile() ? loadSpecFile(file) : loadSpec(arg);
}

function main(argv) {
  const [oursArg, officialArg] = argv;
  if (!oursArg || !officialArg || argv.length !== 2) {
    console.error(
      "usage: npm run specs:compare -- <api-id | our-spec.yaml> <official OpenAPI file | Go model file or directory>",
    );
    return 2;
  }
  // npm runs scripts from the repository root; paths are the caller's.
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: set by npm; this script is no turbo task.
  const from = (path) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
  const ours = loadOurs(oursArg, from);
  const differences = compare(ours, readOfficial(from(officialArg)));
  console.log(formatDifferences(differences));
  return differences.some((d) => !d.deviation) ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    console.error(`specs:compare: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  }
}
