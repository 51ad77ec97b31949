import type { AuditReport } from "@backupkit/sdk";
import { UsageError } from "../../io.js";
import { renderAuditHtml } from "./html.js";
import { renderAuditJson } from "./json.js";
import { renderAuditJunit } from "./junit.js";
import { renderAuditPrometheus } from "./prometheus.js";
import { renderAuditTable } from "./table.js";

export const AUDIT_FORMATS = ["table", "json", "junit", "prometheus", "html"] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export function parseAuditFormat(value: string | undefined): AuditFormat {
  if (value === undefined) return "table";
  if ((AUDIT_FORMATS as readonly string[]).includes(value)) return value as AuditFormat;
  throw new UsageError(
    `--format must be one of ${AUDIT_FORMATS.join(", ")}, got ${JSON.stringify(value)}`,
  );
}

export async function renderAudit(format: AuditFormat, report: AuditReport): Promise<string> {
  switch (format) {
    case "table":
      return renderAuditTable(report);
    case "json":
      return renderAuditJson(report);
    case "junit":
      return renderAuditJunit(report);
    case "prometheus":
      return renderAuditPrometheus(report);
    case "html":
      return renderAuditHtml(report);
  }
}
