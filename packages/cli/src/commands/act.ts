import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import type { Backup } from "@backupkit/model";
import {
  ArgumentError,
  failureMessage,
  type OperationArgs,
  type OperationName,
  type OperationResult,
  OutcomeUnknownError,
  operationOf,
  SourceError,
  sourceContext,
  sources,
  UnsupportedOperationError,
  WaitTimeoutError,
  waitFor,
} from "@backupkit/sdk";
import { colorEnabled } from "../format/color.js";
import { render } from "../format/index.js";
import { EXIT, type Io, UsageError, UserError } from "../io.js";
import { PROVIDER_FLAGS, parseRunOptions } from "../options.js";
import { redactor, stderrLine } from "../redact.js";
import { onlySetup, selectProviders, sourceNamed } from "../selection.js";

/**
 * The commands that change things — create, restore, delete, cancel and
 * schedule enable|disable — share one shape: pick the provider, check the
 * reference (nothing sent), show the requests with --dry-run, ask before
 * anything is lost, send, and with --wait poll until it has ended.
 */
const COMMON_OPTIONS = {
  provider: { type: "string", short: "p" },
  format: { type: "string", short: "f" },
  "dry-run": { type: "boolean" },
  yes: { type: "boolean", short: "y" },
  wait: { type: "boolean" },
  "wait-timeout": { type: "string" },
  ...PROVIDER_FLAGS,
  help: { type: "boolean", short: "h" },
} as const;

const COMMON_HELP = `Options:
  -p, --provider <id>       ${sources.map((s) => s.id).join(" | ")}
  -f, --format <format>     table | json (default table)
      --dry-run             print the request(s) (method, URL, body; the headers a provider
                            signs, secrets redacted) and send nothing
  -y, --yes                 do not ask before something is lost; needed when stdin is not a terminal
      --wait                poll until the operation has ended (available, failed or gone)
      --wait-timeout <s>    give up waiting after this long (default 600); the operation goes on
      --timeout <seconds>   give up on one attempt of a request after this long (default 30)
      --retries <n>         retries of a request that is safe to repeat (default 2); a POST
                            is never sent twice
      --max-body <size>     refuse a response body larger than this once
                            decompressed, e.g. 16MiB (default 64MiB)
      --config <file>       read provider settings from a JSON file
      --mock                act on the embedded mock providers
  -h, --help                show this help

Exit codes:
  0  done (or started, without --wait)
  1  the provider refused or failed, the wait timed out, or the outcome is unknown
  2  usage error, an operation the provider cannot do, or a refusal to go on
     without --yes; nothing was sent
`;

interface Command {
  operation: OperationName;
  usage: string;
  about: string;
  extra?: Record<string, { type: "string" | "boolean" }>;
  args(values: Record<string, unknown>, positionals: string[]): OperationArgs[OperationName];
}

function oneRef(positionals: string[], what: string): string {
  if (positionals.length !== 1)
    throw new UsageError(`expected one ${what}, got ${positionals.length}`);
  return positionals[0] as string;
}

function resourceFlag(values: Record<string, unknown>, positionals: string[]): string {
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const resource = values.resource;
  if (typeof resource !== "string") throw new UsageError("--resource is required (a resource ref)");
  return resource;
}

