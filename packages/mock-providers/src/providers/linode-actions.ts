import { stepper } from "../actions.js";
import type { MockResponse, MockRoute } from "../types.js";
import type { Backup, BackupList } from "./linode.js";

interface Instance {
  id: number;
  status: string;
  region: string;
  backups: { enabled: boolean; available: boolean; last_successful: string | null };
}

export interface LinodeData {
  instances: Instance[];
  backups: Map<number, BackupList>;
}

/**
 * Linode's backup actions as state machines: a snapshot goes pending →
 * running → successful one step (`paceMs`) at a time; a restore puts the
 * target Linode in `restoring`, then back to `running`; cancelling deletes
 * every backup at once, as Linode does. `settle()` applies the steps that are
 * due; the routes that read call it first.
 */
export function linodeActions(
  data: LinodeData,
  error: (status: number, reason: string) => MockResponse,
  paceMs: number,
): { routes: MockRoute[]; settle(): void } {
  const { later, settle } = stepper(paceMs);
  let nextId = 900_000_000;
  const instanceOf = (id: string | undefined) =>
    data.instances.find((instance) => instance.id === Number(id));

  const routes: MockRoute[] = [
    {
      method: "POST",
      path: "/linode/instances/{linodeId}/backups",
      handle(request) {
        settle();
        const instance = instanceOf(request.params.linodeId);
        if (!instance) return error(404, "Not found");
        if (!instance.backups.enabled)
          return error(400, "Backups are not enabled for this Linode.");
        const list = data.backups.get(instance.id) ?? emptyList();
        data.backups.set(instance.id, list);
        if (list.snapshot.in_progress) return error(400, "A snapshot is already in progress.");
        const { label } = request.json as { label: string };
        const now = zoneless(Date.now());
        const disks = list.snapshot.current?.disks ?? list.automatic[0]?.disks ?? [];
        const backup: Backup = {
          id: nextId++,
          label,
          type: "snapshot",
          status: "pending",
          available: false,
          created: now,
          updated: now,
          configs: [],
          disks: disks.map((d) => ({ ...d })),
        };
        list.snapshot.in_progress = backup;
        later(1, () => Object.assign(backup, { status: "running", updated: zoneless(Date.now()) }));
        later(2, () => {
          const done = zoneless(Date.now());
          Object.assign(backup, {
            status: "successful",
            available: true,
            updated: done,
            finished: done,
          });
          // The new snapshot replaces the current one, which is deleted.
          list.snapshot.current = backup;
          list.snapshot.in_progress = null;
        });
        return { status: 200, body: { ...backup } };
      },
    },
    {
      method: "POST",
      path: "/linode/instances/{linodeId}/backups/{backupId}/restore",
      handle(request) {
        settle();
        const instance = instanceOf(request.params.linodeId);
        const list = instance && data.backups.get(instance.id);
        const backupId = Number(request.params.backupId);
        const all = list ? [...list.automatic, list.snapshot.current] : [];
        const backup = all.find((b) => b?.id === backupId);
        if (!instance || !backup) return error(404, "Not found");
        if (backup.status !== "successful") return error(400, "Backup is not restorable.");
        const { linode_id: targetId } = request.json as { linode_id: number };
        const target = instanceOf(String(targetId));
        if (!target) return error(400, "linode_id: Linode not found.");
        if (target.region !== instance.region) {
          return error(400, "linode_id: Backups cannot be restored across regions.");
        }
        target.status = "restoring";
        later(1, () => {
          target.status = "running";
        });
        return { status: 200, body: {} };
      },
    },
    {
      method: "POST",
      path: "/linode/instances/{linodeId}/backups/enable",
      handle(request) {
        settle();
        const instance = instanceOf(request.params.linodeId);
        if (!instance) return error(404, "Not found");
        instance.backups.enabled = true;
        return { status: 200, body: {} };
      },
    },
    {
      method: "POST",
      path: "/linode/instances/{linodeId}/backups/cancel",
      handle(request) {
        settle();
        const instance = instanceOf(request.params.linodeId);
        if (!instance) return error(404, "Not found");
        instance.backups.enabled = false;
        instance.backups.last_successful = null;
        data.backups.set(instance.id, emptyList());
        return { status: 200, body: {} };
      },
    },
  ];
  return { routes, settle };
}

function emptyList(): BackupList {
  return { automatic: [], snapshot: { current: null, in_progress: null } };
}

/** Linode's timestamps: UTC without a zone, to the second. */
function zoneless(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}
