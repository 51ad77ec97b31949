/**
 * Validates values against a spec's schemas with Ajv in strict mode (JSON
 * Schema 2020-12, which OpenAPI 3.1 uses). Only the OpenAPI keywords a schema
 * may carry are allowed on top of the standard ones; `x-` extensions are
 * dropped before compiling.
 *
 * Schemas are closed: an object with a property its schema does not list
 * fails (the spec must record every field a real response carries), unless
 * the schema says `additionalProperties` or `unevaluatedProperties` itself.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { deref, type Json, type JsonObject } from "../../../scripts/specs.mjs";

// ajv-formats is CommonJS: under NodeNext its function is the default's default.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** OpenAPI's additions to JSON Schema: annotations with no say in validation. */
const OPENAPI_KEYWORDS = ["example", "xml", "discriminator", "externalDocs"];

const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"];
const SCHEMA_VALUES = [
  "additionalProperties",
  "unevaluatedProperties",
  "items",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "propertyNames",
  "unevaluatedItems",
  "contentSchema",
];
const SCHEMA_LISTS = ["prefixItems", "anyOf", "oneOf"];

const COMPONENT_REF = "#/components/schemas/";

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isObjectSchema(schema: JsonObject): boolean {
  const type = schema.type;
  return type === "object" || (Array.isArray(type) && type.includes("object"));
}

export class StrictSchemas {
  private readonly ajv: Ajv2020;
  private readonly base: string;
  private readonly compiled = new Map<Json, ValidateFunction>();

  constructor(
    id: string,
    private readonly spec: JsonObject,
  ) {
    this.base = `urn:backupkit:spec:${id}`;
    this.ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
    addFormats(this.ajv);
    for (const keyword of OPENAPI_KEYWORDS) this.ajv.addKeyword({ keyword });
    const components = isObject(spec.components) ? spec.components : {};
    const schemas = isObject(components.schemas) ? components.schemas : {};
    const defs: JsonObject = {};
    for (const [name, schema] of Object.entries(schemas)) defs[name] = this.close(schema, true, []);
    this.ajv.addSchema({ $id: this.base, $defs: defs });
  }

  /** The reasons `value` does not fit `schema`, one line each; empty when it fits. */
  problems(schema: Json, value: unknown): string[] {
    let validate = this.compiled.get(schema);
    if (!validate) {
      const closed = this.close(schema, true, []);
      validate = this.ajv.compile(closed as boolean | JsonObject);
      this.compiled.set(schema, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(describe);
  }

  /**
   * A copy of `schema` for Ajv: `x-` keys dropped, component refs pointed at
   * the registered `$defs`, and `unevaluatedProperties: false` on object
   * schemas that leave extra properties unsaid. `allOf` members are inlined
   * open, so the closing happens once, at the schema that combines them.
   */
  private close(schema: Json, closed: boolean, inlining: string[]): Json {
    if (typeof schema === "boolean") return schema;
    if (!isObject(schema)) throw new Error(`not a schema: ${JSON.stringify(schema)}`);
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(schema)) {
      if (key.startsWith("x-")) continue;
      if (key === "nullable") {
        // Ajv would honour it, but OpenAPI 3.1 dropped it for type: [T, "null"].
        throw new Error('"nullable" is OpenAPI 3.0; a 3.1 schema says type: [T, "null"]');
      }
      if (key === "$ref") {
        if (typeof value !== "string" || !value.startsWith(COMPONENT_REF)) {
          throw new Error(`only ${COMPONENT_REF}… refs are supported in schemas, got ${value}`);
        }
        out.$ref = `${this.base}#/$defs/${value.slice(COMPONENT_REF.length)}`;
      } else if (SCHEMA_MAPS.includes(key) && isObject(value)) {
        const map: JsonObject = {};
        for (const [name, sub] of Object.entries(value))
          map[name] = this.close(sub, true, inlining);
        out[key] = map;
      } else if (SCHEMA_VALUES.includes(key)) {
        out[key] = this.close(value, true, inlining);
      } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
        out[key] = value.map((sub) => this.close(sub, true, inlining));
      } else if (key === "allOf" && Array.isArray(value)) {
        out.allOf = value.map((member) => this.openMember(member, inlining));
      } else {
        out[key] = value;
      }
    }
    const saysExtras = "additionalProperties" in out || "unevaluatedProperties" in out;
    if (closed && isObjectSchema(out) && !saysExtras) out.unevaluatedProperties = false;
    return out;
  }

  /** An `allOf` member, inlined when it is a ref, so it does not close itself. */
  private openMember(member: Json, inlining: string[]): Json {
    if (isObject(member) && typeof member.$ref === "string" && !inlining.includes(member.$ref)) {
      const target = deref(this.spec, member);
      return this.close(target, false, [...inlining, member.$ref]);
    }
    return this.close(member, false, inlining);
  }
}

function describe(error: ErrorObject): string {
  const at = error.instancePath === "" ? "(body)" : error.instancePath;
  const params = error.params as Record<string, unknown>;
  const detail =
    params.unevaluatedProperty ?? params.additionalProperty ?? params.allowedValues ?? null;
  return `${at} ${error.message}${detail === null ? "" : `: ${JSON.stringify(detail)}`}`;
}
