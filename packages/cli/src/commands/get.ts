import { parseArgs } from "node:util";
import type { Backup, ConversionResult } from "@backupkit/model";
import {
  ArgumentError,
  boundRaw,
  failureMessage,
  type GetCommand,
  SourceError,
  sourceContext,
  sources,
} from "@backupkit/sdk";
import { colorEnabled } from "../format/color.js";
import { FORMATS, parseFormat, render } from "../format/index.js";
import { configurationHelp } from "../help.js";
import { EXIT, type Io, UsageError, UserError } from "../io.js";
import { formatIssue } from "../issues.js";
import { PROVIDER_FLAGS, parseRunOptions } from "../options.js";
import { redactor, stderrLine } from "../redact.js";
import { onlySetup, selectProviders, sourceNamed } from "../selection.js";

/** Every provider's get flags, once each: parseArgs must know them all up front. */
function getFlags(): string[] {
  return [...new Set(sources.flatMap((s) => s.get?.flags.map((f) => f.name) ?? []))];
}

export function getHelp(): string {
  const refs = sources
    .map((s) => {
      if (!s.get)
        return `  ${s.id}: no single-backup endpoint; use "backupkit list --provider ${s.id}"`;
      const flags = s.get.flags.map((f) => `--${f.name} <${f.description}>`).join(" ");
      return `  ${s.id}: ${s.get.ref}, or ${flags}`;
    })
    .join("\n");
  return `Usage: backupkit get --provider <id> <REF> [options]
       backupkit get --provider <id> --<part> <value>... [options]

Fetches one backup from a provider's API and prints it as common backup
records (a JSON array by default; a provider may return a backup together with
the backups it contains). Conversion issues go to stderr.

REF names the backup: the REF column of "backupkit list" (the ref field of
json output), or the parts below, which can also be given as flags:
${refs}

Options:
  -p, --provider <id>     ${sources.map((s) => s.id).join(" | ")}
  -f, --format <format>   ${FORMATS.join(" | ")} (default json)
      --timeout <seconds> give up on one attempt of a request after this long (default 30)
      --retries <n>       retry a request failing with 429, 5xx or a network error
                          up to n times, with backoff (default 2; 0 for none)
      --max-body <size>   refuse a response body larger than this once
                          decompressed, e.g. 16MiB (default 64MiB)
      --config <file>     read provider settings from a JSON file (see below)
      --mock              fetch from the embedded mock provider instead
  -h, --help              show this help

${configurationHelp(sources)}
Exit codes:
  0  fetched (conversion issues, if any, are on stderr)
  1  the provider failed (not found, auth, network) or is not configured
  2  usage error
`;
}

export async function get(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      provider: { type: "string", short: "p" },
      format: { type: "string", short: "f" },
      ...PROVIDER_FLAGS,
      help: { type: "boolean", short: "h" },
      ...Object.fromEntries(getFlags().map((name) => [name, { type: "string" as const }])),
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout.write(getHelp());
    return EXIT.ok;
  }
  const id = values.provider;
  if (id === undefined) throw new UsageError("--provider is required");
  const source = sourceNamed(sources, id);
  if (!source.get) {
    throw new UsageError(
      `${id} has no endpoint for one backup; use "backupkit list --provider ${id}"`,
    );
  }
  const given = values as Record<string, unknown>;
  const { parts, record } = refParts(source.id, source.get, positionals, given);
  const format = parseFormat(values.format, "json");
  // The embedded mocks listen on loopback: a proxy from the environment is not for them.
  const run = parseRunOptions(values, values.mock === true ? {} : io.env);

  const selection = await selectProviders({
    sources,
    wanted: [id],
    mock: values.mock === true,
    configPath: values.config,
    env: io.env,
  });
  try {
    const redact = redactor(selection.secrets);
    const setup = onlySetup(selection, id, redact, io.stderr);
    let result: ConversionResult;
    try {
      result = boundRaw(await source.get.run(setup.config, parts, sourceContext(run)));
    } catch (err) {
      if (err instanceof ArgumentError) throw err;
      if (err instanceof SourceError) throw new UserError(redact(`${id}: ${err.message}`));
      throw new UserError(redact(`${id}: ${failureMessage(err)}`));
    }
    const backups = record === undefined ? result.backups : oneRecord(id, result, record);
    for (const issue of result.issues) io.stderr.write(stderrLine(redact, formatIssue(issue)));
    io.stdout.write(render(format, backups, colorEnabled(io.stdout, io.env)));
    return EXIT.ok;
  } finally {
    await selection.close();
  }
}

/**
 * A backup's `ref` names one record. Where the provider's endpoint returns a
 * backup together with the records it contains (Z.com's runs), the ref has
 * one part more than the endpoint needs: the id of the record to print.
 */
function oneRecord(id: string, result: ConversionResult, record: string): Backup[] {
  const found = result.backups.filter((b) => b.id === record);
  if (found.length === 0) {
    throw new UserError(`${id}: the backup has no record with id ${JSON.stringify(record)}`);
  }
  return found;
}

/**
 * The parts of REF (`123/456`) or of the provider's flags, by flag name, and
 * the id of one record when REF is a backup's `ref` that names a record inside it.
 */
function refParts(
  id: string,
  command: GetCommand,
  positionals: string[],
  values: Record<string, unknown>,
): { parts: Record<string, string>; record?: string } {
  const own = new Set(command.flags.map((f) => f.name));
  for (const name of getFlags()) {
    if (values[name] !== undefined && !own.has(name)) {
      throw new UsageError(`--${name} is not an option of get --provider ${id}`);
    }
  }
  const fromFlags = command.flags.filter((f) => values[f.name] !== undefined);
  if (positionals.length > 1)
    throw new UsageError(`expected one REF (${command.ref}), got ${positionals.length}`);
  const [ref] = positionals;
  if (ref !== undefined && fromFlags.length > 0) {
    throw new UsageError(
      `give either REF (${command.ref}) or the --${command.flags[0]?.name} flags, not both`,
    );
  }
  const parts: Record<string, string> = {};
  if (ref !== undefined) {
    const pieces = ref.split("/");
    const extra = pieces.length - command.flags.length;
    if ((extra !== 0 && extra !== 1) || pieces.some((p) => p === "")) {
      throw new UsageError(
        `REF for ${id} is ${command.ref} or a backup's ref from "backupkit list", got ${JSON.stringify(ref)}`,
      );
    }
    command.flags.forEach((flag, i) => {
      parts[flag.name] = pieces[i] ?? "";
    });
    return extra === 1 ? { parts, record: pieces.at(-1) } : { parts };
  }
  for (const flag of command.flags) {
    const value = values[flag.name];
    if (typeof value !== "string") {
      throw new UsageError(
        `missing --${flag.name} (${flag.description}); or give REF ${command.ref}`,
      );
    }
    parts[flag.name] = value;
  }
  return { parts };
}
