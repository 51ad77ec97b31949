import { parseArgs } from "node:util";
import { BACKUP_STATUSES } from "@backupkit/model";
import { sources as builtIn, listAll, type Source } from "@backupkit/sdk";
import { matches, parseBackupFilter, parseProviderFilter } from "../filters.js";
import { colorEnabled } from "../format/color.js";
import { FORMATS, parseFormat, render } from "../format/index.js";
import { configurationHelp } from "../help.js";
import { EXIT, type Io, UsageError, UserError } from "../io.js";
import { issueReport, plural } from "../issues.js";
import { PROVIDER_FLAGS, parseRunOptions } from "../options.js";
import { Progress } from "../progress.js";
import { redactor, stderrLine } from "../redact.js";
import { howToConfigure, selectProviders } from "../selection.js";

export function listHelp(sources: readonly Source[] = builtIn): string {
  return `Usage: backupkit list [options]

Lists the backups of every configured provider, read concurrently, as one
table of common backup records. Conversion issues and provider failures go to
stderr; the listing goes to stdout.

Options:
  -p, --provider <ids>    only these providers (repeat or comma-separate): ${sources.map((s) => s.id).join(", ")}
  -s, --status <list>     only these statuses (repeat or comma-separate):
                          ${BACKUP_STATUSES.slice(0, 4).join(", ")},
                          ${BACKUP_STATUSES.slice(4).join(", ")}
      --since <date>      only backups created at or after an ISO 8601 date or
                          date-time (UTC unless it has an offset)
  -f, --format <format>   ${FORMATS.join(" | ")} (default table); json and
                          ndjson carry every field, the provider's raw object included
  -c, --concurrency <n>   requests in flight at once, across providers (default 8)
      --timeout <seconds> give up on one attempt of a request after this long (default 30)
      --retries <n>       retry a request failing with 429, 5xx or a network error
                          up to n times, with backoff (default 2; 0 for none)
      --max-body <size>   refuse a response body larger than this once
                          decompressed, e.g. 16MiB (default 64MiB)
      --config <file>     read provider settings from a JSON file (see below)
      --mock              start the embedded mock providers and list them;
                          needs no credentials (what "npm start" runs)
  -v, --verbose           name skipped providers and print every conversion issue
  -h, --help              show this help

The table's SIZE is the backup's stored size; where a provider does not report
it (Linode), the size of what was backed up. CREATED is in UTC.

${configurationHelp(sources)}
Exit codes:
  0  every configured provider was listed (conversion issues, if any, are on stderr)
  1  every provider failed, no provider is configured, or the config file is invalid
  2  usage error
  3  some providers failed and the others were listed; the failures are on stderr
`;
}

/** `sources` is every provider the command may read: the built-in ones, or a test's. */
export async function list(
  args: string[],
  io: Io,
  sources: readonly Source[] = builtIn,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      provider: { type: "string", short: "p", multiple: true },
      status: { type: "string", short: "s", multiple: true },
      since: { type: "string" },
      format: { type: "string", short: "f" },
      concurrency: { type: "string", short: "c" },
      ...PROVIDER_FLAGS,
      verbose: { type: "boolean", short: "v" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout.write(listHelp(sources));
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  }
  const wanted = parseProviderFilter(
    values.provider,
    sources.map((s) => s.id),
  );
  const filter = parseBackupFilter(values.status, values.since);
  const format = parseFormat(values.format, "table");
  // The embedded mocks listen on loopback: a proxy from the environment is not for them.
  const run = parseRunOptions(values, values.mock === true ? {} : io.env);
  const verbose = values.verbose === true;

  const selection = await selectProviders({
    sources,
    wanted,
    mock: values.mock === true,
    configPath: values.config,
    env: io.env,
  });
  try {
    const redact = redactor(selection.secrets);
    const say = (line: string) => io.stderr.write(stderrLine(redact, line));
    for (const warning of selection.warnings) say(`backupkit: ${warning}`);
    if (verbose)
      for (const { source, reason } of selection.skipped)
        say(`backupkit: ${source.id}: skipped: ${reason}`);
    if (selection.configured.length === 0 && selection.failures.length === 0) {
      throw new UserError(
        `no providers configured: ${sources.map((s) => `${howToConfigure(s)} for ${s.id}`).join("; ")}; ` +
          'or give --config FILE. "backupkit list --mock" lists the embedded mock providers.',
      );
    }

    const started = performance.now();
    const progress = new Progress(io.stderr);
    progress.start(selection.configured.map((s) => s.source.id));
    const results = await listAll(selection.configured, run, (id, n) => progress.add(id, n));
    progress.done();

    const backups = results.flatMap((r) => r.backups).filter((b) => matches(filter, b));
    io.stdout.write(render(format, backups, colorEnabled(io.stdout, io.env)));
    for (const line of issueReport(
      results.flatMap((r) => r.issues),
      verbose,
    )) {
      say(verbose ? line : `backupkit: ${line}`);
    }
    const failures = [
      ...selection.failures.map((f) => `${f.source.id}: ${f.message}`),
      ...results.flatMap((r) => {
        if (r.error === null) return [];
        const read =
          r.backups.length > 0 ? ` (after reading ${plural(r.backups.length, "backup")})` : "";
        return [`${r.provider}${read}: ${r.error}`];
      }),
    ];
    for (const failure of failures) say(`backupkit: ${failure}`);
    const listed = results.filter((r) => r.error === null);
    if (io.stderr.isTTY) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      say(
        `${plural(backups.length, "backup")} from ${plural(listed.length, "provider")} in ${seconds} s`,
      );
    }
    if (failures.length === 0) return EXIT.ok;
    return listed.length === 0 ? EXIT.failed : EXIT.partial;
  } finally {
    await selection.close();
  }
}
