import type { ConversionIssue } from "@backupkit/model";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const CONTROL_CHARACTER = /[\x00-\x1f\x7f]/;

/** One issue on one line: `warning: linode $.status (backup 5): unknown value "frozen"`. */
export function formatIssue(issue: ConversionIssue): string {
  const { backupId } = issue;
  // An id from the provider may hold a line break; escaped, the issue stays one line.
  const id =
    backupId !== null && CONTROL_CHARACTER.test(backupId) ? JSON.stringify(backupId) : backupId;
  const backup = id === null ? "" : ` (backup ${id})`;
  return `${issue.severity}: ${issue.provider} ${issue.path}${backup}: ${issue.message}`;
}

/** Every issue one per line when verbose; else one summary line per provider that had any. */
export function issueReport(issues: readonly ConversionIssue[], verbose: boolean): string[] {
  if (verbose) return issues.map(formatIssue);
  const counts = new Map<string, { error: number; warning: number }>();
  for (const issue of issues) {
    const count = counts.get(issue.provider) ?? { error: 0, warning: 0 };
    count[issue.severity]++;
    counts.set(issue.provider, count);
  }
  return [...counts].map(([provider, { error, warning }]) => {
    const parts = [
      error > 0 ? `${plural(error, "object")} not converted` : "",
      warning > 0 ? `${plural(warning, "field")} degraded` : "",
    ].filter((p) => p !== "");
    return `${provider}: conversion issues: ${parts.join(", ")} (--verbose lists them)`;
  });
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
