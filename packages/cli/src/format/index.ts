import type { Backup } from "@backupkit/model";
import { UsageError } from "../io.js";
import { paint } from "./color.js";
import { renderCsv } from "./csv.js";
import { renderTable } from "./table.js";

export const FORMATS = ["table", "json", "ndjson", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string | undefined, fallback: Format): Format {
  if (value === undefined) return fallback;
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`unknown format ${JSON.stringify(value)}; expected ${FORMATS.join(", ")}`);
  }
  return value as Format;
}

/** Renders backups for stdout. `json` and `ndjson` carry every field, `raw` included. */
export function render(format: Format, backups: readonly Backup[], color: boolean): string {
  switch (format) {
    case "table":
      return renderTable(backups, paint(color));
    case "json":
      return `${JSON.stringify(backups, null, 2)}\n`;
    case "ndjson":
      return backups.map((b) => `${JSON.stringify(b)}\n`).join("");
    case "csv":
      return renderCsv(backups);
  }
}
