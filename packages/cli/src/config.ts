import { constants } from "node:fs";
import { type FileHandle, open, stat } from "node:fs/promises";
import { isObject, kindOf } from "@backupkit/model";
import { type ConfigFile, isHttpUrl, type Source } from "@backupkit/sdk";
import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";
import { UserError } from "./io.js";

/** A config file as read, with what stderr should be told about it. */
export interface LoadedConfig extends ConfigFile {
  /** Lines for stderr: the file's secrets are readable by other users. */
  warnings: readonly string[];
}

/** The largest config file read: a few providers' settings are a few hundred bytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads and validates the config file; a bad file is a UserError naming the
 * key. Only a regular file of at most 1 MiB is read (a FIFO or a device would
 * block or never end), and no message quotes the file's contents: they are
 * secrets. A file that holds secrets and can be read by other users gets a
 * warning, as ssh and the AWS CLI give.
 */
export async function loadConfigFile(
  path: string,
  sources: readonly Source[],
): Promise<LoadedConfig> {
  const { text, mode } = await readConfigText(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UserError(`config file ${path} is not valid JSON${whereInvalid(text)}`);
  }
  const providers = validateConfig(value, path, sources);
  const warnings: string[] = [];
  const holdsSecrets = sources.some((source) =>
    Object.entries(source.fields).some(
      ([key, field]) => field.secret && providers[source.id]?.[key] !== undefined,
    ),
  );
  if (holdsSecrets && process.platform !== "win32" && (mode & 0o044) !== 0) {
    const octal = (mode & 0o777).toString(8).padStart(4, "0");
    warnings.push(
      `warning: config file ${path} holds secrets and other users can read it (mode ${octal}); run: chmod 600 ${path}`,
    );
  }
  return { path, providers, warnings };
}

async function readConfigText(path: string): Promise<{ text: string; mode: number }> {
  const cannot = (why: string) => new UserError(`cannot read config file ${path}: ${why}`);
  let handle: FileHandle | undefined;
  try {
    // Checked before opening: opening a FIFO for reading waits for a writer.
    if (!(await stat(path)).isFile()) throw cannot("not a regular file");
    // Non-blocking, and checked again, in case a FIFO took the file's place meanwhile.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    if (!info.isFile()) throw cannot("not a regular file");
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let size = 0;
    for (let read = -1; read !== 0 && size <= MAX_CONFIG_BYTES; size += read) {
      ({ bytesRead: read } = await handle.read(buffer, size, buffer.length - size, size));
    }
    if (size > MAX_CONFIG_BYTES) throw cannot("larger than 1 MiB");
    return { text: buffer.toString("utf8", 0, size), mode: info.mode };
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw cannot(code === "ENOENT" ? "no such file" : (code ?? "unreadable"));
  } finally {
    await handle?.close();
  }
}

/** Where JSON text first goes wrong, as ` (ValueExpected at line 3, column 12)`, never quoting it. */
function whereInvalid(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return "";
  const before = text.slice(0, first.offset).split(/\r\n|\n|\r/);
  const column = (before.at(-1)?.length ?? 0) + 1;
  return ` (${printParseErrorCode(first.error)} at line ${before.length}, column ${column})`;
}

function validateConfig(
  value: unknown,
  path: string,
  sources: readonly Source[],
): Record<string, Record<string, string>> {
  const fail = (at: string, message: string): never => {
    throw new UserError(`config file ${path}: ${at}: ${message}`);
  };
  // A key is named only when it looks like one: a secret pasted in the wrong place is not quoted.
  const name = (key: string) => (/^[A-Za-z][\w-]{0,23}$/.test(key) ? key : "<a key>");
  if (!isObject(value)) return fail("$", `expected an object, got ${kindOf(value)}`);
  for (const key of Object.keys(value)) {
    if (key !== "providers")
      fail(`$.${name(key)}`, 'unknown key; the file has one key, "providers"');
  }
  const providers = value.providers;
  if (!isObject(providers))
    return fail("$.providers", `expected an object, got ${kindOf(providers)}`);
  const result: Record<string, Record<string, string>> = {};
  for (const [id, entry] of Object.entries(providers)) {
    const at = `$.providers.${name(id)}`;
    const source = sources.find((s) => s.id === id);
    if (!source)
      fail(at, `unknown provider; expected one of ${sources.map((s) => s.id).join(", ")}`);
    if (!isObject(entry)) return fail(at, `expected an object, got ${kindOf(entry)}`);
    const allowed = ["baseUrl", ...Object.keys(source?.fields ?? {})];
    const settings: Record<string, string> = {};
    for (const [key, setting] of Object.entries(entry)) {
      if (!allowed.includes(key))
        fail(`${at}.${name(key)}`, `unknown key; expected ${allowed.join(", ")}`);
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
