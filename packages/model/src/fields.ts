import type { Backup, ProviderId } from "./backup.js";
import { type ConversionIssue, describeValue } from "./issues.js";
import { toIsoUtc } from "./timestamp.js";

export type JsonObject = Record<string, unknown>;

/**
 * A provider object typed by its spec schema `T`: the field names are checked
 * when the converter reads them (`raw.label`), the values are `unknown` until
 * a `read*` function has checked them.
 */
export type FieldsOf<T> = { readonly [K in keyof T]?: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A provider id as a string: non-empty strings and finite numbers qualify. */
export function idOf(value: unknown): string | null {
  if (typeof value === "string") return value === "" ? null : value;
  // Number.isFinite is false for every non-number, NaN and the infinities.
  if (Number.isFinite(value)) return String(value);
  return null;
}

/**
 * Where a conversion is in the input, so that issues can name the field;
 * which backup the fields being read belong to; and the issues found so far.
 * A conversion moves the cursor from object to object (`at`): a body
 * of tens of thousands of backups then builds no path string and no reader
 * object per backup, and a path is written out only for an issue.
 *
 * Conversions are synchronous, so they all share one cursor (`Cursor.start`).
 * That is for speed: V8 throws optimized code away when the shape of an
 * object it was built for is collected, and a cursor made per conversion
 * took its shape with it at every garbage collection between conversions.
 */
export class Cursor {
  /** The id of the backup being read; null until `readBackupId` has found it. */
  backupId: string | null = null;
  // `start` sets the cursor's fields before a conversion reads them. They get
  // no initial values, which would only cost bytes in every bundle.
  #provider!: ProviderId;
  /**
   * The issues found so far. The conversion's result takes this array; the
   * cursor holds on to it until the next conversion starts.
   */
  issues!: ConversionIssue[];
  #array!: string;
  #index!: number;
  /** A field of the object at `#array`/`#index` the cursor went into (`into`); "" for none. */
  #key!: string;
  #keyIndex!: number;

  /** The cursor, at `$` with no issues, for a conversion of `provider`'s body. */
  static start(provider: ProviderId): Cursor {
    shared.#provider = provider;
    shared.issues = [];
    shared.at("$");
    return shared;
  }

  /**
   * Ends a conversion that made `backups`, and returns its issues. Of the
   * records the cursor keeps the last one, per provider, for V8: a
   * converter's optimized code depends on the shape of the records it made,
   * and a shape lives only while one object of it does. With none kept,
   * every collection between two conversions threw that code away
   * (`--trace-deopt`: "weak objects"). An empty result keeps none: the next
   * conversion only optimizes again.
   */
  end(backups: Backup[]): ConversionIssue[] {
    kept[this.#provider] = backups.at(-1);
    return this.issues;
  }

  /** Moves to the object at `path`, or to item `index` of the array at `path`. */
  at(path: string, index = -1): void {
    this.#array = path;
    this.#index = index;
    this.#key = "";
    this.backupId = null;
  }

  /**
   * Moves into the object in field `key` of the object `at` moved to, or to
   * item `index` of the array there (-1: the object itself): no path string
   * is built per object.
   */
  into(key: string, index: number): void {
    this.#key = key;
    this.#keyIndex = index;
  }

  /** The JSONPath of the object the cursor is at, such as `$.automatic[2]`. */
  get path(): string {
    const outer = this.outerPath;
    return this.#key ? item(`${outer}.${this.#key}`, this.#keyIndex) : outer;
  }

  /** The JSONPath of the object `at` moved to, leaving out where `into` went. */
  get outerPath(): string {
    return item(this.#array, this.#index);
  }

  /** A warning about field `key` (or `nested.key`) of the object the cursor is at. */
  warn(key: string, message: string): void {
    this.warnAt(`${this.path}.${key}`, this.backupId, message);
  }

  /** A warning about the value at `path`, which belongs to backup `backupId`. */
  warnAt(path: string, backupId: string | null, message: string): void {
    this.issues.push({ provider: this.#provider, severity: "warning", path, backupId, message });
  }

  /** The object at `path` did not become a Backup. */
  skip(path: string, message: string): void {
    this.issues.push({
      provider: this.#provider,
      severity: "error",
      path,
      backupId: null,
      message,
    });
  }
}

const shared = new Cursor();

/** The last record of each provider's latest conversion: see `Cursor.end`. */
const kept: Partial<Record<ProviderId, Backup>> = {};

/** `path`, or item `index` of the array at `path` (`$.data[3]`); -1 is no item. */
function item(path: string, index: number): string {
  return index < 0 ? path : `${path}[${index}]`;
}

/*
 * The `read*` functions read one field's value, which the converter takes
 * from the provider object itself (`raw.label`): a named property read is
 * what keeps a 20,000-backup body fast. Absent and `null` values read as
 * `null`; a value of the wrong type also reads as `null` and leaves a warning
 * naming `key`, so nothing is lost silently.
 */

/**
 * Reads the required id of the backup the cursor is at (field `key`, value
 * `value`): an object without one cannot be told apart from the others, so it
 * becomes an error issue (`needs` says what was missing) and the id is null.
 */
export function readBackupId(
  c: Cursor,
  key: string,
  value: unknown,
  needs = "a backup needs an id",
): string | null {
  c.backupId = idOf(value);
  if (c.backupId === null) {
    c.skip(`${c.path}.${key}`, `${needs}, got ${describeValue(value)}`);
  }
  return c.backupId;
}

/** A value of the wrong type reads as null, with a warning naming `key`. */
function wrongType(c: Cursor, key: string, expected: string, value: unknown): null {
  c.warn(key, `expected ${expected}, got ${describeValue(value)}`);
  return null;
}

// Each reader checks its own types: smaller in a browser bundle than one
// shared reader handed a parser per type, and one call less per field.

/** A string; numbers are accepted and turned into strings, as providers mix them. */
export function readString(c: Cursor, key: string, value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return null;
  return idOf(value) ?? wrongType(c, key, "a string", value);
}

/** A provider's value verbatim, as `readString` reads it but without a warning. */
export function verbatim(value: unknown): string | null {
  return typeof value === "string" ? value : idOf(value);
}

/** An id: like `readString`, but `""` is no id. */
export function readId(c: Cursor, key: string, value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  return idOf(value) ?? wrongType(c, key, "an id (string or number)", value);
}

/** A boolean; the strings "true" and "false" count too. */
export function readBoolean(c: Cursor, key: string, value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  if (value === undefined || value === null) return null;
  return wrongType(c, key, "a boolean", value);
}

/** A finite number; numeric strings (Northflank sends sizes as strings) are parsed. */
export function readNumber(c: Cursor, key: string, value: unknown): number | null {
  if (Number.isFinite(value)) return value as number;
  if (value === undefined || value === null || value === "") return null;
  const parsed = typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(parsed) ? parsed : wrongType(c, key, "a number", value);
}

/** A timestamp normalised to ISO 8601 UTC; see `toIsoUtc` for the rules. */
export function readTimestamp(c: Cursor, key: string, value: unknown): string | null {
  if (typeof value !== "string") {
    if (value === undefined || value === null) return null;
    return wrongType(c, key, "a timestamp string", value);
  }
  const iso = toIsoUtc(value);
  if (iso === undefined) c.warn(key, `not a valid timestamp: ${describeValue(value)}`);
  return iso ?? null;
}

/**
 * Maps an enumerated provider value through `table`. A missing value, or one
 * the table does not know, maps to `fallback` and leaves a warning; the
 * provider's own value is `verbatim(value)`.
 */
export function readEnum<T>(
  c: Cursor,
  key: string,
  value: unknown,
  table: Readonly<Record<string, T>>,
  fallback: T,
): T {
  const text = readString(c, key, value);
  // Stryker disable next-line ConditionalExpression: no table has a "null" key, so hasOwn(table, null) is false too
  if (text !== null && Object.hasOwn(table, text)) return table[text] as T;
  // A value of the wrong type was warned about by `readString`.
  if (text !== null) c.warn(key, `unknown value ${describeValue(text)}`);
  else if (value === undefined || value === null) c.warn(key, "missing");
  return fallback;
}

/**
 * A nested object (Huawei's `extend_info`, Northflank's `addon`). Null when
 * absent or null; another type also reads as null, with a warning. Its fields
 * are read with keys such as `"addon.id"`, so issues name them in full.
 */
export function readObject(c: Cursor, key: string, value: unknown): JsonObject | null {
  if (isObject(value)) return value;
  if (value !== undefined && value !== null)
    c.warn(key, `expected an object, got ${kindOf(value)}`);
  return null;
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
 * What `forEachObject` calls for each object: the cursor, the object, and the
 * `state` the converter passed (the output array).
 *
 * Converters pass functions declared at module level, never closures made
 * per conversion or per backup: V8 keeps the optimized code of such a
 * closure only while one lives, so after a garbage collection each
 * conversion started its loops in the interpreter again (on the bench's
 * Z.com body that cost more than all the conversion's checks). For a
 * related reason what else a visitor needs to know (Linode's request, Huawei
 * CBR's enclosing backup) is kept in module variables, not in an object made
 * per conversion (see `Cursor`).
 */
export type Visit<S> = (c: Cursor, object: JsonObject, state: S) => void;

/**
 * Visits every object of the array at `path`, with the cursor moved to it. A
 * non-array where an array belongs, or a non-object entry, becomes an error
 * issue: nothing is dropped silently. `null` and absent arrays are empty.
 */
export function forEachObject<S>(
  c: Cursor,
  value: unknown,
  path: string,
  state: S,
  visit: Visit<S>,
): void {
  if (!Array.isArray(value)) {
    if (value !== undefined && value !== null) {
      c.skip(path, `expected an array of backups, got ${kindOf(value)}`);
    }
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    c.at(path, i);
    if (isObject(item)) visit(c, item, state);
    else c.skip(c.path, `expected a backup object, got ${kindOf(item)}`);
  }
}
