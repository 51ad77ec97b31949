import { formatDuration } from "./duration.js";
import type { Control, ControlSettings } from "./policy.js";
import type { BackupFold } from "./state.js";

export interface ControlResult {
  control: Control;
  passed: boolean;
  message: string;
}

/**
 * The five backup controls of one resource, in their order. `unverified` is
 * decided by the caller: a resource whose backups could not be read gets no
 * other verdict.
 */
export function evaluateControls(
  fold: BackupFold,
  backupsEnabled: boolean | null,
  settings: ControlSettings,
  atMs: number,
): { results: ControlResult[]; notes: { control: Control; message: string }[] } {
  const results: ControlResult[] = [];
  const notes: { control: Control; message: string }[] = [];

  const isProtected = backupsEnabled === true || fold.backups > 0;
  results.push({
    control: "protected",
    passed: isProtected,
    message: isProtected
      ? backupsEnabled === true
        ? "backups are enabled"
        : `${fold.backups} backup${fold.backups === 1 ? "" : "s"}`
      : backupsEnabled === false
        ? "never backed up: backups are not enabled and it has no backup"
        : "never backed up: it has no backup",
  });

  const limit = settings.maxAge + settings.grace;
  const limitText = `max-age ${formatDuration(settings.maxAge)}${settings.grace > 0 ? ` + grace ${formatDuration(settings.grace)}` : ""}`;
  if (fold.newestRestorableAt === null) {
    results.push({
      control: "max-age",
      passed: false,
      message: `no restorable backup (${limitText})`,
    });
  } else {
    const age = atMs - fold.newestRestorableAt;
    const passed = age < limit;
    results.push({
      control: "max-age",
      passed,
      message: `newest restorable backup is ${formatDuration(age)} old${passed ? "" : `, older than ${limitText}`}`,
    });
  }

  const status = fold.newestAttemptStatus;
  const failed = status === "failed" || status === "cancelled";
  results.push({
    control: "latest-failed",
    passed: !failed,
    message:
      status === null
        ? "no backup attempt"
        : failed
          ? `latest backup attempt ended ${status} (${iso(fold.newestAttemptAt)}, backup ${fold.newestAttemptId ?? "?"})`
          : `latest backup attempt is ${status}`,
  });

  if (settings.minCount !== null) {
    const passed = fold.restorable >= settings.minCount;
    results.push({
      control: "min-count",
      passed,
      message: `${fold.restorable} restorable backup${fold.restorable === 1 ? "" : "s"}${passed ? "" : `, fewer than ${settings.minCount}`}`,
    });
  }

  if (settings.minRetention !== null) {
    const min = formatDuration(settings.minRetention);
    if (fold.newestRestorableAt === null) {
      results.push({
        control: "min-retention",
        passed: false,
        message: `no restorable backup (min-retention ${min})`,
      });
    } else if (fold.newestRestorableExpiresAt === null) {
      // An unknown expiry is noted, not failed: most providers keep backups until deleted.
      notes.push({
        control: "min-retention",
        message: "newest restorable backup has no known expiry",
      });
      results.push({ control: "min-retention", passed: true, message: "expiry unknown" });
    } else {
      const kept = fold.newestRestorableExpiresAt - fold.newestRestorableAt;
      const passed = kept >= settings.minRetention;
      results.push({
        control: "min-retention",
        passed,
        message: `newest restorable backup is kept ${formatDuration(kept)}${passed ? "" : `, less than ${min}`}`,
      });
    }
  }
  return { results, notes };
}

/** `2026-01-31T12:00:00Z`: seconds are enough for people. */
function iso(ms: number | null): string {
  return ms === null ? "unknown time" : new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
