import { parseArgs } from "node:util";
import { envFor, sources } from "@backupkit/sdk";
import { parseProviderFilter } from "../filters.js";
import { EXIT, type Io, UsageError } from "../io.js";
import { startMocks } from "../mocks.js";
import { wholeNumber } from "../options.js";

export const mockHelp = `Usage: backupkit mock [options]

Runs the embedded mock providers in the foreground: one loopback HTTP server
per provider, serving realistic data that is checked against the provider's
spec. Prints each base URL, its fake credentials, and the environment variables
that point "backupkit list" at it. Stops on Ctrl-C (SIGINT) or SIGTERM.

Options:
  -p, --provider <ids>   only these providers (repeat or comma-separate)
      --latency <ms>     add this much latency to every response (default 0)
      --resources <n>    resources per provider (Linode instances; default 20)
      --seed <n>         seed of the generated data (default 1)
  -h, --help             show this help

Exit codes:
  0  stopped by a signal
  1  a server could not start
  2  usage error
`;

export async function mock(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      provider: { type: "string", short: "p", multiple: true },
      latency: { type: "string" },
      resources: { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout.write(mockHelp);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  }
  const wanted = parseProviderFilter(
    values.provider,
    sources.map((s) => s.id),
  );
  const chosen = wanted === null ? sources : sources.filter((s) => wanted.includes(s.id));
  const {
    mock: running,
    setups,
    missing,
  } = await startMocks(chosen, {
    latencyMs: wholeNumber("--latency", values.latency, 0, 0, 60_000),
    resources:
      values.resources === undefined
        ? undefined
        : wholeNumber("--resources", values.resources, 20, 0, 100_000),
    seed: wholeNumber("--seed", values.seed, 1, 0, 2 ** 32 - 1),
  });
  const stopped = waitForSignal();

  const width = Math.max(...setups.map((s) => s.source.id.length));
  const out: string[] = [
    `backupkit mock: serving ${setups.length} mock provider${setups.length === 1 ? "" : "s"} (Ctrl-C stops)`,
    "",
  ];
  for (const { source, config } of setups) {
    out.push(`${source.id.padEnd(width)}  ${config.baseUrl}`);
    for (const [key, value] of Object.entries(config.values)) {
      out.push(`${"".padEnd(width)}  ${key}: ${value}`);
    }
  }
  for (const source of missing) out.push(`${source.id.padEnd(width)}  (no mock provider yet)`);
  out.push(
    "",
    "The credentials are fake and open nothing but these servers. To point",
    "backupkit at them, paste these lines into a shell, then run backupkit list:",
    "",
    ...setups.flatMap(({ source, config }) =>
      envFor(source, config).map(([name, value]) => `export ${name}=${shellQuote(value)}`),
    ),
    "",
  );
  io.stdout.write(out.join("\n"));

  const signal = await stopped;
  await running.close();
  io.stderr.write(`backupkit mock: stopped (${signal})\n`);
  return EXIT.ok;
}

function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** Quotes a value for POSIX shells when it needs it. */
function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}
