import type { AuditReport } from "@backupkit/sdk";

/** The report as JSON: `{ at, policy, summary, resources, findings, ... }`. */
export function renderAuditJson(report: AuditReport): string {
  const resources = report.resources.map(({ controls: _controls, settings: _settings, ...r }) => r);
  return `${JSON.stringify({ ...report, resources }, null, 2)}\n`;
}
