import { cliErrorKind, EXIT, type Io, oneLine, UsageError } from "./io.js";

type Run = (args: string[], io: Io) => Promise<number>;
/** A command's module is loaded when the command runs: `--help` and `convert` load no client. */
type Command = { load: () => Promise<Run>; summary: string };

const commands: Record<string, Command> = {
  list: {
    load: async () => (await import("./commands/list.js")).list,
    summary: "list the backups of every configured provider in one table",
  },
  get: {
    load: async () => (await import("./commands/get.js")).get,
    summary: "fetch one backup from a provider",
  },
  mock: {
    load: async () => (await import("./commands/mock.js")).mock,
    summary: "run the embedded mock providers in the foreground",
  },
  convert: {
    load: async () => (await import("./commands/convert.js")).convert,
    summary: "convert a saved provider response body to common records",
  },
  audit: {
    load: async () => (await import("./commands/audit.js")).audit,
    summary: "check every resource is backed up, recently and restorably",
  },
  create: {
    load: async () => (await import("./commands/act.js")).actCommand("create"),
    summary: "take a backup of a resource",
  },
  restore: {
    load: async () => (await import("./commands/act.js")).actCommand("restore"),
    summary: "restore a backup",
  },
  delete: {
    load: async () => (await import("./commands/act.js")).actCommand("delete"),
    summary: "delete a backup",
  },
  cancel: {
    load: async () => (await import("./commands/act.js")).actCommand("cancel"),
    summary: "cancel a backup (Linode: its Backup service)",
  },
  schedule: {
    load: async () => (await import("./commands/act.js")).schedule,
    summary: "turn a resource's automatic backups on or off",
  },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const list = Object.entries(commands)
    .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
    .join("\n");
  return `Usage: backupkit <command> [options]

Reads backups from Linode, Huawei Cloud CBR, OnApp, Z.com/ConoHa and
Northflank in one common model.

Commands:
${list}

Run "backupkit <command> --help" for a command's options, configuration and
exit codes. "backupkit list --mock" needs no credentials: it lists the
embedded mock providers.
`;
}

/** Runs the CLI and returns its exit code. Errors never escape as stack traces. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
    return await (await command.load())(rest, io);
  } catch (err) {
    return report(err, name, io);
  }
}

async function report(err: unknown, name: string, io: Io): Promise<number> {
  // Loaded only when there is an error to print: neither is needed otherwise, and the
  // SDK loads every provider's client.
  const [{ redactText }, { ArgumentError }] = await Promise.all([
    import("@backupkit/http"),
    import("@backupkit/sdk"),
  ]);
  // A last line of defence: whatever an error quotes, credential-shaped text is
  // not printed. Redacted before it is cut, so no prefix of a secret is left.
  const printable = (text: string, max?: number) => oneLine(redactText(text), max);
  const kind = cliErrorKind(err);
  if (kind === "usage" || err instanceof ArgumentError || isParseArgsError(err)) {
    io.stderr.write(
      `backupkit: ${printable((err as Error).message)}\nRun "backupkit ${commands[name] ? `${name} ` : ""}--help" for usage.\n`,
    );
    return EXIT.usage;
  }
  if (kind === "user") {
    io.stderr.write(`backupkit: ${printable((err as Error).message, Number.POSITIVE_INFINITY)}\n`);
    return EXIT.failed;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(`backupkit: unexpected error: ${printable(message)}\n`);
  if (io.env.BACKUPKIT_DEBUG && err instanceof Error && err.stack)
    io.stderr.write(`${err.stack}\n`);
  return EXIT.failed;
}

/** `util.parseArgs` reports unknown or malformed options with these codes. */
function isParseArgsError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}
