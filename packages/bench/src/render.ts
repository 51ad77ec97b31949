import type { Machine } from "./machine.js";
import { formatMs } from "./measure.js";
import { type SuiteResult, table, verdict } from "./report.js";

export interface RunContext {
  machine: Machine;
  /** 1-minute load averages when the run started and ended: other work on the machine skews timings. */
  loadAtStart: number;
  loadAtEnd: number;
  startedAt: Date;
  totalMs: number;
  /** Hand-written notes (packages/bench/FINDINGS.md), placed after the figures. */
  findings: string;
}

const METHOD = `- Every figure is a ratio against a baseline measured in the same run, in the same process, against the same loopback server: raw \`fetch\` + \`JSON.parse\` for requests and streaming, \`JSON.parse\` of the same body for conversion, the ideal wall time and a raw \`fetch\` fan-out for \`backupkit list\`, openapi-fetch alone for bundle size, the cold build for build times.
- Warm-up runs first, then the median of several runs; contenders are interleaved run by run, each round starting one later (A B C, B C A, C A B, …), so a change in the machine's speed during the run hits all of them alike and none always runs after the same one.
- Each suite runs in a fresh Node process started with \`--expose-gc\`, so one suite's heap does not show in the next one's memory figures; GC is forced before memory readings and before each conversion run.
- Servers (the request server, the Linode mock, the Northflank page server) run in their own processes (\`child_process.fork\`), on 127.0.0.1 with keep-alive, so their work does not share the event loop being measured. On a 2-core machine they still share the CPU with it.
- TypeScript runs compiled: the suites import the packages' \`dist/\` builds; the harness is \`packages/bench/src\`, compiled by \`tsc\` with the rest of the build.
- These are benchmarks, not tests: only the bundle budget runs in \`npm test\`. Timings move with the machine's load; compare ratios, not absolute times, between runs.`;

export function renderReport(results: readonly SuiteResult[], context: RunContext): string {
  const { machine } = context;
  const summary = table(
    ["figure", "target", "measured", "verdict"],
    results.flatMap((r) => r.targets.map((t) => [t.figure, t.target, t.measured, verdict(t.met)])),
  );
  const machineTable = table(
    ["", ""],
    [
      ["CPU (`os.cpus()`)", `${machine.cores} × ${machine.cpu}`],
      ["memory", `${machine.memoryGb} GB`],
      ["OS", machine.os],
      ["Node", machine.node],
      ["run started", context.startedAt.toISOString()],
      ["whole run", formatMs(context.totalMs)],
      [
        "1-minute load average at start / end",
        `${context.loadAtStart.toFixed(2)} / ${context.loadAtEnd.toFixed(2)}`,
      ],
    ],
  );
  return [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (`packages/bench`); do not edit by hand. The notes at the end are kept in `packages/bench/FINDINGS.md`.",
    "",
    summary,
    "",
    "## Machine",
    "",
    machineTable,
    "",
    "## Method",
    "",
    METHOD,
    "",
    ...results.flatMap((r) => [`## ${r.title}`, "", r.markdown, ""]),
    context.findings.trim(),
    "",
  ].join("\n");
}
