import type { SignIn, Source, SourceConfig, SourceField } from "./sources/types.js";

/**
 * Settings read from a file, as the CLI's `--config FILE` holds them:
 *
 *   { "providers": { "linode": { "token": "…", "baseUrl": "https://…" } } }
 *
 * Each provider's keys are its source's fields plus `baseUrl`; all strings.
 * `path` names the file in messages.
 */
export interface ConfigFile {
  path: string;
  providers: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A provider's configuration after reading the environment and the file. */
export type ProviderSetup =
  | { state: "configured"; source: Source; config: SourceConfig }
  | { state: "unconfigured"; source: Source }
  /** Partly configured or malformed: a failure of that provider, with a message saying what to set. */
  | { state: "invalid"; source: Source; message: string };

/** The variable that overrides a provider's base URL: `BACKUPKIT_<ID>_BASE_URL`, the same scheme for all. */
export function baseUrlEnv(source: Pick<Source, "id">): string {
  return `BACKUPKIT_${source.id.toUpperCase().replace(/-/g, "_")}_BASE_URL`;
}

/**
 * Resolves every source's settings: environment variables first, then the
 * config file, field by field. A source with nothing set is unconfigured; one
 * with some settings but not all is invalid, with a message saying what to
 * set. A source with several ways to sign in needs exactly one of them.
 */
export function resolveSetups(
  sources: readonly Source[],
  env: Readonly<Record<string, string | undefined>>,
  file?: ConfigFile,
): ProviderSetup[] {
  return sources.map((source) => {
    const fromFile = file?.providers[source.id] ?? {};
    const values: Record<string, string> = {};
    for (const [key, field] of Object.entries(source.fields)) {
      const name = field.env.find((n) => nonEmpty(env[n]));
      const value = name === undefined ? fromFile[key] : env[name];
      if (value !== undefined) values[key] = value;
    }
    const urlVariable = baseUrlEnv(source);
    const envUrl = nonEmpty(env[urlVariable]) ? env[urlVariable] : undefined;
    const baseUrl = envUrl ?? fromFile.baseUrl;
    if (Object.keys(values).length === 0 && baseUrl === undefined) {
      return { state: "unconfigured", source };
    }
    if (envUrl !== undefined && !isHttpUrl(envUrl)) {
      return { state: "invalid", source, message: `${urlVariable} is not an http or https URL` };
    }
    const inFile = file ? ` or the keys under providers.${source.id} in ${file.path}` : "";
    const { missing, conflict } = missingSettings(source, values);
    if (conflict !== null) return { state: "invalid", source, message: conflict };
    if (baseUrl === undefined && source.defaultBaseUrl === null) {
      missing.push(`${urlVariable} (the API's base URL)`);
    }
    if (missing.length > 0) {
      return {
        state: "invalid",
        source,
        message: `incomplete configuration: set ${missing.join(", ")}${inFile}`,
      };
    }
    return { state: "configured", source, config: { baseUrl, values } };
  });
}

/** The settings of a source each sign-in way takes. */
function keysOf(way: SignIn): string[] {
  return [...way.needs, ...(way.oneOf ?? []), ...(way.may ?? [])];
}

/** The settings only `way` takes: setting one of them chooses it. */
function ownKeys(way: SignIn, ways: readonly SignIn[]): string[] {
  const others = new Set(ways.filter((w) => w !== way).flatMap(keysOf));
  return keysOf(way).filter((key) => !others.has(key));
}

/** `HW_ACCESS_KEY or HUAWEICLOUD_SDK_AK (access key ID)` */
function described(field: SourceField | undefined): string {
  return field ? `${field.env.join(" or ")} (${field.description})` : "";
}

/** What is missing from `values`, or why the settings contradict each other. */
function missingSettings(
  source: Source,
  values: Readonly<Record<string, string>>,
): { missing: string[]; conflict: string | null } {
  const ways = source.signIns ?? [];
  const inWays = new Set(ways.flatMap(keysOf));
  const missing: string[] = [];
  for (const [key, field] of Object.entries(source.fields)) {
    if (!inWays.has(key) && !field.optional && values[key] === undefined) {
      missing.push(described(field));
    }
  }
  if (ways.length === 0) return { missing, conflict: null };
  const chosen = ways.filter((way) => ownKeys(way, ways).some((key) => values[key] !== undefined));
  const firstNames = (way: SignIn) =>
    ownKeys(way, ways)
      .filter((key) => way.needs.includes(key))
      .map((key) => source.fields[key]?.env[0])
      .join(", ");
  if (chosen.length > 1) {
    return {
      missing,
      conflict: `sign in one way, not ${chosen.length}: ${chosen
        .map((way) => `${way.name} (${firstNames(way)})`)
        .join(" and ")} are both set; unset one`,
    };
  }
  const way = chosen[0];
  if (way === undefined) {
    missing.push(
      `one way to sign in: ${ways.map((w) => `${w.name} (${firstNames(w)})`).join(", or ")}`,
    );
    return { missing, conflict: null };
  }
  for (const key of way.needs) {
    if (values[key] === undefined) missing.push(described(source.fields[key]));
  }
  const oneOf = way.oneOf ?? [];
  if (oneOf.length > 0 && oneOf.every((key) => values[key] === undefined)) {
    missing.push(oneOf.map((key) => described(source.fields[key])).join(" or "));
  }
  return { missing, conflict: null };
}

/**
 * A source's settings for one of the embedded mock providers, signing in the
 * way `wayIndex` names (default: the preferred one).
 */
export function mockSetup(
  source: Source,
  endpoint: { baseUrl: string; credentials: Readonly<Record<string, string>> },
  wayIndex = 0,
): SourceConfig {
  const ways = source.signIns ?? [];
  const way = ways[wayIndex];
  const inWays = new Set(ways.flatMap(keysOf));
  const wanted = Object.keys(source.fields).filter(
    (key) => !inWays.has(key) || (way !== undefined && keysOf(way).includes(key)),
  );
  const values: Record<string, string> = {};
  for (const key of wanted) {
    const value = endpoint.credentials[key];
    const field = source.fields[key];
    const needed = !field?.optional && !way?.may?.includes(key) && !way?.oneOf?.includes(key);
    if (value === undefined && needed) {
      throw new Error(`the ${source.id} mock has no "${key}" credential`);
    }
    if (value !== undefined) values[key] = value;
  }
  return { baseUrl: way?.findsEndpoint ? undefined : endpoint.baseUrl, values };
}

/** The environment variables that configure a source as `config` does, for `backupkit mock`. */
export function envFor(source: Source, config: SourceConfig): [string, string][] {
  const lines: [string, string][] = [];
  for (const [key, field] of Object.entries(source.fields)) {
    const name = field.env[0];
    const value = config.values[key];
    if (name !== undefined && value !== undefined) lines.push([name, value]);
  }
  if (config.baseUrl !== undefined) lines.push([baseUrlEnv(source), config.baseUrl]);
  return lines;
}

/** Every secret value in these setups and the environment, to redact from messages. */
export function secretsOf(
  sources: readonly Source[],
  env: Readonly<Record<string, string | undefined>>,
  file?: ConfigFile,
): string[] {
  const secrets: string[] = [];
  for (const source of sources) {
    for (const [key, field] of Object.entries(source.fields)) {
      if (!field.secret) continue;
      for (const name of field.env) if (nonEmpty(env[name])) secrets.push(env[name] as string);
      const inFile = file?.providers[source.id]?.[key];
      if (inFile !== undefined) secrets.push(inFile);
    }
  }
  return secrets;
}

function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== "";
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
