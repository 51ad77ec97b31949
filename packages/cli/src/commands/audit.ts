import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { sources as builtIn, parseDuration, audit as runAudit, type Source } from "@backupkit/sdk";
import { buildPolicy, loadPolicyFile } from "../audit-policy.js";
import { parseListen, serveAudit } from "../audit-serve.js";
import { parseProviderFilter } from "../filters.js";
import { AUDIT_FORMATS, parseAuditFormat, renderAudit } from "../format/audit/index.js";
import { configurationHelp } from "../help.js";
import { EXIT, type Io, UsageError, UserError } from "../io.js";
import { PROVIDER_FLAGS, parseRunOptions, wholeNumber } from "../options.js";
import { redactor, stderrLine } from "../redact.js";
import { howToConfigure, selectProviders, writeWarnings } from "../selection.js";

export function auditHelp(sources: readonly Source[] = builtIn): string {
  return `Usage: backupkit audit [options]

Checks that every resource of every configured provider is backed up,
recently and restorably. Controls (named in every output):
  protected      backups are enabled or scheduled, or it has at least one backup
  max-age        its newest restorable backup is younger than --max-age + --grace
  latest-failed  its newest backup attempt did not end failed or cancelled
  min-count      at least --min-count restorable backups (off by default)
  min-retention  its newest restorable backup is kept at least --min-retention
                 (off by default; an unknown expiry is noted, not failed)
  unverified     a provider or a resource's backups could not be read

Options:
  -p, --provider <ids>     only these providers (repeat or comma-separate): ${sources.map((s) => s.id).join(", ")}
      --max-age <d>        default 24h; durations: 90m, 24h, 7d, or ISO 8601 (PT24H)
      --grace <d>          added to --max-age (default 0)
      --min-count <n>      at least n restorable backups
      --min-retention <d>  the newest restorable backup is kept at least this long
      --at <time>          evaluate as of this ISO 8601 time (default: now)
      --policy <file>      defaults, per-provider and per-resource overrides and
                           exclusions, in YAML or JSON (see the docs' Audit page);
                           flags win over the file's defaults
  -f, --format <format>    ${AUDIT_FORMATS.join(" | ")} (default table)
  -o, --output <file>      write the report to a file instead of stdout
  -c, --concurrency <n>    requests in flight at once, across providers (default 8)
      --timeout <seconds>  give up on one attempt of a request after this long (default 30)
      --retries <n>        retries of a request failing with 429, 5xx or a network error (default 2)
      --max-body <size>    refuse a response body larger than this once
                           decompressed, e.g. 16MiB (default 64MiB)
      --config <file>      read provider settings from a JSON file
      --mock               audit the embedded mock providers' audit fleet (no credentials)
      --serve <[host:]port>  run as a Prometheus exporter: /metrics and /healthz on
                           this address (127.0.0.1 unless a host is given),
                           re-auditing every --interval until stopped
      --interval <d>       between audits with --serve (default 5m; never faster
                           than the providers' rate limits allow)
  -h, --help               show this help

${configurationHelp(sources)}
Exit codes:
  0  no finding
  4  at least one finding (the report says which)
  1  nothing could be evaluated: no provider configured, or every one failed
  2  usage error
`;
}

