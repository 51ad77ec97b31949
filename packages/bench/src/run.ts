/**
 * `npm run bench`: runs every suite, each in a fresh process, and writes
 * BENCHMARKS.md at the repository root. `node dist/run.js request conversion`
 * runs only those suites and prints their sections instead of writing the file.
 */
import { fork } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { machineDescription } from "./machine.js";
import { formatMs } from "./measure.js";
import { ownScript, repoPath } from "./paths.js";
import { renderReport } from "./render.js";
import type { SuiteResult } from "./report.js";

/** In the order of the issue; build runs last because it rebuilds every package's dist. */
export const SUITES = [
  "request",
  "conversion",
  "fanout",
  "rate-limit",
  "streaming",
  "audit",
  "bundle",
  "startup",
  "build",
] as const;

function runSuite(id: string): Promise<SuiteResult> {
  const child = fork(ownScript("suite.js"), [id], {
    execArgv: ["--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let result: SuiteResult | undefined;
    child.on("message", (message: SuiteResult) => {
      result = message;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (result && code === 0) resolve(result);
      else reject(new Error(`the ${id} suite failed (exit code ${code})`));
    });
  });
}

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((id) => !(SUITES as readonly string[]).includes(id));
  if (unknown.length > 0) {
    console.error(`unknown suite(s): ${unknown.join(", ")}; known: ${SUITES.join(", ")}`);
    return 2;
  }
  const chosen = argv.length > 0 ? argv : [...SUITES];
  const startedAt = new Date();
  const loadAtStart = loadavg()[0] ?? 0;
  const started = performance.now();
  const results: SuiteResult[] = [];
  for (const id of chosen) {
    const suiteStart = performance.now();
    console.log(`bench: ${id}…`);
    const result = await runSuite(id);
    results.push(result);
    for (const t of result.targets) {
      const mark = t.met === null ? "·" : t.met ? "ok" : "MISSED";
      console.log(`  ${mark.padEnd(6)} ${t.figure}: ${t.measured} (target ${t.target})`);
    }
    console.log(`  (${formatMs(performance.now() - suiteStart)})`);
  }
  const totalMs = performance.now() - started;
  const report = renderReport(results, {
    machine: machineDescription(),
    loadAtStart,
    loadAtEnd: loadavg()[0] ?? 0,
    startedAt,
    totalMs,
    findings: await readFile(repoPath("packages/bench/FINDINGS.md"), "utf8"),
  });
  if (argv.length > 0) {
    console.log(report);
  } else {
    await writeFile(repoPath("BENCHMARKS.md"), report);
    console.log(`bench: wrote BENCHMARKS.md in ${formatMs(totalMs)}`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
