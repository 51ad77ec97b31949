import { parseArgs } from "node:util";
import { envFor, mockSetup, sources } from "@backupkit/sdk";
import { parseProviderFilter } from "../filters.js";
import { EXIT, type Io, UsageError } from "../io.js";
import { startMocks } from "../mocks.js";
import { wholeNumber } from "../options.js";

export const mockHelp = `Usage: backupkit mock [options]

Runs the embedded mock providers in the foreground: one loopback HTTP server
per provider, serving realistic data that is checked against the provider's
spec. Prints each base URL, its fake credentials (every way to sign in: Huawei
by AK/SK or a token, Z.com by user name and password or a token), and the
environment variables that point "backupkit list" at it, signing in the
preferred way. Stops on Ctrl-C (SIGINT) or SIGTERM.

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
  const pad = "".padEnd(width);
  const out: string[] = [
    `backupkit mock: serving ${setups.length} mock provider${setups.length === 1 ? "" : "s"} (Ctrl-C stops)`,
    "",
  ];
  const exports: string[] = [];
  for (const { source, config } of setups) {
    const endpoint = running.providers[source.id];
    const baseUrl = endpoint?.baseUrl ?? config.baseUrl ?? "";
    out.push(`${source.id.padEnd(width)}  ${baseUrl}`);
    const ways = source.signIns ?? [];
    const shared = ways.flatMap((w) => [...w.needs, ...(w.oneOf ?? []), ...(w.may ?? [])]);
    for (const [key, value] of Object.entries(config.values)) {
      if (!shared.includes(key)) out.push(`${pad}  ${key}: ${value}`);
    }
    const preferred = envFor(source, config);
    exports.push(...preferred.map(([name, value]) => `export ${name}=${shellQuote(value)}`));
    ways.forEach((way, i) => {
      const wayConfig = i === 0 || !endpoint ? config : mockSetup(source, endpoint, i);
      out.push(`${pad}  ${i === 0 ? "sign in with" : "or with"} ${way.name}:`);
      for (const [key, value] of Object.entries(wayConfig.values)) {
        if (shared.includes(key)) out.push(`${pad}    ${key}: ${value}`);
      }
      if (i === 0) return;
      // The other ways, commented out: setting two ways at once is refused.
      const had = new Set(preferred.map(([name, value]) => `${name}=${value}`));
      const unset = preferred
        .filter(([name]) => !envFor(source, wayConfig).some(([other]) => other === name))
        .map(([name]) => name);
      exports.push(
        `# or sign in to ${source.id} with ${way.name}${unset.length ? ` (unset ${unset.join(" ")})` : ""}:`,
        ...envFor(source, wayConfig)
          .filter(([name, value]) => !had.has(`${name}=${value}`))
          .map(([name, value]) => `#   export ${name}=${shellQuote(value)}`),
      );
    });
  }
  for (const source of missing) out.push(`${source.id.padEnd(width)}  (no mock provider yet)`);
  out.push(
    "",
    "The credentials are fake and open nothing but these servers. To point",
    "backupkit at them, paste these lines into a shell, then run backupkit list:",
    "",
    ...exports,
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
