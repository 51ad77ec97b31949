import { stepper } from "../actions.js";
import { zonelessUtc } from "../random.js";
import type { MockRequest, MockResponse, MockRoute } from "../types.js";
import type { Backup } from "./huawei-cbr.js";

interface Policy {
  id: string;
  name: string;
  enabled: boolean;
  operation_type: "backup";
  operation_definition: Record<string, unknown>;
  trigger: Record<string, unknown>;
  associated_vaults: { vault_id: string }[];
}

/** The policy of the spec's examples, applied to every vault but the last (which has none). */
const POLICY_ID = "cbb3ce6f-3332-4e7c-b98e-77290d8471ff";

/** Statuses in which CBR is still working on a backup: it cannot be restored or deleted. */
const BUSY = new Set(["waiting_protect", "protecting", "waiting_restore", "restoring", "deleting"]);

/**
 * CBR's backup actions as state machines, one step per `paceMs`: a checkpoint's
 * new backup goes waiting_protect → protecting → available; a restore makes
 * the backup restoring for two steps; a deleted backup is deleting, then gone.
 * The backups (`backups`, newest first, with their disk backups in `children`)
 * are the ones ListBackups and ShowBackup serve, so what an action changes
 * shows in both. A resource is in a vault when a backup of it is.
 */
