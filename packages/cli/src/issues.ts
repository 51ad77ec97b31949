import type { ConversionIssue } from "@backupkit/model";

/** One issue on one line: `warning: linode $.status (backup 5): unknown value "frozen"`. */
export function formatIssue(issue: ConversionIssue): string {
  const { backupId } = issue;
  // An id from the provider may hold a line break: when JSON would escape
  // something in it, it is printed as JSON, and the issue stays one line.
  const quoted = backupId === null ? null : JSON.stringify(backupId);
  const id = quoted !== null && quoted.slice(1, -1) !== backupId ? quoted : backupId;
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
