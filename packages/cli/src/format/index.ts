import type { Backup } from "@backupkit/model";
import { escapeChar, UsageError } from "../io.js";
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

/**
 * Characters JSON.stringify leaves as they are that a terminal acts on: DEL,
 * the C1 controls, the bidi controls, and the line and paragraph separators.
 * They can only occur inside strings, where `\uXXXX` means the same.
 */
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON that is safe to print to a terminal. Nesting is bounded beforehand (see `boundRaw`). */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, escapeChar);
}

/** Renders backups for stdout. `json` and `ndjson` carry every field, `raw` included. */
export function render(format: Format, backups: readonly Backup[], color: boolean): string {
  switch (format) {
    case "table":
      return renderTable(backups, paint(color));
    case "json":
      return `${jsonText(backups, 2)}\n`;
    case "ndjson":
      return backups.map((b) => `${jsonText(b)}\n`).join("");
    case "csv":
      return renderCsv(backups);
  }
}
