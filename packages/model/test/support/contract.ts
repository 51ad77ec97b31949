/**
 * The common-model contract every converter keeps, as a list of broken
 * promises (empty when the result is sound), so one failing property run
 * reports everything that is wrong with it at once.
 */
import { BACKUP_STATUSES, type ConversionResult, type ProviderId } from "../../src/index.js";
import { type RecordSlot, recordOf } from "./records.js";

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const TRIGGERS: readonly unknown[] = ["automatic", "manual", "unknown"];
const KINDS: readonly unknown[] = ["full", "incremental", "unknown"];
const STATUSES: readonly unknown[] = BACKUP_STATUSES;

const isStringOrNull = (v: unknown) => v === null || typeof v === "string";

function isIsoUtcOrNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== "string" || !ISO_UTC.test(value)) return false;
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value;
}

function isSizeOrNull(value: unknown): boolean {
  return value === null || (Number.isSafeInteger(value) && (value as number) >= 0);
}

export function contractProblems(
  provider: ProviderId,
  records: readonly RecordSlot[],
  result: ConversionResult,
): string[] {
  const problems: string[] = [];
  const claimedBy = new Map<string, string>();
  const claim = (path: string, by: string) => {
    const earlier = claimedBy.get(path);
    if (earlier) problems.push(`${path} became both ${earlier} and ${by}`);
    else claimedBy.set(path, by);
  };
  const pathOf = new Map<unknown, string>();
  for (const r of records) if (typeof r.value === "object") pathOf.set(r.value, r.path);

  result.backups.forEach((backup, i) => {
    const at = `backups[${i}]`;
    const bad = (field: string, value: unknown) =>
      problems.push(`${at}.${field} is ${JSON.stringify(value)?.slice(0, 80)}`);
    const path = pathOf.get(backup.raw);
    if (path === undefined) problems.push(`${at}.raw is not one of the input's backup objects`);
    else claim(path, at);
    if (backup.provider !== provider) bad("provider", backup.provider);
    if (typeof backup.id !== "string" || backup.id === "") bad("id", backup.id);
    if (!STATUSES.includes(backup.status)) bad("status", backup.status);
    if (!TRIGGERS.includes(backup.trigger)) bad("trigger", backup.trigger);
    if (!KINDS.includes(backup.kind)) bad("kind", backup.kind);
    if (backup.restorable !== null && typeof backup.restorable !== "boolean") {
      bad("restorable", backup.restorable);
    }
    for (const field of ["name", "providerStatus", "parentId", "ref"] as const) {
      if (!isStringOrNull(backup[field])) bad(field, backup[field]);
    }
    for (const field of ["type", "id", "name", "ref"] as const) {
      if (!isStringOrNull(backup.resource?.[field])) bad(`resource.${field}`, backup.resource);
    }
    // A reference ends in the backup's own id: it must address this backup.
    if (backup.ref !== null && !backup.ref.endsWith(`/${backup.id}`) && backup.ref !== backup.id) {
      bad("ref", backup.ref);
    }
    for (const field of ["createdAt", "completedAt", "updatedAt", "expiresAt"] as const) {
      if (!isIsoUtcOrNull(backup[field])) bad(field, backup[field]);
    }
    for (const field of ["sizeBytes", "resourceSizeBytes"] as const) {
      if (!isSizeOrNull(backup[field])) bad(field, backup[field]);
    }
  });

  result.issues.forEach((issue, i) => {
    const at = `issues[${i}] (${issue.severity} ${issue.path})`;
    if (issue.provider !== provider) problems.push(`${at} names provider ${issue.provider}`);
    if (/[\r\n]/.test(issue.message) || /[\r\n]/.test(issue.path)) {
      problems.push(`${at} is more than one line`);
    }
    if (issue.severity === "error") {
      const record = recordOf(records, issue.path);
      if (record === undefined) problems.push(`${at} is an error outside every backup object`);
      else claim(record.path, at);
    }
  });

  for (const record of records) {
    if (!claimedBy.has(record.path)) {
      problems.push(`${record.path} became neither a Backup nor an error issue`);
    }
  }
  return problems;
}
