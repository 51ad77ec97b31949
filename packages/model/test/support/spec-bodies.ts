/** Finds the JSON body schemas of an operation in a spec loaded with `loadSpec`. */
import { deref, type Json, type JsonObject, listOperations } from "../../../../scripts/specs.mjs";
import { isJsonObject } from "./schema-arbitrary.js";

function isJsonMedia(mediaType: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json\b/.test(mediaType);
}

function jsonSchemaOf(spec: JsonObject, response: Json): Json | undefined {
  const resolved = deref(spec, response);
  if (!isJsonObject(resolved) || !isJsonObject(resolved.content)) return undefined;
  for (const [mediaType, media] of Object.entries(resolved.content)) {
    if (isJsonMedia(mediaType) && isJsonObject(media) && media.schema !== undefined) {
      return media.schema;
    }
  }
  return undefined;
}

function responsesOf(spec: JsonObject, operationId: string): JsonObject {
  const entry = listOperations(spec).find((o) => o.operation.operationId === operationId);
  if (!entry) throw new Error(`the spec has no operation ${operationId}`);
  const responses = entry.operation.responses;
  if (!isJsonObject(responses)) throw new Error(`${operationId} has no responses`);
  return responses;
}

/** The JSON schema of the operation's success body (200, else the first 2XX). */
export function successBodySchema(spec: JsonObject, operationId: string): Json {
  const responses = responsesOf(spec, operationId);
  const status = ["200", ...Object.keys(responses).filter((s) => /^2(\d\d|XX)$/.test(s))].find(
    (s) => responses[s] !== undefined,
  );
  const schema = status === undefined ? undefined : jsonSchemaOf(spec, responses[status] as Json);
  if (schema === undefined) throw new Error(`${operationId} has no JSON success body`);
  return schema;
}

/** The JSON schemas of the operation's error bodies (4XX, 5XX and default). */
export function errorBodySchemas(spec: JsonObject, operationId: string): Json[] {
  const responses = responsesOf(spec, operationId);
  return Object.entries(responses)
    .filter(([status]) => !/^[123]/.test(status))
    .map(([, response]) => jsonSchemaOf(spec, response))
    .filter((schema): schema is Json => schema !== undefined);
}
