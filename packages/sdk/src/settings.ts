import type { Source, SourceConfig } from "./sources/types.js";

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
 * with some settings but not all is invalid, with a message saying what to set.
 */
export function resolveSetups(
  sources: readonly Source[],
  env: Readonly<Record<string, string | undefined>>,
  file?: ConfigFile,
): ProviderSetup[] {
  return sources.map((source) => {
    const fromFile = file?.providers[source.id] ?? {};
    const values: Record<string, string> = {};
    const missing: string[] = [];
    for (const [key, field] of Object.entries(source.fields)) {
      const name = field.env.find((n) => nonEmpty(env[n]));
      const value = name === undefined ? fromFile[key] : env[name];
      if (value === undefined) missing.push(`${field.env.join(" or ")} (${field.description})`);
      else values[key] = value;
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
    if (baseUrl === undefined && source.defaultBaseUrl === null) {
      missing.push(`${urlVariable} (the API's base URL)`);
    }
    if (missing.length > 0) {
      const inFile = file ? ` or the keys under providers.${source.id} in ${file.path}` : "";
      return {
        state: "invalid",
        source,
        message: `incomplete configuration: set ${missing.join(", ")}${inFile}`,
      };
    }
    return { state: "configured", source, config: { baseUrl, values } };
  });
}

/** A source's settings for one of the embedded mock providers. */
export function mockSetup(
  source: Source,
  endpoint: { baseUrl: string; credentials: Readonly<Record<string, string>> },
): SourceConfig {
  const values: Record<string, string> = {};
  for (const key of Object.keys(source.fields)) {
    const value = endpoint.credentials[key];
    if (value === undefined) throw new Error(`the ${source.id} mock has no "${key}" credential`);
    values[key] = value;
  }
  return { baseUrl: endpoint.baseUrl, values };
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
