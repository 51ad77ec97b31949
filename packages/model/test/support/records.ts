/**
 * Finds the backup-like objects of a response body, so a property test can
 * check that each one became exactly one Backup or one error issue.
 *
 * A location is a path such as `$`, `$.automatic[*]` or
 * `$.snapshot.current`. Walking it, `null` and absent values hold no record,
 * except in a slot: an array entry, or the body itself, which the converter
 * was handed and must account for even when it is `null`. A value that
 * cannot be walked (a string where an object or array belongs) counts as one
 * record, because the converter must report it as one error rather than drop
 * it. The same concrete path is counted once.
 *
 * Two optional steps describe converters that accept a wrapper or what it
 * wraps: `.name?` steps into `name` when the object has that key and
 * otherwise stays on the object (OnApp's `{backup: {...}}` entries, or bare
 * backups), and `[*]?` walks an array's entries or takes an object as the one
 * entry (Z.com's `backup`, a list or a single backup). An optional step
 * keeps a slot a slot.
 */
import { deref, type Json, type JsonObject } from "../../../../scripts/specs.mjs";
import { isJsonObject } from "./schema-arbitrary.js";

export interface RecordSlot {
  /** Concrete JSONPath, e.g. `$.automatic[2]`. */
  path: string;
  value: unknown;
}

type Segment =
  | { property: string; optional: boolean }
  | { each: true; optional: boolean }
  | { recurse: string };

/** Reads `$`, `.name`, `.name?`, `[*]`, `[*]?` and `..name[*]` (`.name[*]` once or more, for nested children). */
function parseLocation(location: string): Segment[] {
  if (!location.startsWith("$")) throw new Error(`location must start with $: ${location}`);
  const segments: Segment[] = [];
  const pattern = /\.\.([A-Za-z_][\w-]*)\[\*\]|\.([A-Za-z_][\w-]*)(\?)?|\[\*\](\?)?/gy;
  pattern.lastIndex = 1;
  while (pattern.lastIndex < location.length) {
    const match = pattern.exec(location);
    if (!match) throw new Error(`cannot read location ${location}`);
    if (match[1] !== undefined) segments.push({ recurse: match[1] });
    else if (match[2] !== undefined) segments.push({ property: match[2], optional: !!match[3] });
    else segments.push({ each: true, optional: !!match[4] });
  }
  return segments;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function locateRecords(body: unknown, locations: readonly string[]): RecordSlot[] {
  const found = new Map<string, unknown>();
  const walk = (value: unknown, path: string, rest: Segment[], slot: boolean): void => {
    if (value === undefined || value === null) {
      if (slot && value === null) found.set(path, value);
      return;
    }
    const [next, ...tail] = rest;
    if (next === undefined) {
      found.set(path, value);
    } else if ("recurse" in next) {
      const name = next.recurse;
      walk(
        value,
        path,
        [{ property: name, optional: false }, { each: true, optional: false }, ...tail],
        slot,
      );
      const entries = isPlainObject(value) ? value[name] : undefined;
      if (Array.isArray(entries)) {
        entries.forEach((entry, i) => {
          if (isPlainObject(entry)) walk(entry, `${path}.${name}[${i}]`, rest, true);
        });
      }
    } else if ("each" in next) {
      if (Array.isArray(value)) {
        value.forEach((item, i) => {
          walk(item, `${path}[${i}]`, tail, true);
        });
      } else if (next.optional && isPlainObject(value)) {
        walk(value, path, tail, slot);
      } else {
        found.set(path, value);
      }
    } else if (isPlainObject(value) && Object.hasOwn(value, next.property)) {
      walk(value[next.property], `${path}.${next.property}`, tail, next.optional && slot);
    } else if (next.optional) {
      walk(value, path, tail, slot);
    } else if (!isPlainObject(value)) {
      found.set(path, value);
    }
  };
  for (const location of locations) walk(body, "$", parseLocation(location), true);
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
    // An optional step may also stay where it is.
    const next: Json[] = "optional" in segment && segment.optional ? [...current] : [];
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
