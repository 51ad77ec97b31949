import { type AuditReport, formatDuration } from "@backupkit/sdk";
import { oneLine } from "../../io.js";

const HEADERS = ["PROVIDER", "RESOURCE", "LAST RESTORABLE", "AGE", "VERDICT", "WHY"] as const;

/**
 * One line per resource, findings first, then a summary line. Names come from
 * providers: control characters are escaped and long ones cut.
 */
export function renderAuditTable(report: AuditReport): string {
  const at = Date.parse(report.at);
  const rows: string[][] = [];
  const providerFindings = report.findings.filter((f) => f.resource.type === "provider");
  for (const finding of providerFindings) {
    rows.push([finding.provider, "(provider)", "-", "-", "FAIL", `unverified: ${finding.message}`]);
  }
  for (const r of report.resources) {
    const last = r.lastRestorableAt;
    // One screen: the controls that failed, and why the first one did (json has every message).
    const [first] = r.findings;
    const why = first
      ? `${r.findings.map((f) => f.control).join(", ")}: ${first.message}`
      : r.notes.map((n) => `${n.control}: ${n.message}`).join("; ");
    rows.push([
      r.provider,
      r.resource.name ?? r.resource.id,
      last === null ? "-" : last.replace(/\.\d{3}Z$/, "Z"),
      last === null ? "-" : formatDuration(at - Date.parse(last)),
      r.findings.length > 0 ? "FAIL" : "ok",
      why,
    ]);
  }
  const cells = rows.map((row) => row.map((cell, i) => oneLine(cell, i === 5 ? 100 : 40)));
  const widths = HEADERS.map((h, i) =>
    Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const { summary } = report;
  const excluded = summary.excluded > 0 ? `, ${summary.excluded} excluded` : "";
  return `${[line(HEADERS), ...cells.map(line)].join("\n")}\n\n${summary.resources} resources: ${summary.passing} passing, ${summary.failing} failing, ${summary.findings} findings${excluded} (as of ${report.at})\n`;
}
