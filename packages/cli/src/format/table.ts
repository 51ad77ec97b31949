import type { Backup } from "@backupkit/model";
import { oneLine } from "../io.js";
import type { Paint } from "./color.js";
import { humanSize } from "./size.js";

interface Column {
  header: string;
  value(backup: Backup): string;
  alignRight?: boolean;
}

const COLUMNS: Column[] = [
  { header: "PROVIDER", value: (b) => b.provider },
  { header: "RESOURCE", value: (b) => b.resource.name ?? b.resource.id ?? "-" },
  { header: "ID", value: (b) => b.id },
  { header: "STATUS", value: (b) => b.status },
  { header: "TRIGGER", value: (b) => b.trigger },
  // Seconds are enough to tell backups apart; the Z says it is UTC.
  { header: "CREATED", value: (b) => b.createdAt?.replace(/\.\d{3}Z$/, "Z") ?? "-" },
  { header: "SIZE", value: (b) => sizeOf(b), alignRight: true },
  // What get, restore, delete and cancel take, to copy from the table; last,
  // as it is the longest cell.
  { header: "REF", value: (b) => b.ref ?? "-" },
];

/** The backup's stored size, or where the provider does not report it, the size of what was backed up. */
function sizeOf(backup: Backup): string {
  const bytes = backup.sizeBytes ?? backup.resourceSizeBytes;
  return bytes === null ? "-" : humanSize(bytes);
}

/** A plain-text table with a header row, columns padded to their widest cell. */
export function renderTable(backups: readonly Backup[], paint: Paint): string {
  const rows = backups.map((b) => COLUMNS.map((c) => printable(c.value(b))));
  const widths = COLUMNS.map((c, i) =>
    Math.max(c.header.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[], style: (cell: string, i: number) => string) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        // The last column is not padded: a styled header must not end in spaces.
        const last = i === COLUMNS.length - 1;
        const padded = COLUMNS[i]?.alignRight
          ? cell.padStart(width)
          : last
            ? cell
            : cell.padEnd(width);
        return style(padded, i);
      })
      .join("  ")
      .trimEnd();
  const statusColumn = COLUMNS.findIndex((c) => c.header === "STATUS");
  const out = [
    line(
      COLUMNS.map((c) => c.header),
      (cell) => paint.bold(cell),
    ),
  ];
  rows.forEach((row, r) => {
    const backup = backups[r];
    out.push(
      line(row, (cell, i) =>
        i === statusColumn && backup ? paint.status(backup.status, cell) : cell,
      ),
    );
  });
  return `${out.join("\n")}\n`;
}

/** Provider text goes to a terminal: control characters must not reach it. */
function printable(text: string): string {
  return oneLine(text, Number.POSITIVE_INFINITY);
}
