import { stepper } from "../actions.js";
import type { MockResponse, MockRoute } from "../types.js";

type Fields = Record<string, string | number | boolean | null>;

interface Server {
  fields: Fields & { id: number };
  backups: Fields[];
}

/**
 * OnApp's backup actions as state machines, one step per `paceMs`: a new disk
 * backup is queued (not built), then locked by its transaction, then built; a
 * deleted backup is marked for deletion, then gone; a restore locks the
 * backup for one step. Autobackup is remembered per virtual server.
 */
export function onappActions(
  servers: Server[],
  error: (status: number, message: string) => MockResponse,
  paceMs: number,
): { routes: MockRoute[]; settle(): void } {
  const { later, settle } = stepper(paceMs);
  let nextId = 900_000;
  /** The virtual servers with autobackup on (kept aside: the spec's VS fields do not include it). */
  const autobackup = new Set<number>();
  const stamp = () => new Date().toISOString().replace(/\.\d{3}Z$/, "+00:00");
  const findBackup = (id: number) => {
    for (const server of servers) {
      const backup = server.backups.find((b) => b.id === id);
      if (backup) return { server, backup };
    }
    return undefined;
  };

  const routes: MockRoute[] = [
    {
      method: "POST",
      path: "/settings/disks/{disk_id}/backups.json",
      handle(request) {
        const diskId = Number(request.params.disk_id);
        // Disks are known by the backups taken of them.
        const server = servers.find((s) =>
          s.backups.some((b) => b.target_type === "Disk" && b.target_id === diskId),
        );
        const template = server?.backups.find((b) => b.target_id === diskId);
        if (!server || !template) return error(404, "Disk not found");
        const note = (request.json as { backup?: { note?: string } } | undefined)?.backup?.note;
        const backup: Fields = {
          ...template,
          id: nextId++,
          built: false,
          built_at: null,
          locked: false,
          marked_for_delete: false,
          backup_size: 0,
          initiated: "manual",
          note: note ?? null,
          created_at: stamp(),
          updated_at: stamp(),
        };
        server.backups.unshift(backup);
        later(1, () => Object.assign(backup, { locked: true, updated_at: stamp() }));
        later(2, () =>
          Object.assign(backup, {
            locked: false,
            built: true,
            built_at: stamp(),
            updated_at: stamp(),
            backup_size: template.backup_size,
          }),
        );
        return { status: 201, body: { backup: { ...backup } } };
      },
    },
    {
      method: "POST",
      path: "/backups/{backup_id}/restore.json",
      handle(request) {
        const found = findBackup(Number(request.params.backup_id));
        if (!found || found.backup.marked_for_delete) return error(404, "Backup not found");
        if (found.backup.built !== true || found.backup.locked === true) {
          return error(422, "Backup is not built yet or is locked by another transaction");
        }
        found.backup.locked = true;
        later(1, () => {
          found.backup.locked = false;
        });
        return { status: 201 };
      },
    },
    {
      method: "DELETE",
      path: "/backups/{backup_id}.json",
      handle(request) {
        const found = findBackup(Number(request.params.backup_id));
        if (!found || found.backup.marked_for_delete) return error(404, "Backup not found");
        found.backup.marked_for_delete = true;
        later(1, () => {
          found.server.backups = found.server.backups.filter((b) => b !== found.backup);
        });
        return { status: 204 };
      },
    },
    ...(["enable", "disable"] as const).map(
      (verb): MockRoute => ({
        method: "POST",
        path: `/virtual_machines/{virtual_machine_id}/autobackup_${verb}.json`,
        handle(request) {
          const server = servers.find(
            (s) => s.fields.id === Number(request.params.virtual_machine_id),
          );
          if (!server) return error(404, "Virtual server not found");
          if (verb === "enable") autobackup.add(server.fields.id);
          else autobackup.delete(server.fields.id);
          return { status: 200 };
        },
      }),
    ),
  ];
  return { routes, settle };
}
