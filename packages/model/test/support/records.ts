/**
 * Finds the backup-like objects of a response body, so a property test can
 * check that each one became exactly one Backup or one error issue.
 *
 * A location is a path such as `$`, `$.automatic[*]` or
 * `$.snapshot.current`. Walking it, `null` and absent values hold no record,
 * except as an entry of an array the location ends on; a value that cannot be walked (a string where an object or array belongs)
 * counts as one record, because the converter must report it as one error
 * rather than drop it. The same concrete path is counted once.
 */
import { deref, type Json, type JsonObject } from "../../../../scripts/specs.mjs";
import { isJsonObject } from "./schema-arbitrary.js";

export interface RecordSlot {
  /** Concrete JSONPath, e.g. `$.automatic[2]`. */
  path: string;
  value: unknown;
}

type Segment = { property: string } | { each: true } | { recurse: string };

/** Reads `$`, `.name`, `[*]`, and `..name[*]` (`.name[*]` once or more, for nested children). */
function parseLocation(location: string): Segment[] {
  if (!location.startsWith("$")) throw new Error(`location must start with $: ${location}`);
  const segments: Segment[] = [];
  const pattern = /\.\.([A-Za-z_][\w-]*)\[\*\]|\.([A-Za-z_][\w-]*)|\[\*\]/gy;
  pattern.lastIndex = 1;
  while (pattern.lastIndex < location.length) {
    const match = pattern.exec(location);
    if (!match) throw new Error(`cannot read location ${location}`);
    if (match[1] !== undefined) segments.push({ recurse: match[1] });
    else if (match[2] !== undefined) segments.push({ property: match[2] });
    else segments.push({ each: true });
  }
  return segments;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function locateRecords(body: unknown, locations: readonly string[]): RecordSlot[] {
  const found = new Map<string, unknown>();
  const walk = (value: unknown, path: string, rest: Segment[]): void => {
    if (value === undefined || value === null) return;
    const [next, ...tail] = rest;
    if (next === undefined) {
      found.set(path, value);
    } else if ("recurse" in next) {
      const name = next.recurse;
      walk(value, path, [{ property: name }, { each: true }, ...tail]);
      const entries = isPlainObject(value) ? value[name] : undefined;
      if (Array.isArray(entries)) {
        entries.forEach((entry, i) => {
          if (isPlainObject(entry)) walk(entry, `${path}.${name}[${i}]`, rest);
        });
      }
    } else if ("each" in next) {
      if (!Array.isArray(value)) found.set(path, value);
      else {
        value.forEach((item, i) => {
          // An array entry is a record slot even when it is null.
          if (tail.length === 0) found.set(`${path}[${i}]`, item);
          else walk(item, `${path}[${i}]`, tail);
        });
      }
    } else if (!isPlainObject(value)) {
      found.set(path, value);
    } else if (Object.hasOwn(value, next.property)) {
      walk(value[next.property], `${path}.${next.property}`, tail);
    }
  };
  for (const location of locations) walk(body, "$", parseLocation(location));
  return [...found].map(([path, value]) => ({ path, value }));
}

/** The record an issue path belongs to: the longest record path it starts with. */
export function recordOf(
  records: readonly RecordSlot[],
  issuePath: string,
): RecordSlot | undefined {
  let best: RecordSlot | undefined;
  for (const record of records) {
    const p = record.path;
    const inside =
      issuePath === p || issuePath.startsWith(`${p}.`) || issuePath.startsWith(`${p}[`);
    if (inside && (best === undefined || p.length > best.path.length)) best = record;
  }
  return best;
}

/**
 * The `$ref`s a location reaches in a body schema, following `$ref`,
 * `oneOf`/`anyOf`/`allOf`, `properties` and `items`. Used to check that the
 * conformance table points at the provider's backup schema.
 */
export function refsAt(spec: JsonObject, schema: Json, location: string): Set<string> {
  let current: Json[] = [schema];
  let refs = new Set<string>();
  const expand = (nodes: Json[]): Json[] => {
    const out: Json[] = [];
    refs = new Set();
    const visit = (node: Json, depth: number): void => {
      if (!isJsonObject(node) || depth > 10) return;
      if (typeof node.$ref === "string") {
        refs.add(node.$ref);
        visit(deref(spec, node), depth + 1);
        return;
      }
      out.push(node);
      for (const key of ["oneOf", "anyOf", "allOf"] as const) {
        const branches = node[key];
        if (Array.isArray(branches)) for (const branch of branches) visit(branch, depth + 1);
      }
    };
    for (const node of nodes) visit(node, 0);
    return out;
  };
  for (const segment of parseLocation(location)) {
    const next: Json[] = [];
    for (const node of expand(current)) {
      if (!isJsonObject(node)) continue;
      const property =
        "recurse" in segment ? segment.recurse : "property" in segment ? segment.property : null;
      if (property === null) {
        if (node.items !== undefined) next.push(node.items);
      } else if ("recurse" in segment) {
        const list = isJsonObject(node.properties) ? node.properties[property] : undefined;
        for (const items of expand(list === undefined ? [] : [list])) {
          if (isJsonObject(items) && items.items !== undefined) next.push(items.items);
        }
      } else if (isJsonObject(node.properties) && node.properties[property] !== undefined) {
        next.push(node.properties[property] as Json);
      }
    }
    current = next;
  }
  expand(current);
  return refs;
}
