import { BACKUP_STATUSES, type Backup, type BackupStatus, toIsoUtc } from "@backupkit/model";
import { UsageError } from "./io.js";

/** Splits repeated and comma-separated option values: `-p a,b -p c` → a, b, c. */
export function listValues(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** `--provider`: known ids only; `null` when not given. */
export function parseProviderFilter(
  values: readonly string[] | undefined,
  known: readonly string[],
): string[] | null {
  const ids = listValues(values);
  if (ids.length === 0) return null;
  for (const id of ids) {
    if (!known.includes(id)) {
      throw new UsageError(
        `unknown provider ${JSON.stringify(id)}; expected one of ${known.join(", ")}`,
      );
    }
  }
  return [...new Set(ids)];
}

export interface BackupFilter {
  statuses: ReadonlySet<BackupStatus> | null;
  /** Epoch ms: only backups created at or after it. */
  since: number | null;
}

export function parseBackupFilter(
  statusValues: readonly string[] | undefined,
  since: string | undefined,
): BackupFilter {
  const statuses = listValues(statusValues);
  for (const status of statuses) {
    if (!(BACKUP_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(
        `unknown status ${JSON.stringify(status)}; expected one of ${BACKUP_STATUSES.join(", ")}`,
      );
    }
  }
  return {
    statuses: statuses.length > 0 ? new Set(statuses as BackupStatus[]) : null,
    since: since === undefined ? null : parseSince(since),
  };
}

/** A date (`2025-01-01`, UTC midnight) or a date-time; no zone means UTC, like the model's timestamps. */
function parseSince(text: string): number {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? toIsoUtc(`${text}T00:00:00`) : toIsoUtc(text);
  if (typeof iso !== "string") {
    throw new UsageError(
      `--since expects an ISO 8601 date or date-time (2025-01-31, 2025-01-31T12:00:00Z), got ${JSON.stringify(text)}`,
    );
  }
  return Date.parse(iso);
}

/** Backups without a creation time never match `--since`: whether they are recent is unknown. */
export function matches(filter: BackupFilter, backup: Backup): boolean {
  if (filter.statuses && !filter.statuses.has(backup.status)) return false;
  if (filter.since !== null) {
    if (backup.createdAt === null || Date.parse(backup.createdAt) < filter.since) return false;
  }
  return true;
}
