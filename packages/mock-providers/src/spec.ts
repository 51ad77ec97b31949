import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { specPath } from "./files.js";

type JsonObject = Record<string, unknown>;

/**
 * The spec's component schemas are registered as the `$defs` of one schema
 * with this id, and `#/components/schemas/X` refs are rewritten to point there.
 */
const SCHEMAS_ID = "urn:backupkit:spec-schemas";
const COMPONENT_SCHEMAS = "#/components/schemas/";

/** OpenAPI keywords that only annotate a schema: the validator must accept and ignore them. */
const ANNOTATION_KEYWORDS = ["example", "xml", "discriminator", "externalDocs"];

/** A problem with a request's parameters, answered with the provider's own error body. */
export interface ParameterProblem {
  status: 400 | 404;
  message: string;
}

/**
 * One provider's OpenAPI spec, loaded from `specs/<id>/openapi.yaml`, with JSON
 * Schema validators (draft 2020-12, as OpenAPI 3.1 uses) for what the mock sends.
 */
export class Spec {
  private static readonly loaded = new Map<string, Spec>();

  /** Loads a spec once per process: compiling validators is the slow part. */
  static load(id: string): Spec {
    let spec = Spec.loaded.get(id);
    if (!spec) {
      spec = new Spec(id);
      Spec.loaded.set(id, spec);
    }
    return spec;
  }

  /** The spec file, relative to the repository, for messages. */
  readonly file: string;
  /** The path of the spec's first server URL (`/v4` for Linode): the mock serves below it. */
  readonly basePath: string;
  private readonly doc: JsonObject;
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();

  private constructor(id: string) {
    this.file = `specs/${id}/openapi.yaml`;
    // The build wrote the spec as one document, refs to its split files inlined.
    this.doc = JSON.parse(readFileSync(specPath(`${id}/openapi.json`), "utf8")) as JsonObject;
    const servers = this.doc.servers as { url?: string }[] | undefined;
    this.basePath = new URL(servers?.[0]?.url ?? "/", "http://server").pathname.replace(/\/$/, "");
    this.ajv = createAjv(this.doc);
  }

  /** The operation object of the spec for a method and path template, if declared. */
  operation(method: string, path: string): JsonObject | undefined {
    const item = (this.doc.paths as JsonObject | undefined)?.[path];
    const operation = isObject(item) ? item[method.toLowerCase()] : undefined;
    return isObject(operation) ? operation : undefined;
  }

  /** Checks path and query parameters against their schemas; `null` when they are fine. */
  checkParameters(
    method: string,
    path: string,
    params: Readonly<Record<string, string>>,
    query: URLSearchParams,
  ): ParameterProblem | null {
    for (const parameter of this.parameters(method, path)) {
      const name = String(parameter.name);
      const where = parameter.in;
      if (where !== "query" && where !== "path") continue;
      const text = where === "path" ? params[name] : (query.get(name) ?? undefined);
      const status = where === "path" ? 404 : 400;
      if (text === undefined) {
        if (parameter.required === true) return { status, message: `${name}: is required` };
        continue;
      }
      const schema = parameter.schema;
      if (!isObject(schema)) continue;
      const validate = this.validator(`parameter ${method} ${path} ${where} ${name}`, schema);
      // An array parameter is the parameter repeated (`status=a&status=b`).
      const items = isObject(schema.items) ? schema.items : {};
      const value =
        schema.type === "array" && where === "query"
          ? query.getAll(name).map((item) => coerce(item, items))
          : coerce(text, schema);
      if (!validate(value)) {
        return { status, message: formatErrors(validate.errors, name, name) };
      }
    }
    return null;
  }

