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
 * Reads the fields of one provider object. Absent and `null` fields read as
 * `null`; a field of the wrong type also reads as `null` and leaves a warning
 * that names the field, so nothing is lost silently.
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

  /**
   * Reads a field through `parse`. Absent and `null` read as `null`; `parse`
   * returns `undefined` for a value of the wrong type, which reads as `null`
   * and warns that `expected` was expected.
   */
  private read<T>(
    key: string,
    expected: string,
    parse: (value: unknown) => T | null | undefined,
  ): T | null {
    const value = this.object[key];
    if (value === undefined || value === null) return null;
    const parsed = parse(value);
    if (parsed === undefined) this.warn(key, `expected ${expected}, got ${describeValue(value)}`);
    return parsed ?? null;
  }

  /** A string; numbers are accepted and turned into strings, as providers mix them. */
  string(key: string): string | null {
    return this.read(key, "a string", (v) => (typeof v === "string" ? v : (idOf(v) ?? undefined)));
  }

  /** An id: like `string`, but `""` is no id. */
  id(key: string): string | null {
    return this.read(key, "an id (string or number)", (v) =>
      v === "" ? null : (idOf(v) ?? undefined),
    );
  }

  /** A boolean; the strings "true" and "false" count too. */
  boolean(key: string): boolean | null {
    return this.read(key, "a boolean", (v) =>
      typeof v === "boolean" ? v : v === "true" || v === "false" ? v === "true" : undefined,
    );
  }

  /** A finite number; numeric strings (Northflank sends sizes as strings) are parsed. */
  number(key: string): number | null {
    return this.read(key, "a number", (v) => {
      if (v === "") return null;
      const parsed = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
      return typeof parsed === "number" && Number.isFinite(parsed) ? parsed : undefined;
    });
  }

  /** A timestamp normalised to ISO 8601 UTC; see `toIsoUtc` for the rules. */
  timestamp(key: string): string | null {
    const text = this.read(key, "a timestamp string", (v) =>
      typeof v === "string" ? v : undefined,
    );
    if (text === null) return null;
    const iso = toIsoUtc(text);
    if (iso === undefined) this.warn(key, `not a valid timestamp: ${describeValue(text)}`);
    return iso ?? null;
  }

  /**
   * Maps an enumerated provider value through `table`. A missing value, or one
   * the table does not know, maps to `fallback` and leaves a warning; the
   * verbatim value is returned alongside for `providerStatus`.
   */
  enumerated<T>(
    key: string,
    table: Readonly<Record<string, T>>,
    fallback: T,
  ): { value: T; verbatim: string | null } {
    const verbatim = this.string(key);
    if (verbatim !== null && Object.hasOwn(table, verbatim)) {
      return { value: table[verbatim] as T, verbatim };
    }
    // A value of the wrong type was warned about by `string`.
    if (verbatim !== null) this.warn(key, `unknown value ${describeValue(verbatim)}`);
    else if (this.object[key] === undefined || this.object[key] === null) this.warn(key, "missing");
    return { value: fallback, verbatim };
  }
}

/**
 * A reader for the object in field `key` (Huawei's `extend_info`, Northflank's
 * `addon`), reporting under the same backup. Null when the field is absent or
 * null; another type also reads as null, with a warning.
 */
export function nestedReader(r: FieldReader, key: string): FieldReader | null {
  const value = r.object[key];
  if (isObject(value)) return new FieldReader(r.log, value, `${r.path}.${key}`, r.backupId);
  if (value !== undefined && value !== null)
    r.warn(key, `expected an object, got ${kindOf(value)}`);
  return null;
}

/** Names the JSON type of a value for messages: "an array", "null", "a string". */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
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
