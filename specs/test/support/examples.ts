/**
 * Collects every example of an OpenAPI 3.1 spec with the schema it must fit:
 * media type `example`/`examples`, parameter and header examples, and the
 * `example`/`examples` of every schema, wherever it is nested.
 */
import { deref, type Json, type JsonObject, listOperations } from "../../../scripts/specs.mjs";

export interface ExampleCase {
  /** A JSON Pointer into the spec, e.g. `#/paths/~1x/get/responses/200/content/application~1json/example`. */
  where: string;
  value: Json;
  schema: Json;
}

const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"];
const SCHEMA_VALUES = ["additionalProperties", "items", "contains", "not", "if", "then", "else"];
const SCHEMA_LISTS = ["prefixItems", "allOf", "anyOf", "oneOf"];

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const escapePointer = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

export function collectExamples(spec: JsonObject): ExampleCase[] {
  const cases: ExampleCase[] = [];

  const schemaExamples = (schema: Json, where: string): void => {
    // A ref's target is collected where it is defined; its siblings may still carry examples.
    if (!isObject(schema)) return;
    if ("example" in schema)
      cases.push({ where: `${where}/example`, value: schema.example as Json, schema });
    if (Array.isArray(schema.examples)) {
      for (const [i, value] of schema.examples.entries()) {
        cases.push({ where: `${where}/examples/${i}`, value, schema });
      }
    }
    for (const key of SCHEMA_MAPS) {
      const map = schema[key];
      if (isObject(map)) {
        for (const [name, sub] of Object.entries(map))
          schemaExamples(sub, `${where}/${key}/${escapePointer(name)}`);
      }
    }
    for (const key of SCHEMA_VALUES)
      if (key in schema) schemaExamples(schema[key] as Json, `${where}/${key}`);
    for (const key of SCHEMA_LISTS) {
      const list = schema[key];
      if (Array.isArray(list)) {
        for (const [i, sub] of list.entries()) schemaExamples(sub, `${where}/${key}/${i}`);
      }
    }
  };

  /** `example` and `examples` of a media type, parameter or header, against its schema. */
  const objectExamples = (object: JsonObject, where: string): void => {
    const schema = object.schema;
    if (schema === undefined) return;
    schemaExamples(schema, `${where}/schema`);
    if ("example" in object)
      cases.push({ where: `${where}/example`, value: object.example as Json, schema });
    if (isObject(object.examples)) {
      for (const [name, example] of Object.entries(object.examples)) {
        const resolved = deref(spec, example);
        if (!isObject(resolved)) continue;
        if ("externalValue" in resolved) {
          throw new Error(`${where}/examples/${name}: externalValue examples cannot be checked`);
        }
        if ("value" in resolved) {
          cases.push({
            where: `${where}/examples/${escapePointer(name)}`,
            value: resolved.value as Json,
            schema,
          });
        }
      }
    }
  };

  const content = (node: Json, where: string): void => {
    if (!isObject(node)) return;
    for (const [mediaType, media] of Object.entries(node)) {
      if (isObject(media)) objectExamples(media, `${where}/${escapePointer(mediaType)}`);
    }
  };

  /** A parameter, header, response or request body that is not a ref (refs are visited at their target). */
  const holder = (node: Json, where: string): void => {
    if (!isObject(node) || typeof node.$ref === "string") return;
    objectExamples(node, where);
    content(node.content ?? null, `${where}/content`);
    if (isObject(node.headers)) {
      for (const [name, header] of Object.entries(node.headers)) {
        holder(header, `${where}/headers/${escapePointer(name)}`);
      }
    }
  };

  for (const { operation, pointer, path } of listOperations(spec)) {
    const item = isObject(spec.paths) ? spec.paths[path] : undefined;
    if (isObject(item) && Array.isArray(item.parameters)) {
      for (const [i, p] of item.parameters.entries()) {
        holder(p, `#/paths/${escapePointer(path)}/parameters/${i}`);
      }
    }
    if (Array.isArray(operation.parameters)) {
      for (const [i, p] of operation.parameters.entries()) holder(p, `${pointer}/parameters/${i}`);
    }
    holder(operation.requestBody ?? null, `${pointer}/requestBody`);
    if (isObject(operation.responses)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        holder(response, `${pointer}/responses/${status}`);
      }
    }
  }

  const components = isObject(spec.components) ? spec.components : {};
  for (const kind of ["parameters", "headers", "responses", "requestBodies"]) {
    const map = components[kind];
    if (isObject(map)) {
      for (const [name, node] of Object.entries(map))
        holder(node, `#/components/${kind}/${escapePointer(name)}`);
    }
  }
  if (isObject(components.schemas)) {
    for (const [name, schema] of Object.entries(components.schemas)) {
      schemaExamples(schema, `#/components/schemas/${escapePointer(name)}`);
    }
  }
  return cases;
}