export async function audit(
  args: string[],
  io: Io,
  sources: readonly Source[] = builtIn,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      provider: { type: "string", short: "p", multiple: true },
      "max-age": { type: "string" },
      grace: { type: "string" },
      "min-count": { type: "string" },
      "min-retention": { type: "string" },
      at: { type: "string" },
      policy: { type: "string" },
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      concurrency: { type: "string", short: "c" },
      ...PROVIDER_FLAGS,
      serve: { type: "string" },
      interval: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout.write(auditHelp(sources));
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const wanted = parseProviderFilter(
    values.provider,
    sources.map((s) => s.id),
  );
  const format = parseAuditFormat(values.format);
  const listen = values.serve === undefined ? undefined : parseListen(values.serve);
  if (listen && (values.format !== undefined || values.output !== undefined)) {
    throw new UsageError(
      "--serve cannot be combined with --format or --output: it serves /metrics",
    );
  }
  if (!listen && values.interval !== undefined) throw new UsageError("--interval needs --serve");
  const intervalMs = durationOf(undefined)("--interval", values.interval ?? "5m");
  if (intervalMs < 1000) throw new UsageError("--interval must be at least 1s");
  const run = parseRunOptions(values, values.mock === true ? {} : io.env);
  const at = parseAt(values.at);
  const file = values.policy === undefined ? undefined : await loadPolicyFile(values.policy);
  const policy = buildPolicy(
    at,
    file,
    {
      maxAge: values["max-age"],
      grace: values.grace,
      minCount: values["min-count"],
      minRetention: values["min-retention"],
    },
    durationOf(values.policy),
    (flag, value) => wholeNumber(flag, value, 0, 0, 1_000_000),
  );

  const selection = await selectProviders({
    sources,
    wanted,
    mock: values.mock === true,
    mockFleet: "audit",
    configPath: values.config,
    env: io.env,
  });
  try {
    const redact = redactor(selection.secrets);
    writeWarnings(selection, redact, io.stderr);
    if (selection.configured.length === 0 && selection.failures.length === 0) {
      throw new UserError(
        `no providers configured: ${sources.map((s) => `${howToConfigure(s)} for ${s.id}`).join("; ")}; ` +
          'or give --config FILE. "backupkit audit --mock" audits the embedded mock providers.',
      );
    }
    if (listen) {
      // Each audit evaluates as of its own start, unless --at pins one moment.
      const auditNow = () =>
        runAudit(
          selection.configured,
          { ...policy, at: values.at === undefined ? new Date() : at },
          run,
        );
      const exporter = await serveAudit({
        ...listen,
        intervalMs,
        runAudit: auditNow,
        log: (line) => io.stderr.write(stderrLine(redact, `backupkit: ${line}`)),
      });
      io.stderr.write(`backupkit: serving /metrics and /healthz on ${exporter.url}\n`);
      await untilStopped();
      await exporter.stop();
      return EXIT.ok;
    }
    const report = await runAudit(selection.configured, policy, {
      ...run,
      timeline: format === "html",
    });
    for (const failure of selection.failures) {
      report.findings.unshift({
        provider: failure.source.id,
        resource: { type: "provider", id: failure.source.id, name: null },
        control: "unverified",
        message: `the provider could not be read: ${failure.message}`,
      });
      report.summary.findings++;
    }
    const text = redact(await renderAudit(format, report));
    if (values.output === undefined) io.stdout.write(text);
    else {
      try {
        await writeFile(values.output, text);
      } catch (err) {
        throw new UserError(
          `cannot write ${values.output}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
        );
      }
    }
    const read = report.providers.filter((p) => p.state === "ok").length;
    if (read === 0) {
      io.stderr.write("backupkit: nothing could be evaluated: every provider failed\n");
      return EXIT.failed;
    }
    return report.summary.findings > 0 ? EXIT.findings : EXIT.ok;
  } finally {
    await selection.close();
  }
}

/** Until SIGINT or SIGTERM: the exporter then stops cleanly, exit 0. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

function parseAt(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) {
    throw new UsageError(
      `--at expects an ISO 8601 time such as 2026-01-31T12:00:00Z, got ${JSON.stringify(value)}`,
    );
  }
  return new Date(ms);
}

/** Durations from flags are usage errors; from the policy file, errors of that file. */
function durationOf(policyPath: string | undefined) {
  return (where: string, value: string): number => {
    try {
      return parseDuration(value);
    } catch (err) {
      const message = `${where}: ${(err as Error).message}`;
      if (where.startsWith("--")) throw new UsageError(message);
      throw new UserError(`${policyPath}: ${message}`);
    }
  };
}
