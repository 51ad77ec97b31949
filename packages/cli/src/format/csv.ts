import type { Backup } from "@backupkit/model";

/** Every common field except `raw`, flattened: one column per field. */
const COLUMNS: [string, (b: Backup) => string | number | boolean | null][] = [
  ["provider", (b) => b.provider],
  ["id", (b) => b.id],
  ["name", (b) => b.name],
  ["status", (b) => b.status],
  ["providerStatus", (b) => b.providerStatus],
  ["restorable", (b) => b.restorable],
  ["trigger", (b) => b.trigger],
  ["kind", (b) => b.kind],
  ["resourceType", (b) => b.resource.type],
  ["resourceId", (b) => b.resource.id],
  ["resourceName", (b) => b.resource.name],
  ["parentId", (b) => b.parentId],
  ["createdAt", (b) => b.createdAt],
  ["completedAt", (b) => b.completedAt],
  ["updatedAt", (b) => b.updatedAt],
  ["expiresAt", (b) => b.expiresAt],
  ["sizeBytes", (b) => b.sizeBytes],
  ["resourceSizeBytes", (b) => b.resourceSizeBytes],
];

/** RFC 4180: a header row, CRLF line ends, quotes where a field needs them. `null` is empty. */
export function renderCsv(backups: readonly Backup[]): string {
  const rows = [COLUMNS.map(([name]) => name)];
  for (const backup of backups) rows.push(COLUMNS.map(([, value]) => field(value(backup))));
  return rows.map((row) => `${row.join(",")}\r\n`).join("");
}

function field(value: string | number | boolean | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
