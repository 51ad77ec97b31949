import type { ConversionResult } from "@backupkit/model";

/**
 * The deepest nesting of a provider's object kept in a record's `raw`. Far
 * beyond any provider's body, and far below what `JSON.stringify` of a record
 * could overflow the stack on.
 */
export const MAX_RAW_NESTING = 1000;

/** Whether a parsed value nests deeper than `limit` levels; walked without recursion. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [item, depth] = next;
    if (typeof item !== "object" || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * A provider's body is not checked for nesting before it is parsed, and
 * `JSON.stringify` of a record recurses into its `raw`: a record whose raw
 * object nests deeper than MAX_RAW_NESTING gets `raw: null` and a warning,
 * so one hostile body cannot overflow the stack and lose every provider's output.
 */
export function boundRaw(result: ConversionResult): ConversionResult {
  const issues = [...result.issues];
  const backups = result.backups.map((backup) => {
    if (!nestedDeeperThan(backup.raw, MAX_RAW_NESTING)) return backup;
    issues.push({
      provider: backup.provider,
      severity: "warning",
      path: "$",
      backupId: backup.id,
      message: `the provider's object is nested deeper than ${MAX_RAW_NESTING} levels: raw is null`,
    });
    return { ...backup, raw: null };
  });
  return { backups, issues };
}
