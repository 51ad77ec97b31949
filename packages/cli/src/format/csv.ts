import type { Backup } from "@backupkit/model";
import { oneLine } from "../io.js";

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
  ["resourceRef", (b) => b.resource.ref],
  ["parentId", (b) => b.parentId],
  ["createdAt", (b) => b.createdAt],
  ["completedAt", (b) => b.completedAt],
  ["updatedAt", (b) => b.updatedAt],
  ["expiresAt", (b) => b.expiresAt],
  ["sizeBytes", (b) => b.sizeBytes],
  ["resourceSizeBytes", (b) => b.resourceSizeBytes],
  ["ref", (b) => b.ref],
];

/**
 * RFC 4180: a header row, CRLF line ends, quotes where a field needs them.
 * `null` is empty. Text that a spreadsheet would run as a formula is defused.
 */
export function renderCsv(backups: readonly Backup[]): string {
  const rows = [COLUMNS.map(([name]) => name)];
  for (const backup of backups) rows.push(COLUMNS.map(([, value]) => field(value(backup))));
  return rows.map((row) => `${row.join(",")}\r\n`).join("");
}

/**
 * Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a
 * formula to Excel, LibreOffice and Google Sheets: a backup's name is set by
 * whoever can rename it, and `=HYPERLINK(…)` would run in the spreadsheet of
 * whoever opens the export. Such text gets a leading `'` (OWASP's advice) and
 * is quoted. Numbers and booleans are never text, so they are left alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  // A CSV is often read on a terminal (`| head`, `| column`): the same rule as every other output.
  const shown = oneLine(value, Number.POSITIVE_INFINITY);
  const text = FORMULA_START.test(value) ? `'${shown}` : shown;
  return text !== value || /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