const COMMANDS: Record<string, Command> = {
  create: {
    operation: "create",
    usage: "backupkit create -p <id> --resource <REF> [--label <label>] [options]",
    about:
      'Takes a backup of a resource. REF is the resource\'s ref ("resourceRef" in list -f csv).',
    extra: { resource: { type: "string" }, label: { type: "string" } },
    args: (values, positionals) => ({
      resource: resourceFlag(values, positionals),
      ...(typeof values.label === "string" ? { label: values.label } : {}),
    }),
  },
  restore: {
    operation: "restore",
    usage: "backupkit restore -p <id> <REF> [--target <REF>] [--overwrite] [options]",
    about: "Restores a backup (REF: the REF column of list) to its resource, or to --target.",
    extra: { target: { type: "string" }, overwrite: { type: "boolean" } },
    args: (values, positionals) => ({
      ref: oneRef(positionals, "backup REF"),
      ...(typeof values.target === "string" ? { target: values.target } : {}),
      overwrite: values.overwrite === true,
    }),
  },
  delete: {
    operation: "delete",
    usage: "backupkit delete -p <id> <REF> [options]",
    about: "Deletes one backup for good.",
    args: (_values, positionals) => ({ ref: oneRef(positionals, "backup REF") }),
  },
  cancel: {
    operation: "cancel",
    usage: "backupkit cancel -p <id> <REF> [options]",
    about:
      "Cancels a backup. Northflank aborts the backup in progress; Linode cancels the\nLinode's Backup service, which deletes EVERY backup of that Linode.",
    args: (_values, positionals) => ({ ref: oneRef(positionals, "backup REF") }),
  },
};

export function actHelp(name: string): string {
  const command = COMMANDS[name];
  if (!command) return scheduleHelp();
  return `Usage: ${command.usage}\n\n${command.about}\n\n${COMMON_HELP}`;
}

function scheduleHelp(): string {
  return `Usage: backupkit schedule enable|disable -p <id> --resource <REF> [options]

Turns a resource's automatic backups on or off. On Linode, disabling is
cancelling the Backup service, which deletes every backup of the Linode. On
Huawei CBR, it is the backup policy of the resource's vault: every resource of
that vault, and of other vaults the policy is applied to, is switched with it.
On Z.com, turning a VM's automatic backup off deletes every run it has taken.

${COMMON_HELP}`;
}

/** `backupkit create|restore|delete|cancel …` */
export function actCommand(name: keyof typeof COMMANDS) {
  return (args: string[], io: Io) => {
    const command = COMMANDS[name] as Command;
    return act(command, args, io);
  };
}

/** `backupkit schedule enable|disable …` */
export async function schedule(args: string[], io: Io): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === undefined || verb === "--help" || verb === "-h") {
    io.stdout.write(scheduleHelp());
    return verb === undefined ? EXIT.usage : EXIT.ok;
  }
  if (verb !== "enable" && verb !== "disable") {
    throw new UsageError(
      `expected "schedule enable" or "schedule disable", got ${JSON.stringify(verb)}`,
    );
  }
  return act(
    {
      operation: verb === "enable" ? "enableSchedule" : "disableSchedule",
      usage: `backupkit schedule ${verb} -p <id> --resource <REF>`,
      about: "",
      extra: { resource: { type: "string" } },
      args: (values, positionals) => ({ resource: resourceFlag(values, positionals) }),
    },
    rest,
    io,
  );
}

