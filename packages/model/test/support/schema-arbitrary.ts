/**
 * Turns the JSON Schemas of an OpenAPI 3.1 spec into fast-check arbitraries,
 * so the property tests generate bodies shaped like each provider's docs —
 * and, with `mutate`, like what providers really send: missing and null
 * fields, wrong types, unknown enum values, extra fields, very long strings,
 * odd or zone-less timestamps, negative or huge sizes.
 *
 * It covers the subset of JSON Schema the specs use and fails loudly on any
 * other keyword, so a spec that grows a new construct cannot be fuzzed with
 * a silently wrong shape.
 */
import fc from "fast-check";
import { deref, type Json, type JsonObject } from "../../../../scripts/specs.mjs";

export interface SchemaArbitraryOptions {
  /** Generate the messes real responses contain around the documented shape. */
  mutate: boolean;
  /** Names extra fields never take: documented body keys, error envelope keys. */
  reservedKeys?: ReadonlySet<string>;
}

/** Keywords that say nothing about the shape of a value. */
const ANNOTATIONS = new Set([
  "$comment",
  "title",
  "description",
  "summary",
  "example",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "xml",
  "externalDocs",
  "discriminator",
]);

const SHAPE_KEYWORDS = new Set([
  "$ref",
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "oneOf",
  "anyOf",
  "allOf",
]);

const JSON_TYPES = ["null", "boolean", "integer", "number", "string", "array", "object"] as const;
type JsonType = (typeof JSON_TYPES)[number];

/** How deep `$ref`s may nest before a recursive schema stops with `null`. */
const MAX_REF_DEPTH = 6;

/** What encloses the schema being translated. */
interface Nesting {
  /** The `$ref`s entered on the way here, outermost first. */
  refs: readonly string[];
  /** How many arrays enclose it. */
  arrays: number;
}

/**
 * The longest array: 4 at the top, halved inside each enclosing array, as
 * every level multiplies a body's size (Huawei's children of backups in a list).
 */
function maxArrayLength(arrays: number): number {
  return Math.max(1, 4 >> arrays);
}

/**
 * How often one `$ref` may enclose itself (Huawei's backups nest backups in
 * `children`): enough for grandchildren, and it keeps bodies small, as each
 * level multiplies them by the array length.
 */
const MAX_SELF_NESTING = 2;

/** A sample a timestamp pattern must accept for its strings to be treated as timestamps. */
const TIMESTAMP_SAMPLE = "2018-01-15T00:01:01";

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Sets an own enumerable property, even one named `__proto__`. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty makes objects slow in V8: keep it for the one key assignment would not create.
  if (key !== "__proto__") target[key] = value;
  else
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

export class SchemaArbitraries {
  constructor(
    private readonly spec: JsonObject,
    private readonly options: SchemaArbitraryOptions,
  ) {}

  /** Values of `schema`; the root keeps its type, mutations happen inside it. */
  of(schema: Json): fc.Arbitrary<unknown> {
    return this.build(schema, "#", { refs: [], arrays: 0 });
  }

  private build(schema: Json, where: string, at: Nesting): fc.Arbitrary<unknown> {
    if (schema === true) return fc.jsonValue({ maxDepth: 2 });
    if (!isJsonObject(schema)) throw new Error(`schema-arbitrary: ${where} is not a schema`);
    for (const key of Object.keys(schema)) {
      if (!SHAPE_KEYWORDS.has(key) && !ANNOTATIONS.has(key) && !key.startsWith("x-")) {
        throw new Error(`schema-arbitrary: unsupported keyword "${key}" at ${where}`);
      }
    }
    if (typeof schema.$ref === "string") {
      const ref = schema.$ref;
      const selfNesting = at.refs.filter((r) => r === ref).length;
      if (at.refs.length >= MAX_REF_DEPTH || selfNesting >= MAX_SELF_NESTING) {
        return fc.constant(null);
      }
      return this.build(deref(this.spec, schema), ref, { ...at, refs: [...at.refs, ref] });
    }
    if ("const" in schema) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return this.enumerated(schema.enum);
    for (const key of ["oneOf", "anyOf"] as const) {
      const branches = schema[key];
      if (Array.isArray(branches)) {
        const { [key]: _, ...siblings } = schema;
        return fc.oneof(
          ...branches.map((branch, i) =>
            this.build(mergeSchemas(this.spec, [siblings, branch]), `${where}/${key}/${i}`, at),
          ),
        );
      }
    }
    if (Array.isArray(schema.allOf)) {
      const { allOf, ...siblings } = schema;
      return this.build(mergeSchemas(this.spec, [siblings, ...allOf]), `${where}/allOf`, at);
    }
    const types = typesOf(schema);
    if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
    return fc.oneof(...types.map((type) => this.ofType(schema, type, where, at)));
  }

