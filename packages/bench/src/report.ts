/** One budgeted figure: what was measured, against which target. */
export interface TargetResult {
  figure: string;
  target: string;
  measured: string;
  /** `null` for a figure reported without a budget. */
  met: boolean | null;
}

/** What one suite hands to the report. */
export interface SuiteResult {
  id: string;
  title: string;
  targets: TargetResult[];
  /** The suite's section of BENCHMARKS.md, without its heading. */
  markdown: string;
}

/** A Markdown table; cells are escaped for pipes. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const rule = `|${header.map(() => "---").join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

export function verdict(met: boolean | null): string {
  if (met === null) return "(no budget)";
  return met ? "met" : "**missed**";
}
