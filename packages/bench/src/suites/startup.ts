/**
 * CLI start-up: whole-process wall time of `backupkit --help` and of
 * `backupkit convert` of a small file (the Linode API page's one-backup
 * sample), against bare `node -e 0` in the same run. Target ≤ 1.3× bare
 * `node` for both. Commands are loaded when they run (`packages/cli/src/main.ts`),
 * so neither loads a provider client.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatMs, formatRatio, median, timeInterleaved } from "../measure.js";
import { repoPath } from "../paths.js";
import { type SuiteResult, table } from "../report.js";

const WARMUP = 2;
const RUNS = 21;
const TARGET = 1.3;

/** The Linode API page's sample of `GET /linode/instances/{linodeId}/backups`. */
const SMALL_BODY = JSON.stringify({
  automatic: [
    {
      id: 123,
      status: "successful",
      type: "auto",
      created: "2018-01-15T00:01:01",
      updated: "2018-01-15T00:01:01",
      finished: "2018-01-15T00:01:01",
      label: null,
      configs: ["My Debian 9 Config"],
      disks: [{ size: 9001, filesystem: "ext4", label: "My Debian 9 Disk" }],
      available: true,
    },
  ],
  snapshot: { current: null, in_progress: null },
});

/** Linux's clock ticks per second for process times (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, ms) of this process's ended children, from
 * `/proc/self/stat` (cutime, cstime); null where there is no such file. A
 * child's time is counted once it has been waited for, which Node does
 * before its exit event.
 */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Runs a process to its end with no input and output discarded; rejects on a non-zero exit. */
function runProcess(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`node ${args.join(" ")} exited with ${code}`)),
    );
  });
}

export async function run(): Promise<SuiteResult> {
  const bin = repoPath("packages/cli/bin/backupkit.js");
  const dir = await mkdtemp(join(tmpdir(), "backupkit-startup-"));
  const file = join(dir, "backups.json");
  await writeFile(file, SMALL_BODY);
  const commands = [
    { name: "bare node: `node -e 0` (baseline)", args: ["-e", "0"] },
    { name: "`backupkit --help`", args: [bin, "--help"] },
    {
      name: "`backupkit convert --provider linode` of a 0.3 kB file",
      args: [bin, "convert", "--provider", "linode", file],
    },
  ];
  let times: Map<string, number[]>;
  // CPU time per command over all its runs (warm-up included): ticks are 10 ms, so the mean, not a median.
  const cpuMs = new Map<string, number>(commands.map((c) => [c.name, 0]));
  const counted = (name: string, args: string[]) => async () => {
    const before = childrenCpuMs();
    await runProcess(args);
    const after = childrenCpuMs();
    if (before !== null && after !== null) cpuMs.set(name, (cpuMs.get(name) ?? 0) + after - before);
  };
  try {
    times = await timeInterleaved(
      commands.map((c) => ({ name: c.name, run: counted(c.name, c.args) })),
      { warmup: WARMUP, runs: RUNS },
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const ms = (name: string) => median(times.get(name) ?? []);
  const baseline = ms(commands[0]?.name ?? "");
  const hasCpu = childrenCpuMs() !== null;
  const cpu = (name: string) => (cpuMs.get(name) ?? 0) / (WARMUP + RUNS);
  const baselineCpu = cpu(commands[0]?.name ?? "");
  const rows = commands.map((c) => {
    const all = times.get(c.name) ?? [];
    return [
      c.name,
      formatMs(ms(c.name)),
      `${formatMs(Math.min(...all))}–${formatMs(Math.max(...all))}`,
      formatRatio(ms(c.name) / baseline),
      hasCpu ? formatMs(cpu(c.name)) : "n/a",
      hasCpu ? formatRatio(cpu(c.name) / baselineCpu) : "n/a",
    ];
  });
  const targets = commands.slice(1).map((c) => {
    const ratio = ms(c.name) / baseline;
    const byCpu = hasCpu ? `; CPU ${formatRatio(cpu(c.name) / baselineCpu)}` : "";
    return {
      figure: `CLI start: ${c.name} vs bare node, wall time`,
      target: `≤ ${TARGET}×`,
      measured: `${formatRatio(ratio)} (${formatMs(ms(c.name))} vs ${formatMs(baseline)}${byCpu})`,
      met: ratio <= TARGET,
    };
  });
  const markdown = [
    `Whole-process wall time, from spawn to exit, of each command (\`${process.execPath.split("/").pop()} ${process.version}\`, stdout discarded), interleaved round by round: ${WARMUP} warm-up rounds, then the median of ${RUNS}. The CLI loads a command's module only when that command runs, and the transport only to print an error, so \`--help\` loads the command table alone and \`convert\` loads the model's converters without any provider client or the SDK (the nesting limit comes from \`@backupkit/sdk/limits\`). \`bin/backupkit.js\` runs the CLI as bundled at build time (\`packages/cli/scripts/bundle.mjs\`): the command table, \`--help\` and \`convert\` with \`@backupkit/model\` are one CommonJS file, so neither command starts Node's ES module loader; the commands that use the SDK and the provider clients are ES module chunks loaded when they run.`,
    "",
    table(
      [
        "command",
        "wall time (median)",
        "range",
        "vs bare node",
        "CPU time (mean)",
        "CPU vs bare node",
      ],
      rows,
    ),
    "",
    "CPU time is the children's user + system time from `/proc/self/stat` (10 ms ticks, so the mean over every run); unlike wall time it leaves out the time a process waits for a CPU or for its module files to be read on a loaded machine.",
    "",
    `Target: ≤ ${TARGET}× bare \`node\` for both.`,
  ].join("\n");
  return { id: "startup", title: "CLI start-up", targets, markdown };
}
