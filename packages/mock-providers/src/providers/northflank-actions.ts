import { stepper } from "../actions.js";
import type { MockResponse, MockRoute } from "../types.js";

/** An addon backup as "Get addon backup" shows it. */
interface AddonBackup {
  id: string;
  name: string;
  status: string;
  createdAt: string;
  completedAt?: string;
  config: { source: { type: string }; size: string; addonVersion?: string };
}

interface KnownAddon {
  project: { id: string; name: string };
  addon: { id: string; name: string };
  addonType: string;
  addonVersion: string;
  sizeBytes: number;
}

/** How long the destination listing says a backup made through the actions is kept. */
const KEPT_MS = 30 * 86_400_000;

/** A generated backup of the destination listing, found by id; undefined when there is none. */
export type FindListed = (id: string) => Record<string, unknown> | undefined;

/**
 * Northflank's addon backup actions as state machines, one step per `paceMs`:
 * a new backup goes scheduled → in-progress → completed; an abort goes
 * aborting → aborted; a deleted backup is gone after one step. The backups of
 * the destination listing can be acted on too (found with `findListed`); the
 * backups the actions create show in that listing too (`created()`), as
 * they are now, so what `list` reads agrees with the addon endpoints.
 */
export function northflankActions(
  addons: readonly KnownAddon[],
  findListed: FindListed,
  error: (status: number, message: string) => MockResponse,
  paceMs: number,
): { routes: MockRoute[]; settle(): void; created(): Record<string, unknown>[] } {
  const backups = new Map<string, AddonBackup>();
  /** The backups `POST …/backups` made, oldest first, with their addon. */
  const made = new Map<string, { backup: AddonBackup; addon: KnownAddon }>();
  const gone = new Set<string>();
  const schedules = new Map<string, Record<string, unknown>[]>();
  const { later, settle } = stepper(paceMs);
  let next = 1;
  const addonOf = (p: Readonly<Record<string, string>>) =>
    addons.find((a) => a.project.id === p.projectId && a.addon.id === p.addonId);
  const keyOf = (p: Readonly<Record<string, string>>) =>
    `${p.projectId}/${p.addonId}/${p.backupId}`;
  /** The backup at the path: one the actions made, or a listed one of that addon. */
  const backupAt = (p: Readonly<Record<string, string>>): AddonBackup | undefined => {
    const key = keyOf(p);
    if (gone.has(key)) return undefined;
    const own = backups.get(key);
    if (own) return own;
    const listed = findListed(p.backupId ?? "");
    const addon = listed?.addon as { id?: string } | undefined;
    const project = listed?.project as { id?: string } | undefined;
    if (!listed || addon?.id !== p.addonId || project?.id !== p.projectId) return undefined;
    const config = listed.config as { size: string; addonVersion?: string };
    const adopted: AddonBackup = {
      id: String(listed.id),
      name: String(listed.name),
      status: String(listed.status),
      createdAt: String(listed.createdAt),
      completedAt: String(listed.completedAt),
      config: {
        source: { type: "snapshot" },
        size: config.size,
        addonVersion: config.addonVersion,
      },
    };
    backups.set(key, adopted);
    return adopted;
  };
  const notFound = () => error(404, "Backup not found");
  const refused = () => error(400, "Backup is not in a state that allows this action");
  const base = "/v1/projects/{projectId}/addons/{addonId}";

  const routes: MockRoute[] = [
    {
      method: "POST",
      path: `${base}/backups`,
      handle(request) {
        const addon = addonOf(request.params);
        if (!addon) return error(404, "Addon not found");
        const body = (request.json ?? {}) as { name?: string };
        const created = new Date();
        const backup: AddonBackup = {
          id: `manual-${addon.addon.id}-${String(next++).padStart(4, "0")}`,
          name: body.name ?? `Backup ${created.toISOString().slice(0, 10)}`,
          status: "scheduled",
          createdAt: created.toISOString(),
          config: { source: { type: "snapshot" }, size: "0", addonVersion: addon.addonVersion },
        };
        const key = keyOf({ ...request.params, backupId: backup.id });
        backups.set(key, backup);
        made.set(key, { backup, addon });
        later(1, () => {
          if (backup.status === "scheduled") backup.status = "in-progress";
        });
        later(2, () => {
          if (backup.status !== "in-progress") return;
          backup.status = "completed";
          backup.completedAt = new Date().toISOString();
          backup.config.size = String(addon.sizeBytes);
        });
        return { status: 200, body: { data: { ...backup } } };
      },
    },
    {
      method: "GET",
      path: `${base}/backups/{backupId}`,
      handle(request) {
        const backup = backupAt(request.params);
        return backup ? { status: 200, body: { data: backup } } : notFound();
      },
    },
    {
      method: "DELETE",
      path: `${base}/backups/{backupId}`,
      handle(request) {
        const backup = backupAt(request.params);
        if (!backup) return notFound();
        if (backup.status === "in-progress" || backup.status === "scheduled") return refused();
        const key = keyOf(request.params);
        later(1, () => {
          backups.delete(key);
          made.delete(key);
          gone.add(key);
        });
        return { status: 200, body: { data: {} } };
      },
    },
    {
      method: "POST",
      path: `${base}/backups/{backupId}/restore`,
      handle(request) {
        const backup = backupAt({
          projectId: request.query.get("sourceProjectId") ?? request.params.projectId ?? "",
          addonId: request.query.get("sourceAddonId") ?? request.params.addonId ?? "",
          backupId: request.params.backupId ?? "",
        });
        if (!backup || !addonOf(request.params)) return notFound();
        if (backup.status !== "completed") return refused();
        return { status: 200, body: { data: { restoreId: String(Date.now()) } } };
      },
    },
    {
      method: "POST",
      path: `${base}/backups/{backupId}/abort`,
      handle(request) {
        const backup = backupAt(request.params);
        if (!backup) return notFound();
        if (backup.status !== "in-progress" && backup.status !== "scheduled") return refused();
        backup.status = "aborting";
        later(1, () => {
          backup.status = "aborted";
        });
        return { status: 200, body: { data: {} } };
      },
    },
    {
      method: "GET",
      path: `${base}/backup-schedules`,
      handle(request) {
        if (!addonOf(request.params)) return error(404, "Addon not found");
        const list = schedules.get(keyOf({ ...request.params, backupId: "" })) ?? [];
        return { status: 200, body: { data: { schedules: list } } };
      },
    },
    {
      method: "POST",
      path: `${base}/backup-schedules`,
      handle(request) {
        if (!addonOf(request.params)) return error(404, "Addon not found");
        const key = keyOf({ ...request.params, backupId: "" });
        const list = schedules.get(key) ?? [];
        schedules.set(key, list);
        const body = request.json as { backupType: string; scheduling: { interval: string } };
        const clash = list.some(
          (s) =>
            s.backupType === body.backupType &&
            (s.scheduling as { interval: string }).interval === body.scheduling.interval,
        );
        if (clash)
          return error(409, "The addon already has a schedule of this interval and backup type");
        const schedule = { id: `schedule-${next++}`, ...body };
        list.push(schedule);
        return { status: 200, body: { data: schedule } };
      },
    },
    {
      method: "DELETE",
      path: `${base}/backup-schedules/{scheduleId}`,
      handle(request) {
        const list = schedules.get(keyOf({ ...request.params, backupId: "" })) ?? [];
        const index = list.findIndex((s) => s.id === request.params.scheduleId);
        if (index < 0) return error(404, "Backup schedule not found");
        list.splice(index, 1);
        return { status: 200, body: { data: {} } };
      },
    },
  ];
  /** The made backups still there, newest first, as the destination listing shows a backup. */
  function created(): Record<string, unknown>[] {
    return [...made.values()].reverse().map(({ backup, addon }) => ({
      id: backup.id,
      name: backup.name,
      status: backup.status,
      project: addon.project,
      addon: addon.addon,
      config: {
        addonVersion: addon.addonVersion,
        addonType: addon.addonType,
        source: backup.config.source,
        size: backup.config.size,
      },
      // Taken on request, not by a schedule.
      schedules: [],
      expiredBy: Date.parse(backup.createdAt) + KEPT_MS,
      createdAt: backup.createdAt,
      ...(backup.completedAt === undefined ? {} : { completedAt: backup.completedAt }),
    }));
  }

  return { routes, settle, created };
}
