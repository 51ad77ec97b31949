import { describeValue, type IssueLog } from "./issues.js";
import { toIsoUtc } from "./timestamp.js";

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A provider id as a string: non-empty strings and finite numbers qualify. */
export function idOf(value: unknown): string | null {
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * One provider object being read, with where it sits in the input and the
 * backup it belongs to, so that warnings can name the field. The `read*`
 * functions below read its fields: absent and `null` fields read as `null`; a
 * field of the wrong type also reads as `null` and leaves a warning, so nothing
 * is lost silently. They are functions rather than methods so that a bundle
 * keeps only the readers its converter uses.
 */
export class FieldReader {
  constructor(
    readonly log: IssueLog,
    readonly object: JsonObject,
    readonly path: string,
    readonly backupId: string | null,
  ) {}

  warn(key: string, message: string): void {
    this.log.warn(`${this.path}.${key}`, this.backupId, message);
  }
}

/**
 * Starts reading one backup object, whose id at `key` is required: an object
 * without one cannot be told apart from the others, so it becomes an error
 * issue (`needs` says what was missing) and the reader is null.
 */
export function backupReader(
  log: IssueLog,
  raw: JsonObject,
  path: string,
  key = "id",
  needs = "a backup needs an id",
): (FieldReader & { backupId: string }) | null {
  const id = idOf(raw[key]);
  if (id !== null) return new FieldReader(log, raw, path, id) as FieldReader & { backupId: string };
  log.skip(`${path}.${key}`, null, `${needs}, got ${describeValue(raw[key])}`);
  return null;
}

/**
 * Reads field `key` through `parse`, which returns `undefined` for a value of
 * the wrong type: that reads as `null` and warns that `expected` was expected.
 * A missing reader (an absent nested object) reads every field as `null`.
 */
function readField<T>(
  r: FieldReader | null,
  key: string,
  expected: string,
  parse: (value: unknown) => T | null | undefined,
): T | null {
  const value = r?.object[key];
  if (r === null || value === undefined || value === null) return null;
  const parsed = parse(value);
  if (parsed === undefined) r.warn(key, `expected ${expected}, got ${describeValue(value)}`);
  return parsed ?? null;
}

// The parsers are module constants, not arrows at each call: conversion reads
// several fields of tens of thousands of objects.
const asString = (v: unknown) => (typeof v === "string" ? v : (idOf(v) ?? undefined));
const asId = (v: unknown) => (v === "" ? null : (idOf(v) ?? undefined));
const asBoolean = (v: unknown) =>
  typeof v === "boolean" ? v : v === "true" || v === "false" ? v === "true" : undefined;
const asNumber = (v: unknown) => {
  if (v === "") return null;
  const parsed = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  return typeof parsed === "number" && Number.isFinite(parsed) ? parsed : undefined;
};
const asText = (v: unknown) => (typeof v === "string" ? v : undefined);

/** A string; numbers are accepted and turned into strings, as providers mix them. */
export function readString(r: FieldReader | null, key: string): string | null {
  return readField(r, key, "a string", asString);
}

/** An id: like `readString`, but `""` is no id. */
export function readId(r: FieldReader | null, key: string): string | null {
  return readField(r, key, "an id (string or number)", asId);
}

/** A boolean; the strings "true" and "false" count too. */
export function readBoolean(r: FieldReader | null, key: string): boolean | null {
  return readField(r, key, "a boolean", asBoolean);
}

/** A finite number; numeric strings (Northflank sends sizes as strings) are parsed. */
export function readNumber(r: FieldReader | null, key: string): number | null {
  return readField(r, key, "a number", asNumber);
}

/** A timestamp normalised to ISO 8601 UTC; see `toIsoUtc` for the rules. */
export function readTimestamp(r: FieldReader, key: string): string | null {
  const text = readField(r, key, "a timestamp string", asText);
  if (text === null) return null;
  const iso = toIsoUtc(text);
  if (iso === undefined) r.warn(key, `not a valid timestamp: ${describeValue(text)}`);
  return iso ?? null;
}

/**
 * Maps an enumerated provider value through `table`. A missing value, or one
 * the table does not know, maps to `fallback` and leaves a warning; the
 * verbatim value is returned alongside for `providerStatus`.
 */
export function readEnum<T>(
  r: FieldReader,
  key: string,
  table: Readonly<Record<string, T>>,
  fallback: T,
): { value: T; verbatim: string | null } {
  const verbatim = readString(r, key);
  if (verbatim !== null && Object.hasOwn(table, verbatim)) {
    return { value: table[verbatim] as T, verbatim };
  }
  // A value of the wrong type was warned about by `readString`.
  if (verbatim !== null) r.warn(key, `unknown value ${describeValue(verbatim)}`);
  else if (r.object[key] === undefined || r.object[key] === null) r.warn(key, "missing");
  return { value: fallback, verbatim };
}

/**
 * Whether an object has one of `keys` as its own key. Converters use it to
 * tell their own backups from other providers': `id` and `status` alone are
 * everyone's, so a body is taken for this provider's only by a key that no
 * other provider's backup has.
 */
export function hasOwnKeyOf(object: JsonObject, keys: readonly string[]): boolean {
  return keys.some((key) => Object.hasOwn(object, key));
}

/** Names the JSON type of a value for messages: "an array", "null", "a string". */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * A reader for the object in field `key` (Huawei's `extend_info`, Northflank's
 * `addon`), reporting under the same backup. Null when the field is absent or
 * null; another type also reads as null, with a warning.
 */
export function nestedReader(r: FieldReader, key: string): FieldReader | null {
  const value = r.object[key];
  if (isObject(value)) return new FieldReader(r.log, value, `${r.path}.${key}`, r.backupId);
  if (value !== undefined && value !== null) {
    r.warn(key, `expected an object, got ${kindOf(value)}`);
  }
  return null;
}

/**
 * Visits every object of an array in the input. A non-array where an array
 * belongs, or a non-object entry, becomes an error issue: nothing is dropped
 * silently. `null` and absent arrays are empty.
 */
export function forEachObject(
  log: IssueLog,
  value: unknown,
  path: string,
  visit: (object: JsonObject, path: string) => void,
): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) {
    log.skip(path, null, `expected an array of backups, got ${kindOf(value)}`);
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const itemPath = `${path}[${i}]`;
    if (isObject(item)) visit(item, itemPath);
    else log.skip(itemPath, null, `expected a backup object, got ${kindOf(item)}`);
  }
}
