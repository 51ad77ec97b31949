import {
  baseUrlEnv,
  resolveSetups,
  type Source,
  type SourceConfig,
  secretsOf,
} from "@backupkit/sdk";
import { loadConfigFile } from "./config.js";
import { UsageError, UserError } from "./io.js";
import { startMocks } from "./mocks.js";
import { stderrLine } from "./redact.js";

/** The providers a command will read, and those it will not, with why. */
export interface Selection {
  configured: { source: Source; config: SourceConfig }[];
  /** Providers that cannot be read as configured: failures of the command. */
  failures: { source: Source; message: string }[];
  /** Providers left out without being asked for: reported with --verbose. */
  skipped: { source: Source; reason: string }[];
  /** Values to redact from every message. */
  secrets: string[];
  /** Lines for stderr before anything else (a config file others can read). */
  warnings: readonly string[];
  /** Stops the embedded mock providers, if they were started. */
  close(): Promise<void>;
}

export interface SelectionOptions {
  /** Every provider the command knows. */
  sources: readonly Source[];
  /** `--provider`; `null`: every provider. */
  wanted: readonly string[] | null;
  mock: boolean;
  /** With `mock`: serve the audit fleet rather than the listing's data. */
  mockFleet?: "audit";
  configPath: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Picks the providers to read: from the environment and config file, or with
 * `mock`, every provider pointed at the embedded mock providers. A provider
 * asked for with --provider but not configured is a failure; otherwise it is skipped.
 */
export async function selectProviders(options: SelectionOptions): Promise<Selection> {
  const { wanted, sources } = options;
  const chosen = wanted === null ? sources : sources.filter((s) => wanted.includes(s.id));
  const leftOut = (source: Source, reason: string, selection: Selection) => {
    if (wanted === null) selection.skipped.push({ source, reason });
    else selection.failures.push({ source, message: reason });
  };

  if (options.mock) {
    if (options.configPath !== undefined) {
      throw new UsageError(
        "--mock and --config cannot be combined: --mock configures every provider",
      );
    }
    const { mock, setups, missing } = await startMocks(chosen, { fleet: options.mockFleet });
    const selection: Selection = {
      configured: setups,
      failures: [],
      skipped: [],
      secrets: [],
      warnings: [],
      close: () => mock.close(),
    };
    for (const source of missing) leftOut(source, "has no mock provider yet", selection);
    return selection;
  }

  const file =
    options.configPath === undefined
      ? undefined
      : await loadConfigFile(options.configPath, sources);
  const selection: Selection = {
    configured: [],
    failures: [],
    skipped: [],
    secrets: secretsOf(sources, options.env, file),
    warnings: file?.warnings ?? [],
    close: async () => {},
  };
  for (const setup of resolveSetups(chosen, options.env, file)) {
    if (setup.state === "configured") selection.configured.push(setup);
    else if (setup.state === "invalid") {
      selection.failures.push({ source: setup.source, message: setup.message });
    } else leftOut(setup.source, `not configured (${howToConfigure(setup.source)})`, selection);
  }
  return selection;
}

/**
 * "set LINODE_TOKEN", naming every required variable of a source; with ways
 * to sign in, the preferred one's and then the others':
 * "set HW_PROJECT_ID, HW_ACCESS_KEY, HW_SECRET_KEY (or HW_AUTH_TOKEN for a token)".
 */
export function howToConfigure(source: Source): string {
  const ways = source.signIns ?? [];
  const inWays = new Set(ways.flatMap((w) => [...w.needs, ...(w.oneOf ?? []), ...(w.may ?? [])]));
  const first = (key: string) => source.fields[key]?.env[0] ?? key;
  const needed = (way: (typeof ways)[number]) => [
    ...way.needs.map(first),
    ...(way.oneOf?.length ? [way.oneOf.map(first).join(" or ")] : []),
  ];
  const names = Object.entries(source.fields)
    .filter(([key, field]) => !inWays.has(key) && !field.optional)
    .map(([key]) => first(key));
  const [preferred, ...others] = ways;
  if (preferred) names.push(...needed(preferred));
  if (source.defaultBaseUrl === null) names.push(baseUrlEnv(source));
  const alternatives = others.map((way) => `or ${needed(way).join(", ")} for ${way.name}`);
  return `set ${names.join(", ")}${alternatives.length ? ` (${alternatives.join("; ")})` : ""}`;
}

/**
 * Writes the selection's warnings (a config file other users can read) to
 * stderr, redacted and made safe for a terminal: every command that reads
 * providers' settings says them before it sends anything.
 */
export function writeWarnings(
  selection: Pick<Selection, "warnings">,
  redact: (text: string) => string,
  stderr: { write(text: string): unknown },
): void {
  for (const warning of selection.warnings)
    stderr.write(stderrLine(redact, `backupkit: ${warning}`));
}

/**
 * For the commands that work on one provider (`get` and the acting
 * commands): says the selection's warnings, then gives that provider's
 * setup, or a UserError, redacted, saying why it cannot be used.
 */
export function onlySetup(
  selection: Selection,
  id: string,
  redact: (text: string) => string,
  stderr: { write(text: string): unknown },
): Selection["configured"][number] {
  writeWarnings(selection, redact, stderr);
  const failure = selection.failures[0];
  if (failure) throw new UserError(redact(`${id}: ${failure.message}`));
  const setup = selection.configured[0];
  if (!setup) throw new UserError(`${id}: not configured`);
  return setup;
}

/** The provider `--provider` names, for the commands that work on one; a usage error for an unknown id. */
export function sourceNamed(sources: readonly Source[], id: string): Source {
  const source = sources.find((s) => s.id === id);
  if (!source) {
    throw new UsageError(
      `unknown provider ${JSON.stringify(id)}; expected one of ${sources.map((s) => s.id).join(", ")}`,
    );
  }
  return source;
}
