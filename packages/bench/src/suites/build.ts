/**
 * Build time: a cold `npm run build` (turbo with `--force`: every package's
 * tsc runs, nothing is read from the cache), a no-change rebuild (every task a
 * cache hit), and codegen of every spec. The baseline is the cold build.
 *
 * `--force` in this checkout was chosen over a fresh clone: a clone needs its
 * own `node_modules` (the workspace links point into the checkout they were
 * installed in), and tsc here keeps no incremental state in `dist/`, so a
 * forced run does the same work as one on an empty `dist/`.
 */
import { spawn } from "node:child_process";
import { formatMs, formatRatio, median, timeOnce } from "../measure.js";
import { repoPath, repoRoot } from "../paths.js";
import { type SuiteResult, table } from "../report.js";

const RUNS = 3;

interface Command {
  name: string;
  /**
   * Untimed runs first. None for the cold build: it is the slowest and gains
   * nothing from one, as the build the bench task depends on and the suites
   * before this one have already read every file it reads.
   */
  warmup: number;
  file: string;
  args: string[];
  /** Checks the command's output, e.g. that a rebuild really was all cache hits. */
  check?: (output: string) => void;
}

function runCommand(command: Command): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command.file, command.args, {
      cwd: repoRoot,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command.name} exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
}

/** turbo's summary line: `Cached:    9 cached, 9 total`. */
function cacheCounts(output: string): { cached: number; total: number } {
  const match = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  if (!match) throw new Error(`no turbo summary in:\n${output.slice(-1000)}`);
  return { cached: Number(match[1]), total: Number(match[2]) };
}

export async function run(): Promise<SuiteResult> {
  const turbo = repoPath("node_modules/.bin/turbo");
  let tasks = 0;
  const commands: Command[] = [
    {
      name: "cold build: `turbo run build --force`",
      file: turbo,
      args: ["run", "build", "--force", "--output-logs=errors-only"],
      warmup: 0,
      check: (output) => {
        const { cached, total } = cacheCounts(output);
        if (cached !== 0) throw new Error(`a forced build read ${cached} tasks from the cache`);
        tasks = total;
      },
    },
    {
      name: "no-change rebuild: `turbo run build`",
      file: turbo,
      args: ["run", "build", "--output-logs=errors-only"],
      warmup: 1,
      check: (output) => {
        const { cached, total } = cacheCounts(output);
        if (cached !== total) throw new Error(`a no-change rebuild ran ${total - cached} tasks`);
      },
    },
    {
      name: "codegen of every spec: `node scripts/codegen.mjs`",
      file: process.execPath,
      args: [repoPath("scripts/codegen.mjs")],
      warmup: 1,
    },
  ];

  const times = new Map<string, number[]>(commands.map((c) => [c.name, []]));
  let output = "";
  for (const command of commands) {
    for (let i = 0; i < command.warmup + RUNS; i++) {
      const ms = await timeOnce(async () => {
        output = await runCommand(command);
      });
      command.check?.(output);
      if (i >= command.warmup) times.get(command.name)?.push(ms);
    }
  }
  // The last command was codegen: it names each file it wrote.
  const specs = output.match(/^generated /gm)?.length ?? 0;
  const medians = commands.map((c) => median(times.get(c.name) ?? []));
  const cold = medians[0] as number;
  const rows = commands.map((c, i) => {
    const ms = medians[i] as number;
    return [c.name, formatMs(ms), formatRatio(ms / cold)];
  });

  const markdown = [
    `Each command run from the repository root; the median of ${RUNS} runs, after one warm-up run for the rebuild and codegen (none for the cold build: the build the bench task depends on, and the suites before this one, have read every file it reads). The cold build forces every one of the ${tasks} build tasks to run (\`--force\` reads nothing from turbo's cache; tsc keeps no incremental state, so this is the work of a build on an empty \`dist/\`; see \`packages/bench/src/suites/build.ts\` for why not a fresh clone). The no-change rebuild is checked to be all cache hits; codegen regenerates the types of all ${specs} specs with openapi-typescript (the files come out unchanged).`,
    "",
    table(["command", "wall time", "vs cold build"], rows),
  ].join("\n");
  return {
    id: "build",
    title: "Build",
    targets: commands.map((c, i) => ({
      figure: `build: ${c.name.split(":")[0]}`,
      target: "(no budget)",
      measured:
        i === 0
          ? formatMs(cold)
          : `${formatMs(medians[i] as number)} (${formatRatio((medians[i] as number) / cold)} the cold build)`,
      met: null,
    })),
    markdown,
  };
}
