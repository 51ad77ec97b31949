import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface Operation {
  method: string;
  path: string;
  /** What Redoc shows as the operation's heading and sidebar entry. */
  summary: string;
  /** The first tag, which Redoc files the operation under. */
  tag: string | undefined;
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows a `$ref` (same file or a relative file, with a JSON pointer) until a value. */
function dereference(value: unknown, file: string): unknown {
  if (!isRecord(value) || typeof value.$ref !== "string") return value;
  const [target = "", pointer = ""] = value.$ref.split("#");
  const targetFile = target === "" ? file : resolve(dirname(file), target);
  let node: unknown = parse(readFileSync(targetFile, "utf8"));
  for (const part of pointer.split("/").filter(Boolean)) {
    const key = decodeURIComponent(part).replaceAll("~1", "/").replaceAll("~0", "~");
    node = isRecord(node) ? node[key] : undefined;
  }
  return dereference(node, targetFile);
}

/** Every operation of a spec, in file order, path items split into files included. */
export function operationsOf(specFile: string): Operation[] {
  const spec = dereference(parse(readFileSync(specFile, "utf8")), specFile);
  const paths = isRecord(spec) && isRecord(spec.paths) ? spec.paths : {};
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    const pathItem = dereference(item, specFile);
    if (!isRecord(pathItem)) continue;
    for (const method of METHODS) {
      // An operation added to an existing path may live in a file of its own.
      const operation = dereference(pathItem[method], specFile);
      if (!isRecord(operation)) continue;
      if (typeof operation.summary !== "string") {
        throw new Error(`${specFile}: ${method.toUpperCase()} ${path} has no summary`);
      }
      const tags = Array.isArray(operation.tags) ? operation.tags : [];
      const tag = typeof tags[0] === "string" ? tags[0] : undefined;
      operations.push({ method, path, summary: operation.summary, tag });
    }
  }
  return operations;
}