  /** A property value or array item: the schema's values, or one of the messes. */
  private slot(schema: Json, where: string, at: Nesting): fc.Arbitrary<unknown> {
    const valid = this.build(schema, where, at);
    if (!this.options.mutate) return valid;
    return fc.oneof(
      { weight: 14, arbitrary: valid },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: hostileValue },
    );
  }

  private enumerated(values: Json[]): fc.Arbitrary<unknown> {
    const known = fc.constantFrom(...values);
    if (!this.options.mutate) return known;
    const strings = values.filter((v): v is string => typeof v === "string");
    const variants =
      strings.length === 0
        ? unknownEnumValue
        : fc.oneof(
            unknownEnumValue,
            fc
              .constantFrom(...strings)
              .map((v) => (v === v.toUpperCase() ? v.toLowerCase() : v.toUpperCase())),
            fc.constantFrom(...strings).map((v) => ` ${v}`),
          );
    return fc.oneof({ weight: 6, arbitrary: known }, { weight: 1, arbitrary: variants });
  }

  private ofType(schema: JsonObject, type: JsonType, where: string, at: Nesting) {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "boolean":
        return fc.boolean();
      case "integer":
      case "number": {
        const valid = type === "integer" ? integerIn(schema) : numberIn(schema);
        if (!this.options.mutate) return valid;
        return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: edgeNumber });
      }
      case "string":
        return this.string(schema);
      case "array": {
        const items = this.slot(schema.items ?? true, `${where}/items`, {
          ...at,
          arrays: at.arrays + 1,
        });
        return fc.array(items, {
          minLength: this.options.mutate ? 0 : numberOr(schema.minItems, 0),
          maxLength: Math.max(
            numberOr(schema.minItems, 0),
            Math.min(numberOr(schema.maxItems, 4), maxArrayLength(at.arrays)),
          ),
        });
      }
      case "object":
        return this.object(schema, where, at);
    }
  }

  private string(schema: JsonObject): fc.Arbitrary<unknown> {
    const pattern = typeof schema.pattern === "string" ? new RegExp(schema.pattern) : null;
    const isTimestamp =
      schema.format === "date-time" || schema.format === "date" || pattern?.test(TIMESTAMP_SAMPLE);
    if (isTimestamp) {
      const valid = pattern
        ? wellFormedTimestamp.filter((t) => pattern.test(t))
        : wellFormedTimestamp;
      if (!this.options.mutate) return valid;
      const matching = pattern ? [fc.stringMatching(pattern)] : [];
      return fc.oneof({ weight: 6, arbitrary: valid }, oddTimestamp, ...matching);
    }
    if (pattern) return fc.stringMatching(pattern);
    switch (schema.format) {
      case "uri":
      case "url":
        return fc.webUrl();
      case "email":
        return fc.emailAddress();
      case "uuid":
        return fc.uuid();
    }
    const minLength = numberOr(schema.minLength, 0);
    return fc.string({ minLength, maxLength: Math.max(minLength, numberOr(schema.maxLength, 24)) });
  }

  private object(schema: JsonObject, where: string, at: Nesting): fc.Arbitrary<unknown> {
    const properties = isJsonObject(schema.properties) ? schema.properties : {};
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, propertySchema] of Object.entries(properties)) {
      model[key] = this.slot(propertySchema, `${where}/properties/${key}`, at);
    }
    const required = Array.isArray(schema.required)
      ? schema.required.filter((key): key is string => typeof key === "string")
      : [];
    const documented = fc.record(model, {
      requiredKeys: this.options.mutate ? [] : required,
      noNullPrototype: true,
    });
    const extras: fc.Arbitrary<[string, unknown][]>[] = [];
    const additional = schema.additionalProperties;
    if (additional !== undefined && additional !== false) {
      const values = this.slot(additional, `${where}/additionalProperties`, at);
      extras.push(fc.array(fc.tuple(fc.string({ maxLength: 12 }), values), { maxLength: 3 }));
    }
    if (this.options.mutate) {
      const reserved = this.options.reservedKeys ?? new Set();
      const key = extraKey.filter((k) => !reserved.has(k) && !Object.hasOwn(properties, k));
      extras.push(
        fc.oneof(
          { weight: 4, arbitrary: fc.constant<[string, unknown][]>([]) },
          { weight: 1, arbitrary: fc.array(fc.tuple(key, hostileValue), { maxLength: 3 }) },
        ),
      );
    }
    const objects =
      extras.length === 0
        ? documented
        : fc.tuple(documented, ...extras).map(([object, ...lists]) => {
            const result: Record<string, unknown> = { ...object };
            for (const list of lists) {
              for (const [k, v] of list) if (!Object.hasOwn(result, k)) setOwn(result, k, v);
            }
            return result;
          });
    // Too few or too many keys is one of the messes; valid objects keep the counts.
    if (this.options.mutate) return objects;
    return withPropertyCount(objects, schema, required);
  }
}

