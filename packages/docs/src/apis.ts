import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parse } from "yaml";

/** One `apis:` entry of redocly.yaml, with what the index shows about it. */
export interface ApiEntry {
  /** The key under `apis:`, which is also the provider id. */
  id: string;
  /** Absolute path of the spec's root file. */
  spec: string;
  title: string;
  version: string;
  /** One line about the API: `info.summary`, else the first line of `info.description`. */
  summary: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/**
 * Reads the `apis:` entries of `<root>/redocly.yaml` in file order. The docs
 * site has one page per entry, so a new provider needs no change here.
 */
export async function loadApis(root: string): Promise<ApiEntry[]> {
  const configPath = resolve(root, "redocly.yaml");
  const config: unknown = parse(await readFile(configPath, "utf8"));
  const apis = isRecord(config) && isRecord(config.apis) ? config.apis : {};
  const entries: ApiEntry[] = [];
  for (const [id, api] of Object.entries(apis)) {
    if (!isRecord(api) || typeof api.root !== "string") {
      throw new Error(`${configPath}: apis.${id} has no root (the spec's path)`);
    }
    const spec = resolve(root, api.root);
    const document: unknown = parse(await readFile(spec, "utf8"));
    const info = isRecord(document) && isRecord(document.info) ? document.info : {};
    entries.push({
      id,
      spec,
      title: text(info.title) || id,
      version: text(info.version),
      summary: text(info.summary) || (text(info.description).split("\n")[0] ?? ""),
    });
  }
  if (entries.length === 0) throw new Error(`${configPath}: no apis: entries`);
  return entries;
}
