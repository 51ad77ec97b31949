import type { AuditReport } from "@backupkit/sdk";
import { Gauge, Registry } from "prom-client";

const LABELS = ["provider", "resource_type", "resource_id", "resource_name"] as const;

/** The audit's gauges on one registry: the text file and the exporter share them. */
export function auditRegistry(): { registry: Registry; update(report: AuditReport): void } {
  const registry = new Registry();
  const gauge = (name: string, help: string, labels: readonly string[] = LABELS) =>
    new Gauge({ name, help, labelNames: [...labels], registers: [registry] });
  const protectedGauge = gauge(
    "backupkit_resource_protected",
    "1 when backups are enabled, scheduled or present",
  );
  const lastTime = gauge(
    "backupkit_last_restorable_backup_timestamp_seconds",
    "Creation time of the newest restorable backup",
  );
  const lastAge = gauge(
    "backupkit_last_restorable_backup_age_seconds",
    "Age of the newest restorable backup at the audit time",
  );
  const backups = gauge("backupkit_backups", "Backups of the resource as of the audit time");
  const finding = gauge("backupkit_finding", "1 when the control fails for the resource", [
    ...LABELS,
    "control",
  ]);
  const auditTime = gauge(
    "backupkit_audit_timestamp_seconds",
    "When the audit evaluated, as of",
    [],
  );
  return {
    registry,
    update(report) {
      registry.resetMetrics();
      const at = Date.parse(report.at);
      auditTime.set(at / 1000);
      for (const r of report.resources) {
        const labels = {
          provider: r.provider,
          resource_type: r.resource.type,
          resource_id: r.resource.id,
          resource_name: r.resource.name ?? "",
        };
        protectedGauge.set(labels, r.protected ? 1 : 0);
        backups.set(labels, r.backups);
        if (r.lastRestorableAt !== null) {
          const last = Date.parse(r.lastRestorableAt);
          lastTime.set(labels, last / 1000);
          lastAge.set(labels, (at - last) / 1000);
        }
        const failed = new Set(r.findings.map((f) => f.control));
        for (const control of r.controls.map((c) => c.control)) {
          finding.set({ ...labels, control }, failed.has(control) ? 1 : 0);
        }
      }
      for (const f of report.findings.filter((f) => f.resource.type === "provider")) {
        finding.set(
          {
            provider: f.provider,
            resource_type: "provider",
            resource_id: f.provider,
            resource_name: "",
            control: "unverified",
          },
          1,
        );
      }
    },
  };
}

/** The text exposition format, for node_exporter's textfile collector. */
export async function renderAuditPrometheus(report: AuditReport): Promise<string> {
  const { registry, update } = auditRegistry();
  update(report);
  return registry.metrics();
}