/**
 * Keeps an object arbitrary within `minProperties`/`maxProperties`: objects
 * with too few keys are drawn again, extra optional keys are dropped (the
 * required ones first kept).
 */
function withPropertyCount(
  objects: fc.Arbitrary<Record<string, unknown>>,
  schema: JsonObject,
  required: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  const min = numberOr(schema.minProperties, 0);
  const max = numberOr(schema.maxProperties, Number.POSITIVE_INFINITY);
  if (min === 0 && max === Number.POSITIVE_INFINITY) return objects;
  return objects
    .filter((object) => Object.keys(object).length >= min)
    .map((object) => {
      const keys = Object.keys(object);
      if (keys.length <= max) return object;
      const kept = [
        ...keys.filter((key) => required.includes(key)),
        ...keys.filter((key) => !required.includes(key)),
      ].slice(0, max);
      const result: Record<string, unknown> = {};
      for (const key of kept) setOwn(result, key, object[key]);
      return result;
    });
}

function numberOr(value: Json | undefined, fallback: number): number {
  return typeof value === "number" ? value : fallback;
}

function typesOf(schema: JsonObject): JsonType[] {
  const declared = schema.type;
  if (typeof declared === "string") return [declared as JsonType];
  if (Array.isArray(declared)) return declared as JsonType[];
  if ("properties" in schema || "additionalProperties" in schema) return ["object"];
  if ("items" in schema) return ["array"];
  return [];
}

/** Shallow merge of `allOf` members (and of a composition's sibling keywords). */
function mergeSchemas(spec: JsonObject, schemas: Json[]): JsonObject {
  const merged: JsonObject = {};
  const properties: JsonObject = {};
  const required: Json[] = [];
  for (const member of schemas) {
    const schema = deref(spec, member);
    if (!isJsonObject(schema)) continue;
    for (const [key, value] of Object.entries(schema)) {
      if (key === "properties" && isJsonObject(value)) Object.assign(properties, value);
      else if (key === "required" && Array.isArray(value)) required.push(...value);
      else if (!ANNOTATIONS.has(key)) merged[key] = value;
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.length > 0) merged.required = required;
  return merged;
}

function integerIn(schema: JsonObject): fc.Arbitrary<number> {
  const min = Math.max(
    Number.MIN_SAFE_INTEGER,
    numberOr(schema.minimum, Number.MIN_SAFE_INTEGER),
    numberOr(schema.exclusiveMinimum, Number.MIN_SAFE_INTEGER - 1) + 1,
  );
  const max = Math.min(
    Number.MAX_SAFE_INTEGER,
    numberOr(schema.maximum, Number.MAX_SAFE_INTEGER),
    numberOr(schema.exclusiveMaximum, Number.MAX_SAFE_INTEGER + 1) - 1,
  );
  const low = Math.max(min, Math.min(0, max));
  const typical = fc.integer({ min: low, max: Math.min(max, low + 100_000) });
  if (max - low <= 100_000) return typical;
  // Filtering is cheap here: the range is wide, so few draws are rejected.
  const wide = fc.maxSafeInteger().filter((n) => n >= min && n <= max);
  return fc.oneof({ weight: 4, arbitrary: typical }, wide);
}

function numberIn(schema: JsonObject): fc.Arbitrary<number> {
  return fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    min: numberOr(schema.minimum, -Number.MAX_VALUE),
    max: numberOr(schema.maximum, Number.MAX_VALUE),
  });
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * Numbers at the edges: powers of two up to past 2^53 (sizes that overflow
 * once multiplied by a unit or added up), their neighbours, and negatives.
 */
const edgeNumber: fc.Arbitrary<number> = fc
  .tuple(fc.integer({ min: 0, max: 64 }), fc.constantFrom(-1, 0, 1), fc.boolean())
  .map(([power, step, negative]) => (negative ? -1 : 1) * (2 ** power + step));

/** Timestamps in the shapes providers send: zone-less, Z, offsets, fractions, a space for T. */
const wellFormedTimestamp: fc.Arbitrary<string> = fc
  .record({
    date: fc.date({
      min: new Date("0000-01-01T00:00:00.000Z"),
      max: new Date("9999-12-31T23:59:59.999Z"),
      noInvalidDate: true,
    }),
    separator: fc.constantFrom("T", "T", "T", " "),
    fraction: fc.constantFrom("", "", ".5", ".123", ".450700", ",25"),
    zone: fc.constantFrom("", "", "Z", "+00:00", "+03:00", "-05:30", "+0530", "+14:00", "-12"),
  })
  .map(({ date, separator, fraction, zone }) => {
    const d = date;
    return (
      `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` +
      `${separator}${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}` +
      `${fraction}${zone}`
    );
  });

