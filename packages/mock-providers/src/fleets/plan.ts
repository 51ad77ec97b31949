// The audit fleet: resources that fail each audit control, next to healthy
// ones, with backup times relative to when the mock starts. Every provider's
// fleet follows the same plan, written in its own API's shape.

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** What a resource of the fleet is there to show. */
export type FleetKind =
  | "healthy"
  | "never-backed-up"
  | "stale"
  | "latest-failed"
  | "short-retention"
  | "unreadable";

/** One kind of each, in this order, then mostly healthy ones for scale. */
const KINDS: readonly FleetKind[] = [
  "healthy",
  "never-backed-up",
  "stale",
  "latest-failed",
  "short-retention",
  "unreadable",
];

/** One backup of the plan: when it was taken, whether it ended well, how long it is kept. */
export interface PlannedBackup {
  at: number;
  ok: boolean;
  retentionMs: number;
}

export interface PlannedResource {
  index: number;
  kind: FleetKind;
  name: string;
  /** Backups enabled or scheduled, as the provider would say. */
  enabled: boolean;
  /** Oldest first. */
  backups: PlannedBackup[];
}

export interface FleetOptions {
  /**
   * Whether the resource whose backups cannot be read is served (default
   * true). Benchmarks leave it out: `list` stops at a provider's first failure.
   */
  unreadable?: boolean;
}

/** Resources per provider when `resources` is not given: one of each kind. */
export const DEFAULT_FLEET_SIZE = KINDS.length;

/** Beyond the first six, one in ten resources fails a control; the rest are healthy. */
export function kindAt(index: number): FleetKind {
  if (index < KINDS.length) return KINDS[index] as FleetKind;
  return index % 10 === 0 ? (KINDS[1 + (index % 5)] as FleetKind) : "healthy";
}

const NAMES: Record<FleetKind, string> = {
  healthy: "web",
  "never-backed-up": "scratch",
  stale: "legacy",
  "latest-failed": "db",
  "short-retention": "cache",
  unreadable: "vault",
};

export function plan(count: number, now: number, options: FleetOptions = {}): PlannedResource[] {
  const resources: PlannedResource[] = [];
  for (let index = 0; index < count; index++) {
    const planned = kindAt(index);
    const kind = planned === "unreadable" && options.unreadable === false ? "healthy" : planned;
    const daily = (first: number, days: number, retentionMs: number) =>
      Array.from({ length: days }, (_, d) => ({
        at: now - first - (days - 1 - d) * DAY,
        ok: true,
        retentionMs,
      }));
    let backups: PlannedBackup[];
    if (kind === "never-backed-up") backups = [];
    else if (kind === "stale") backups = daily(3 * DAY + 2 * HOUR, 3, 30 * DAY);
    else if (kind === "latest-failed")
      backups = [
        ...daily(20 * HOUR, 3, 30 * DAY),
        { at: now - 2 * HOUR, ok: false, retentionMs: 30 * DAY },
      ];
    else if (kind === "short-retention") backups = daily(3 * HOUR, 3, 2 * DAY);
    else backups = daily(3 * HOUR, 7, 30 * DAY);
    resources.push({
      index,
      kind,
      name: `${NAMES[kind]}-${String(index + 1).padStart(2, "0")}`,
      enabled: kind !== "never-backed-up",
      backups,
    });
  }
  return resources;
}

/** Simple offset paging for the fleet's list routes. */
export function slice<T>(items: readonly T[], offset: number, limit: number): T[] {
  return items.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(1, limit));
}
