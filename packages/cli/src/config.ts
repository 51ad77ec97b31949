import { readFile } from "node:fs/promises";
import { isObject, kindOf } from "@backupkit/model";
import { type ConfigFile, isHttpUrl, type Source } from "@backupkit/sdk";
import { UserError } from "./io.js";

/** Reads and validates the config file; a bad file is a UserError naming the key. */
export async function loadConfigFile(
  path: string,
  sources: readonly Source[],
): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      `cannot read config file ${path}: ${code === "ENOENT" ? "no such file" : (code ?? "unreadable")}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UserError(`config file ${path} is not valid JSON: ${(err as Error).message}`);
  }
  return { path, providers: validateConfig(value, path, sources) };
}

function validateConfig(
  value: unknown,
  path: string,
  sources: readonly Source[],
): Record<string, Record<string, string>> {
  const fail = (at: string, message: string): never => {
    throw new UserError(`config file ${path}: ${at}: ${message}`);
  };
  if (!isObject(value)) return fail("$", `expected an object, got ${kindOf(value)}`);
  for (const key of Object.keys(value)) {
    if (key !== "providers") fail(`$.${key}`, 'unknown key; the file has one key, "providers"');
  }
  const providers = value.providers;
  if (!isObject(providers))
    return fail("$.providers", `expected an object, got ${kindOf(providers)}`);
  const result: Record<string, Record<string, string>> = {};
  for (const [id, entry] of Object.entries(providers)) {
    const at = `$.providers.${id}`;
    const source = sources.find((s) => s.id === id);
    if (!source)
      fail(at, `unknown provider; expected one of ${sources.map((s) => s.id).join(", ")}`);
    if (!isObject(entry)) return fail(at, `expected an object, got ${kindOf(entry)}`);
    const allowed = ["baseUrl", ...Object.keys(source?.fields ?? {})];
    const settings: Record<string, string> = {};
    for (const [key, setting] of Object.entries(entry)) {
      if (!allowed.includes(key))
        fail(`${at}.${key}`, `unknown key; expected ${allowed.join(", ")}`);
      // Never echo the value: it may be a secret.
      if (typeof setting !== "string" || setting.trim() === "") {
        const got = typeof setting === "string" ? "an empty string" : kindOf(setting);
        fail(`${at}.${key}`, `expected a non-empty string, got ${got}`);
      }
      if (key === "baseUrl" && !isHttpUrl(setting as string)) {
        fail(`${at}.${key}`, "expected an http or https URL");
      }
      settings[key] = setting as string;
    }
    result[id] = settings;
  }
  return result;
}