/** Text that looks like a timestamp and is not one, or is one only at the edges. */
const oddTimestamp: fc.Arbitrary<string> = fc.constantFrom(
  "",
  " ",
  "0",
  "null",
  "2018-02-30T00:00:00",
  "2018-13-01T00:00:00",
  "2018-01-15T24:00:00",
  "2018-01-15T23:59:60",
  "2018-01-15T00:01:01+24:00",
  "2018-01-15T00:01:01 +01:00",
  "2018-01-15T00:01:01.Z",
  "2018-01-15",
  "2018-01-15T00:01",
  "20180115T000101Z",
  "1516000000",
  "1516000000000",
  "Mon, 15 Jan 2018 00:01:01 GMT",
  "0000-01-01T00:00:00+01:00",
  "9999-12-31T23:59:59-01:00",
  "+275760-09-13T00:00:00.000Z",
  "-000001-01-01T00:00:00Z",
  "2018-01-15T00:01:01\n",
  "２０１８-01-15T00:01:01",
  // A long fraction with a bad ending: a regular expression that backtracks badly hangs here.
  `2018-01-15T00:01:01.${"1".repeat(10_000)}x`,
);

/** Enum values the docs do not list, including names that exist on Object.prototype. */
const unknownEnumValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("frozen", "", " ", "unknown", "toString", "__proto__", "constructor", "valueOf"),
  fc.string({ maxLength: 10 }),
);

/** Names of extra fields: ordinary, odd, and ones that trip naive object handling. */
const extraKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "valueOf",
    "x-extra",
    "",
    " ",
    "ID",
    "Status",
    "a.b",
    "[0]",
    "$ref",
    "🙂",
  ),
  fc.string({ maxLength: 12 }),
);

function nest(depth: number, leaf: unknown, asObject: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

/** A value of the wrong type, or of the right type with a value nobody expects. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      true,
      false,
      0,
      -1,
      -0.5,
      1.5,
      2 ** 31,
      2 ** 53,
      2 ** 53 + 2,
      -(2 ** 53),
      1e21,
      1e308,
      -1e308,
      5e-324,
      "",
      " ",
      "0",
      "-1",
      "1e400",
      "NaN",
      "Infinity",
      "null",
      "true",
      "\u0000",
      "\ud800",
      "a\nb\r\nc",
      "💥",
      "%s%n",
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom("{}", "[]", "[null]", '{"":null}')
      .map((text): unknown => JSON.parse(text)),
  },
  // Very long strings, and deep nesting: rare, as they cost most of a run's time.
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.string({ minLength: 1, maxLength: 4 }),
        fc.oneof(
          { weight: 9, arbitrary: fc.integer({ min: 1_000, max: 10_000 }) },
          fc.integer({ min: 10_000, max: 200_000 }),
        ),
      )
      .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 10, max: 1_000 }), fc.boolean())
      .map(([depth, asObject]) => nest(depth, 1, asObject)),
  },
  { weight: 2, arbitrary: oddTimestamp },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** The JSON types and documented top-level keys a set of body schemas allows. */
export function topLevelShape(
  spec: JsonObject,
  schemas: Json[],
): { types: Set<JsonType>; keys: Set<string> } {
  const types = new Set<JsonType>();
  const keys = new Set<string>();
  const visit = (node: Json, depth: number): void => {
    const schema = deref(spec, node);
    if (!isJsonObject(schema) || depth > MAX_REF_DEPTH) return;
    for (const key of ["oneOf", "anyOf", "allOf"] as const) {
      const branches = schema[key];
      if (Array.isArray(branches)) for (const branch of branches) visit(branch, depth + 1);
    }
    for (const type of typesOf(schema)) types.add(type);
    if (isJsonObject(schema.properties))
      for (const key of Object.keys(schema.properties)) keys.add(key);
  };
  for (const schema of schemas) visit(schema, 0);
  return { types, keys };
}

/**
 * What a client hands a converter is always parsed JSON: fresh objects and
 * arrays, no `-0`, no `undefined`. This makes a generated value so, in time
 * proportional to its nodes (strings are shared, not copied), and freezes it
 * so a converter that writes to its input fails.
 */
export function asParsedJson(value: unknown): unknown {
  if (Array.isArray(value)) return Object.freeze(value.map(asParsedJson));
  if (typeof value === "object" && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) setOwn(copy, key, asParsedJson(item));
    }
    return Object.freeze(copy);
  }
  if (typeof value === "number") return Number.isFinite(value) ? value + 0 : null;
  return value;
}