  /**
   * Validates a response body against the spec's schema for the operation,
   * status and media type. Returns a one-line problem, or `null` when it conforms.
   */
  checkResponse(
    method: string,
    path: string,
    status: number,
    mediaType: string,
    body: unknown,
  ): string | null {
    const where = `${method} ${path} ${status} ${mediaType}`;
    const responses = this.operation(method, path)?.responses;
    if (!isObject(responses)) return `${this.file} declares no operation ${method} ${path}`;
    const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => k in responses);
    if (key === undefined)
      return `${this.file} declares no ${status} response for ${method} ${path}`;
    const response = this.deref(responses[key]);
    const content = isObject(response?.content) ? response.content : undefined;
    if (content === undefined) {
      return body === undefined ? null : `${where}: the spec declares no body for this response`;
    }
    const media = content[mediaType];
    if (!isObject(media) || !isObject(media.schema)) {
      return `${where}: the spec declares no schema for this media type (it has ${Object.keys(content).join(", ")})`;
    }
    const validate = this.validator(`response ${method} ${path} ${key} ${mediaType}`, media.schema);
    return validate(body) ? null : `${where}: ${formatErrors(validate.errors, "(body)")}`;
  }

  /**
   * Parses and checks a request body against the operation's JSON request
   * schema: `{ value }` when it conforms (undefined for no body where none is
   * required), else a one-line problem for the provider's 400.
   */
  checkRequestBody(method: string, path: string, text: string): { value: unknown } | string {
    const declared = this.deref(this.operation(method, path)?.requestBody);
    const media = isObject(declared?.content) ? declared.content["application/json"] : undefined;
    if (text === "") {
      return declared?.required === true ? "a request body is required" : { value: undefined };
    }
    if (!isObject(media) || !isObject(media.schema)) return "this operation takes no body";
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return "the request body is not JSON";
    }
    const validate = this.validator(`request ${method} ${path}`, media.schema);
    return validate(value) ? { value } : formatErrors(validate.errors, "(body)");
  }

  private parameters(method: string, path: string): JsonObject[] {
    const item = (this.doc.paths as JsonObject | undefined)?.[path];
    const shared = isObject(item) && Array.isArray(item.parameters) ? item.parameters : [];
    const own = this.operation(method, path)?.parameters;
    return [...shared, ...(Array.isArray(own) ? own : [])]
      .map((p) => this.deref(p))
      .filter((p): p is JsonObject => p !== undefined);
  }

  /** Follows an OpenAPI `$ref` to a response or parameter object within the spec. */
  private deref(value: unknown): JsonObject | undefined {
    let current = value;
    for (let hops = 0; isObject(current) && typeof current.$ref === "string"; hops++) {
      if (hops > 10) return undefined;
      current = resolvePointer(this.doc, current.$ref);
    }
    return isObject(current) ? current : undefined;
  }

  private validator(key: string, schema: JsonObject): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(pointRefsAtSpec(schema) as JsonObject);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

function createAjv(doc: JsonObject): Ajv2020 {
  // Strict: unknown keywords and formats are errors, so a typo in a spec is
  // caught here rather than silently accepted. Union types (`[string, "null"]`)
  // are how OpenAPI 3.1 writes nullability.
  const ajv = new Ajv2020({
    strict: true,
    strictTypes: true,
    allowUnionTypes: true,
    allErrors: true,
  });
  addFormats.default(ajv);
  for (const keyword of [...ANNOTATION_KEYWORDS, ...extensionKeywords(doc)]) {
    ajv.addKeyword({ keyword, schemaType: ["string", "number", "boolean", "object", "array"] });
  }
  // OpenAPI's own formats (Data Types section of the OpenAPI 3.1 specification).
  ajv.addFormat("int32", {
    type: "number",
    validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
  });
  ajv.addFormat("int64", { type: "number", validate: (n) => Number.isInteger(n) });
  ajv.addFormat("float", { type: "number", validate: () => true });
  ajv.addFormat("double", { type: "number", validate: () => true });
  ajv.addFormat("password", true);
  ajv.addFormat("binary", true);
  ajv.addFormat("byte", /^[A-Za-z0-9+/]*={0,2}$/);
  const components = isObject(doc.components) ? doc.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  ajv.addSchema({ $id: SCHEMAS_ID, $defs: pointRefsAtSpec(schemas) as JsonObject });
  return ajv;
}

/** Every `x-…` key used in the spec: vendor extensions the validator must tolerate. */
function extensionKeywords(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) extensionKeywords(item, found);
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith("x-")) found.add(key);
      extensionKeywords(child, found);
    }
  }
  return found;
}

/** Copies a schema taken out of the spec, pointing its component refs at the registered `$defs`. */
function pointRefsAtSpec(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pointRefsAtSpec);
  if (!isObject(value)) return value;
  const copy: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === "$ref" && typeof child === "string" && child.startsWith("#")) {
      if (!child.startsWith(COMPONENT_SCHEMAS)) {
        throw new Error(`a schema $ref must point at ${COMPONENT_SCHEMAS}…, got ${child}`);
      }
      copy[key] = `${SCHEMAS_ID}#/$defs/${child.slice(COMPONENT_SCHEMAS.length)}`;
    } else copy[key] = pointRefsAtSpec(child);
  }
  return copy;
}

function resolvePointer(doc: JsonObject, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let current: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const token = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    current = isObject(current) ? current[token] : undefined;
  }
  return current;
}

/** Query and path values are text; read them as the schema's type before validating. */
function coerce(text: string, schema: JsonObject): unknown {
  const type = schema.type;
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(text))
    return Number(text);
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}

/**
 * Ajv's errors in one line: `/data/0/id must be integer; …`, the root named by
 * `root` and paths below it prefixed with `prefix` (a parameter's name).
 */
function formatErrors(errors: ErrorObject[] | null | undefined, root: string, prefix = ""): string {
  const lines = (errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath ? prefix + e.instancePath : root} ${e.message}`);
  const more = (errors?.length ?? 0) > 5 ? ` (and ${(errors?.length ?? 0) - 5} more)` : "";
  return lines.join("; ") + more;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
