// Reads the specs that redocly.yaml lists, for the tests and tools that span
// providers (the contract tests of specs/, the property tests of the model).
//
// A spec may be split over several files; loadSpec inlines every `$ref` to
// another file, so the only refs left are the root document's own `#/...`
// refs and consumers never need a bundler.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The `apis:` entries of redocly.yaml, in file order. */
export function listApis() {
  const config = parse(readFileSync(resolve(repoRoot, "redocly.yaml"), "utf8"));
  return Object.entries(config.apis ?? {}).map(([id, api]) => ({
    id,
    root: resolve(repoRoot, api.root),
  }));
}

/** The spec of api `id`, parsed, with refs to other files inlined. */
export function loadSpec(id) {
  const api = listApis().find((a) => a.id === id);
  if (!api) throw new Error(`redocly.yaml has no apis.${id}`);
  return loadSpecFile(api.root);
}

/** The spec whose root document is `root` (a path), parsed, with refs to other files inlined. */
export function loadSpecFile(root) {
  const files = new Map();
  const read = (file) => {
    if (!files.has(file)) files.set(file, parse(readFileSync(file, "utf8")));
    return files.get(file);
  };
  const file = resolve(root);
  return inline(read(file), file, true, read, []);
}

function inline(node, file, isRoot, read, stack) {
  if (Array.isArray(node)) return node.map((item) => inline(item, file, isRoot, read, stack));
  if (node === null || typeof node !== "object") return node;
  const ref = node.$ref;
  if (typeof ref === "string" && !(isRoot && ref.startsWith("#"))) {
    const [path, fragment = ""] = ref.split("#");
    const target = path === "" ? file : resolve(dirname(file), path);
    const key = `${target}#${fragment}`;
    if (stack.includes(key)) {
      throw new Error(`${file}: $ref cycle through ${ref}; move the schema into components`);
    }
    const { $ref: _, ...siblings } = node;
    const resolved = inline(pointer(read(target), fragment, ref), target, false, read, [
      ...stack,
      key,
    ]);
    return { ...resolved, ...inline(siblings, file, isRoot, read, stack) };
  }
  const copy = {};
  for (const [key, value] of Object.entries(node))
    copy[key] = inline(value, file, isRoot, read, stack);
  return copy;
}

/** Follows a JSON Pointer fragment ("/components/schemas/Backup") into a document. */
export function pointer(document, fragment, ref = fragment) {
  let node = document;
  for (const raw of fragment.split("/").slice(1)) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) {
      throw new Error(`$ref ${ref} points at nothing`);
    }
    node = node[key];
  }
  return node;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Every operation of a spec with its path, method and JSON Pointer. */
export function listOperations(spec) {
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (operation) {
        const at = `#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/${method}`;
        operations.push({ path, method, operation, pointer: at });
      }
    }
  }
  return operations;
}

/** Resolves a root-document `#/...` ref of a spec loaded with loadSpec. */
export function deref(spec, node) {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string"; hops++) {
    if (hops > 20) throw new Error(`$ref chain too long at ${node.$ref}`);
    current = pointer(spec, current.$ref.slice(1), current.$ref);
  }
  return current;
}