async function act(command: Command, args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...COMMON_OPTIONS, ...command.extra },
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout.write(command.about === "" ? scheduleHelp() : actHelp(command.operation));
    return EXIT.ok;
  }
  const id = values.provider;
  if (typeof id !== "string") throw new UsageError("--provider is required");
  const source = sourceNamed(sources, id);
  const format = values.format ?? "table";
  if (format !== "table" && format !== "json") {
    throw new UsageError(`unknown format ${JSON.stringify(format)}; expected table, json`);
  }
  const waitSeconds = values["wait-timeout"] === undefined ? 600 : Number(values["wait-timeout"]);
  if (!(waitSeconds > 0 && waitSeconds <= 86_400)) {
    throw new UsageError(
      `--wait-timeout expects seconds from 1 to 86400, got ${JSON.stringify(values["wait-timeout"])}`,
    );
  }
  const opArgs = command.args(values as Record<string, unknown>, positionals);
  const run = parseRunOptions(values, values.mock === true ? {} : io.env);
  let operation: ReturnType<typeof operationOf>;
  try {
    operation = operationOf(source.id, command.operation);
  } catch (err) {
    if (err instanceof UnsupportedOperationError) throw new UsageError(err.message);
    throw err;
  }

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
    // Checks the references before anything is sent or asked.
    const requests = operation.plan(setup.config, opArgs as never);
    if (values["dry-run"]) {
      for (const r of requests) {
        const body = r.body === undefined ? "" : ` ${JSON.stringify(r.body)}`;
        io.stdout.write(stderrLine(redact, `${r.method} ${r.url}${body}`));
        for (const [name, value] of Object.entries(r.headers ?? {})) {
          io.stdout.write(stderrLine(redact, `  ${name}: ${value}`));
        }
      }
      io.stderr.write("dry run: nothing was sent\n");
      return EXIT.ok;
    }
    const loses = operation.loses(opArgs as never);
    if (loses !== null && values.yes !== true) {
      const confirmed = await confirm(io, `${id}: this deletes ${loses}.`);
      if (!confirmed) return EXIT.usage;
    }
    const context = sourceContext(run);
    let result: OperationResult;
    try {
      result = await operation.run(setup.config, opArgs as never, context);
    } catch (err) {
      throw failed(id, err, redact);
    }
    let final: Backup[] = result.backups;
    if (values.wait && result.watch) {
      const watch = result.watch;
      const progress = io.stderr.isTTY === true;
      try {
        const last = await waitFor({ provider: source.id, config: setup.config }, watch, context, {
          timeoutMs: waitSeconds * 1000,
          onProgress: (status, elapsed) => {
            if (progress) {
              // The status is the provider's text: made safe before it meets the terminal.
              const shown = stderrLine(redact, status).trimEnd();
              io.stderr.write(`\r\x1b[2Kwaiting… ${shown} after ${Math.round(elapsed / 1000)} s`);
            }
          },
        });
        if (progress) io.stderr.write("\r\x1b[2K");
        final = last === null ? [] : [last];
        if (last !== null && (last.status === "failed" || last.status === "cancelled")) {
          io.stdout.write(output(format, result, final, io));
          throw new UserError(`${id}: ${result.message}, and it ended ${last.status}`);
        }
      } catch (err) {
        if (progress) io.stderr.write("\r\x1b[2K");
        if (err instanceof UserError) throw err;
        throw failed(id, err, redact);
      }
    }
    io.stdout.write(output(format, result, final, io));
    return EXIT.ok;
  } finally {
    await selection.close();
  }
}

function output(
  format: "table" | "json",
  result: OperationResult,
  backups: Backup[],
  io: Io,
): string {
  if (format === "json") {
    const { watch: _watch, ...shown } = result;
    return `${JSON.stringify({ ...shown, backups }, null, 2)}\n`;
  }
  const table = backups.length > 0 ? render("table", backups, colorEnabled(io.stdout, io.env)) : "";
  return `${result.message}\n${table}`;
}

function failed(id: string, err: unknown, redact: (text: string) => string): Error {
  if (err instanceof ArgumentError) return err;
  if (
    err instanceof OutcomeUnknownError ||
    err instanceof WaitTimeoutError ||
    err instanceof SourceError
  ) {
    return new UserError(redact(`${id}: ${err.message}`));
  }
  return new UserError(redact(`${id}: ${failureMessage(err)}`));
}

/**
 * Asks on a terminal; off a terminal there is no one to ask, so the answer is
 * no and the command says to pass --yes. Nothing has been sent either way.
 */
async function confirm(io: Io, what: string): Promise<boolean> {
  if (io.stdin.isTTY !== true) {
    io.stderr.write(
      `backupkit: ${what}\nbackupkit: refusing to go on without --yes, as stdin is not a terminal; nothing was sent\n`,
    );
    return false;
  }
  const prompt = createInterface({ input: io.stdin, output: io.stderr });
  try {
    const answer = await prompt.question(`${what} Go on? [y/N] `);
    const yes = /^y(es)?$/i.test(answer.trim());
    if (!yes) io.stderr.write("backupkit: not confirmed; nothing was sent\n");
    return yes;
  } finally {
    prompt.close();
  }
}