export function huaweiCbrActions(
  backups: Backup[],
  projectId: string,
  answer: {
    ok(body: unknown, status?: number): MockResponse;
    error(status: number, message: string): MockResponse;
  },
  paceMs: number,
): { routes: MockRoute[]; settle(): void } {
  const { later, settle } = stepper(paceMs);
  const { ok, error } = answer;
  let next = 1;
  /** Ids the mock hands out: UUID-shaped, counting up, so runs are repeatable. */
  const newId = () => {
    const n = (next++).toString(16).padStart(12, "0");
    return `00000000-0000-4000-8000-${n}`;
  };
  const now = () => `${zonelessUtc(Date.now())}.000000`;
  const vaults = [...new Set(backups.map((b) => b.vault_id))].sort();
  const policies: Policy[] =
    vaults.length < 2
      ? []
      : [
          {
            id: POLICY_ID,
            name: "policy001",
            enabled: true,
            operation_type: "backup",
            operation_definition: { retention_duration_days: 7, timezone: "UTC+00:00" },
            trigger: {
              id: "d67269a6-5369-42d7-8150-5254bd446328",
              name: "default",
              type: "time",
              properties: { pattern: ["FREQ=DAILY;INTERVAL=1;BYHOUR=2;BYMINUTE=00"] },
            },
            associated_vaults: vaults.slice(0, -1).map((vault_id) => ({ vault_id })),
          },
        ];
  const inProject = (request: MockRequest) => request.params.project_id === projectId;
  /** A backup by id, top-level or a disk backup, with the list that holds it. */
  const find = (id: string | undefined) => {
    for (const backup of backups) {
      if (backup.id === id) return { backup, holder: backups };
      const child = backup.children.find((c) => c.id === id);
      if (child) return { backup: child, holder: backup.children };
    }
    return undefined;
  };
  /** Sets the status of a backup and of its disk backups. */
  const setStatus = (backup: Backup, status: string) => {
    for (const b of [backup, ...backup.children]) {
      b.status = status;
      b.updated_at = now();
    }
  };

  /** A new backup of the resource, shaped like its latest one (its disks become the children). */
  function backUp(latest: Backup, checkpointId: string, name: string | undefined): Backup {
    const id = newId();
    const tag = `manualbk_${id.slice(-4)}`;
    const common = {
      checkpoint_id: checkpointId,
      status: "waiting_protect",
      created_at: now(),
      updated_at: null,
      protected_at: null,
      expired_at: null,
      incremental: true,
      description: null,
      name: name ?? `${tag}_${latest.resource_name}`,
    };
    return {
      ...latest,
      ...common,
      id,
      children: latest.children.map((child) => ({
        ...child,
        ...common,
        id: newId(),
        parent_id: id,
        children: [],
        extend_info: { ...child.extend_info, auto_trigger: false, progress: 0 },
      })),
      extend_info: { ...latest.extend_info, auto_trigger: false, progress: 0 },
    };
  }

  const routes: MockRoute[] = [
    {
      method: "POST",
      path: "/v3/{project_id}/checkpoints",
      handle(request) {
        const { checkpoint } = request.json as {
          checkpoint: { vault_id: string; parameters?: { resources?: string[]; name?: string } };
        };
        const vaultId = checkpoint.vault_id;
        const inVault = inProject(request) ? backups.filter((b) => b.vault_id === vaultId) : [];
        if (inVault.length === 0) return error(404, `Vault ${vaultId} not found.`);
        const wanted = checkpoint.parameters?.resources ?? [
          ...new Set(inVault.map((b) => b.resource_id)),
        ];
        const checkpointId = newId();
        const resources: Record<string, string>[] = [];
        const skipped: Record<string, string>[] = [];
        for (const resourceId of wanted) {
          // Newest first: the first is its latest backup.
          const latest = inVault.find((b) => b.resource_id === resourceId);
          if (!latest) {
            return error(400, `Resource ${resourceId} is not associated with vault ${vaultId}.`);
          }
          const about = { id: resourceId, name: latest.resource_name, type: latest.resource_type };
          if (inVault.some((b) => b.resource_id === resourceId && BUSY.has(b.status))) {
            skipped.push({ ...about, reason: "The resource is being backed up or restored." });
            continue;
          }
          const backup = backUp(latest, checkpointId, checkpoint.parameters?.name);
          backups.unshift(backup);
          resources.push({
            ...about,
            protect_status: "protecting",
            resource_size: String(latest.resource_size),
          });
          later(1, () => {
            if (backup.status === "waiting_protect") setStatus(backup, "protecting");
          });
          later(2, () => {
            if (backup.status !== "protecting") return;
            setStatus(backup, "available");
            for (const b of [backup, ...backup.children]) {
              b.protected_at = b.updated_at;
              b.extend_info = { ...b.extend_info, progress: null };
            }
          });
        }
        return ok({
          checkpoint: {
            created_at: now(),
            id: checkpointId,
            project_id: projectId,
            status: "protecting",
            vault: {
              id: vaultId,
              name: `vault-${vaultId.slice(0, 4)}`,
              resources,
              skipped_resources: skipped,
            },
            extra_info: { name: checkpoint.parameters?.name ?? "" },
          },
        });
      },
    },
    {
      method: "POST",
      path: "/v3/{project_id}/backups/{backup_id}/restore",
      handle(request) {
        const id = request.params.backup_id;
        const found = inProject(request) ? find(id) : undefined;
        if (!found) return error(404, `Resource ${id} not found.`);
        const { backup } = found;
        if (backup.status !== "available") {
          return error(
            400,
            `Backup ${id} is ${backup.status}: only an available backup can be restored.`,
          );
        }
        const { restore } = request.json as {
          restore: { server_id?: string; volume_id?: string; mappings?: { backup_id: string }[] };
        };
        if (backup.resource_type === "OS::Nova::Server") {
          const mapped = new Set((restore.mappings ?? []).map((m) => m.backup_id));
          if (!restore.server_id || backup.children.some((c) => !mapped.has(c.id))) {
            return error(
              400,
              "Invalid parameter: a server restore needs server_id and every disk backup in mappings.",
            );
          }
        } else if (!restore.volume_id) {
          return error(400, "Invalid parameter: a disk restore needs volume_id.");
        }
        setStatus(backup, "restoring");
        later(2, () => {
          if (backup.status === "restoring") setStatus(backup, "available");
        });
        return ok(undefined, 202);
      },
    },
    {
      method: "DELETE",
      path: "/v3/{project_id}/backups/{backup_id}",
      handle(request) {
        const id = request.params.backup_id;
        const found = inProject(request) ? find(id) : undefined;
        if (!found) return error(404, `Resource ${id} not found.`);
        const { backup, holder } = found;
        if (BUSY.has(backup.status)) {
          return error(400, `Backup ${id} is ${backup.status} and cannot be deleted now.`);
        }
        setStatus(backup, "deleting");
        later(1, () => {
          const at = holder.indexOf(backup);
          if (at >= 0) holder.splice(at, 1);
        });
        return ok(undefined, 204);
      },
    },
    {
      method: "GET",
      path: "/v3/{project_id}/policies",
      handle(request) {
        const vaultId = request.query.get("vault_id");
        const type = request.query.get("operation_type");
        const matching = (inProject(request) ? policies : []).filter(
          (p) =>
            (vaultId === null || p.associated_vaults.some((v) => v.vault_id === vaultId)) &&
            (type === null || p.operation_type === type),
        );
        return ok({ policies: matching, count: matching.length });
      },
    },
    {
      method: "PUT",
      path: "/v3/{project_id}/policies/{policy_id}",
      handle(request) {
        const id = request.params.policy_id;
        const policy = inProject(request) ? policies.find((p) => p.id === id) : undefined;
        if (!policy) return error(404, `Policy ${id} not found.`);
        const { policy: change } = request.json as { policy: { enabled?: boolean } };
        if (change.enabled !== undefined) policy.enabled = change.enabled;
        return ok({ policy });
      },
    },
  ];
  return { routes, settle };
}
