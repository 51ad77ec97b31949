#!/usr/bin/env node
// Holds every mutated file to a mutation score, from the report StrykerJS wrote.
//
//   node ../../scripts/mutation-scores.mjs [--min 90] [--markdown] [report.json]
//
// Run from a package folder after `stryker run` (the package's `mutation`
// script does both). Stryker's own `thresholds.break` applies to the package
// as a whole, where a well-tested big file hides a weak small one; this check
// fails when any one file scores below `--min`, and lists the survivors of
// the files that do. The score is Stryker's: mutants killed or timed out, out
// of all mutants that compiled and are not disabled by a `// Stryker disable`
// comment (those are counted as "ignored"). `--markdown` prints the table for
// TESTING.md.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  options: { min: { type: "string", default: "90" }, markdown: { type: "boolean" } },
  allowPositionals: true,
});
const min = Number(values.min);
const reportPath = positionals[0] ?? "reports/mutation/mutation.json";

const report = JSON.parse(readFileSync(reportPath, "utf8"));
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

const rows = Object.entries(report.files)
  .map(([file, { mutants }]) => {
    const count = (statuses) => mutants.filter((m) => statuses.has(m.status)).length;
    const detected = count(DETECTED);
    const undetected = count(UNDETECTED);
    const ignored = mutants.filter((m) => m.status === "Ignored").length;
    const valid = detected + undetected;
    const score = valid === 0 ? 100 : (100 * detected) / valid;
    const survivors = mutants.filter((m) => UNDETECTED.has(m.status));
    return { file, score, detected, undetected, ignored, survivors };
  })
  .sort((a, b) => a.file.localeCompare(b.file));

const failing = rows.filter((row) => row.score < min);

if (values.markdown) {
  console.log("| file | score | killed | survived | ignored |");
  console.log("|---|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(
      `| ${r.file} | ${r.score.toFixed(1)}% | ${r.detected} | ${r.undetected} | ${r.ignored} |`,
    );
  }
} else {
  for (const r of rows) {
    const mark = r.score < min ? "FAIL" : "ok  ";
    console.log(
      `${mark} ${r.score.toFixed(1).padStart(5)}%  ${r.file}  (${r.detected} killed, ${r.undetected} survived, ${r.ignored} ignored)`,
    );
  }
}

for (const r of failing) {
  console.error(`\n${r.file} scores ${r.score.toFixed(1)}%, below ${min}%. Survivors:`);
  for (const m of r.survivors) {
    const { line, column } = m.location.start;
    console.error(
      `  ${r.file}:${line}:${column} ${m.mutatorName} → ${JSON.stringify(m.replacement)}`,
    );
  }
}
if (failing.length > 0) {
  console.error(
    `\n${failing.length} file(s) below ${min}%: kill each survivor with a test, or mark it equivalent with a "// Stryker disable next-line <mutator>: <reason>" comment (TESTING.md).`,
  );
  process.exit(1);
}
