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
    private readonly log: IssueLog,
    readonly object: JsonObject,
    readonly path: string,
    readonly backupId: string | null,
  ) {}

  warn(key: string, message: string): void {
    this.log.warn(`${this.path}.${key}`, this.backupId, message);
  }

  private wrongType(key: string, expected: string, value: unknown): null {
    this.warn(key, `expected ${expected}, got ${describeValue(value)}`);
    return null;
  }

  /** A string; numbers are accepted and turned into strings, as providers mix them. */
  string(key: string): string | null {
    const value = this.object[key];
    if (value === undefined || value === null) return null;
    if (typeof value === "string") return value;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    return this.wrongType(key, "a string", value);
  }

  /** An id: like `string`, but `""` is no id. */
  id(key: string): string | null {
    const value = this.object[key];
    if (value === undefined || value === null || value === "") return null;
    return idOf(value) ?? this.wrongType(key, "an id (string or number)", value);
  }

  boolean(key: string): boolean | null {
    const value = this.object[key];
    if (value === undefined || value === null) return null;
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "false") return value === "true";
    return this.wrongType(key, "a boolean", value);
  }

  /** A finite number; numeric strings (Northflank sends sizes as strings) are parsed. */
  number(key: string): number | null {
    const value = this.object[key];
    if (value === undefined || value === null || value === "") return null;
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (typeof value === "string" && value.trim() !== "") {
      const parsed = Number(value);
      if (Number.isFinite(parsed)) return parsed;
    }
    return this.wrongType(key, "a number", value);
  }

  /** A timestamp normalised to ISO 8601 UTC; see `toIsoUtc` for the rules. */
  timestamp(key: string): string | null {
    const value = this.object[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== "string") return this.wrongType(key, "a timestamp string", value);
    const iso = toIsoUtc(value);
    if (iso === undefined) {
      this.warn(key, `not a valid timestamp: ${describeValue(value)}`);
      return null;
    }
    return iso;
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
    if (verbatim === null) {
      if (this.object[key] === undefined || this.object[key] === null) this.warn(key, "missing");
      return { value: fallback, verbatim: null };
    }
    if (Object.hasOwn(table, verbatim)) return { value: table[verbatim] as T, verbatim };
    this.warn(key, `unknown value ${describeValue(verbatim)}`);
    return { value: fallback, verbatim };
  }
}

/**
 * Whether an object has one of `keys` as its own key. Converters use it to
 * tell their own backups from other providers': `id` and `status` alone are
 * everyone's, so a body is taken for this provider's only by a key that no
 * other provider's backup has.
 */
export function hasOwnKeyOf(object: JsonObject, keys: ReadonlySet<string>): boolean {
  return Object.keys(object).some((key) => keys.has(key));
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
