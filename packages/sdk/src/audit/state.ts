import type { Backup } from "@backupkit/model";

/** How one backup of a resource's timeline ended, for the HTML report. */
export type TimelineOutcome = "restorable" | "failed" | "other";

/** Timeline points kept per resource: enough for hourly backups over 30 days. */
export const TIMELINE_LIMIT = 800;
export const TIMELINE_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * What the controls need of a resource's backups, folded one backup at a
 * time: counts and a few times, never the backups themselves, so memory does
 * not grow with the number of backups.
 */
export class BackupFold {
  /** Backups created at or before `at` (or with no creation time). */
  backups = 0;
  restorable = 0;
  /** Epoch ms of the newest restorable backup with a creation time. */
  newestRestorableAt: number | null = null;
  /** Its expiry (epoch ms), `null` when unknown. */
  newestRestorableExpiresAt: number | null = null;
  /** The newest backup attempt with a creation time, whatever its status. */
  newestAttemptAt: number | null = null;
  newestAttemptStatus: Backup["status"] | null = null;
  newestAttemptId: string | null = null;
  /** `[epoch ms, outcome]` within the last 30 days, when asked for. */
  timeline: [number, TimelineOutcome][] | null;
  timelineDropped = 0;

  constructor(
    private readonly atMs: number,
    withTimeline: boolean,
  ) {
    this.timeline = withTimeline ? [] : null;
  }

  add(backup: Backup): void {
    const created = backup.createdAt === null ? null : Date.parse(backup.createdAt);
    const createdAt = created === null || Number.isNaN(created) ? null : created;
    // As of `at`: a backup taken later did not exist yet.
    if (createdAt !== null && createdAt > this.atMs) return;
    this.backups++;
    const restorable = isRestorableAt(backup, this.atMs);
    if (restorable) {
      this.restorable++;
      if (
        createdAt !== null &&
        (this.newestRestorableAt === null || createdAt > this.newestRestorableAt)
      ) {
        this.newestRestorableAt = createdAt;
        const expires = backup.expiresAt === null ? Number.NaN : Date.parse(backup.expiresAt);
        this.newestRestorableExpiresAt = Number.isNaN(expires) ? null : expires;
      }
    }
    if (createdAt !== null && (this.newestAttemptAt === null || createdAt > this.newestAttemptAt)) {
      this.newestAttemptAt = createdAt;
      this.newestAttemptStatus = backup.status;
      this.newestAttemptId = backup.id;
    }
    if (this.timeline && createdAt !== null && createdAt >= this.atMs - TIMELINE_DAYS * DAY_MS) {
      if (this.timeline.length >= TIMELINE_LIMIT) this.timelineDropped++;
      else this.timeline.push([createdAt, outcomeOf(backup, restorable)]);
    }
  }
}

/**
 * Restorable as of `at`: the model's `restorable` (the provider's flag, else
 * its status) is true, and the backup has not expired by then.
 */
export function isRestorableAt(backup: Backup, atMs: number): boolean {
  if (backup.restorable !== true) return false;
  if (backup.expiresAt === null) return true;
  const expires = Date.parse(backup.expiresAt);
  return Number.isNaN(expires) || expires >= atMs;
}

function outcomeOf(backup: Backup, restorable: boolean): TimelineOutcome {
  if (restorable) return "restorable";
  if (backup.status === "failed" || backup.status === "cancelled") return "failed";
  return "other";
}
