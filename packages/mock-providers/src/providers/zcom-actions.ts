import { stepper } from "../actions.js";
import type { MockRequest, MockResponse, MockRoute } from "../types.js";
import type { Backup, BackupRun } from "./zcom.js";

export interface ZcomData {
  /** The tenant's backups, one per VM with automatic backup; the actions change it in place. */
  backups: Backup[];
  /** Every VM of the tenant, with automatic backup or without. */
  vms: ReadonlySet<string>;
}

export interface ZcomActionHelpers {
  error: (status: number, message: string) => MockResponse;
  /** Nova's answer for a URL whose tenant is not the token's; null when it is the token's. */
  otherTenant: (request: MockRequest) => MockResponse | null;
  /** A body as Z.com sends every body, JSON served as `text/html`. */
  html: (value: unknown) => MockResponse;
  /** Called after every change, so the list is rendered again. */
  changed: () => void;
  newId: () => string;
  newRunId: () => string;
}

/**
 * Z.com's automatic-backup actions as state machines, one step per `paceMs`:
 * enabling adds the VM's backup, whose first run appears a step later (the
 * service's own schedule, compressed); disabling removes the backup with all
 * its runs at once; a restore puts the run in `restoring` for two steps, then
 * `available` again. Keeping a run as an image changes nothing listed.
 */
export function zcomActions(
  data: ZcomData,
  helpers: ZcomActionHelpers,
  paceMs: number,
): { routes: MockRoute[]; settle(): void } {
  const { later, settle } = stepper(paceMs);
  const { error, otherTenant, html, changed } = helpers;
  const backupOf = (request: MockRequest) =>
    data.backups.find((b) => b.id === request.params.backup_id);
  const notFound = () => error(404, "Backup could not be found.");

  const routes: MockRoute[] = [
    {
      method: "POST",
      path: "/{tenant_id}/backup",
      handle(request) {
        const refused = otherTenant(request);
        if (refused) return refused;
        const { backup } = request.json as { backup: { instance_id: string } };
        const vm = backup.instance_id;
        if (!data.vms.has(vm)) return error(404, `Instance ${vm} could not be found.`);
        if (data.backups.some((b) => b.instance_id === vm)) {
          return error(400, `Automatic backup is already enabled for instance ${vm}.`);
        }
        const created: Backup = { instance_id: vm, id: helpers.newId(), backupruns: [] };
        data.backups.push(created);
        changed();
        later(1, () => {
          // Only while it is still on: a backup disabled meanwhile takes no run.
          if (!data.backups.includes(created)) return;
          created.backupruns.push({
            status: "available",
            created_at: rfc3339(Date.now()),
            backuprun_id: helpers.newRunId(),
            type: "instance",
          });
          changed();
        });
        const answer = { instance_id: vm, created_at: rfc3339(Date.now()), id: created.id };
        return { ...html({ backup: answer }), status: 201 };
      },
    },
    {
      method: "DELETE",
      path: "/{tenant_id}/backup/{backup_id}",
      handle(request) {
        const refused = otherTenant(request);
        if (refused) return refused;
        const backup = backupOf(request);
        if (!backup) return notFound();
        // Z.com keeps runs only while automatic backup is on: they go with it.
        data.backups.splice(data.backups.indexOf(backup), 1);
        changed();
        return { status: 204 };
      },
    },
    {
      method: "POST",
      path: "/{tenant_id}/backup/{backup_id}/action",
      handle(request) {
        const refused = otherTenant(request);
        if (refused) return refused;
        const backup = backupOf(request);
        if (!backup) return notFound();
        const body = request.json as
          | { restore: { backuprun_id: string } }
          | { createImage: { backuprun_id: string; image_name?: string } };
        const runId = "restore" in body ? body.restore.backuprun_id : body.createImage.backuprun_id;
        const run = backup.backupruns.find((r) => r.backuprun_id === runId);
        if (!run) return error(404, `Backup run ${runId} could not be found.`);
        if (run.status !== "available") {
          return error(
            409,
            `Backup run ${runId} is ${run.status || "not ready"}: try again later.`,
          );
        }
        if ("restore" in body) restoreRun(run);
        return accepted();
      },
    },
  ];

  function restoreRun(run: BackupRun): void {
    run.status = "restoring";
    changed();
    later(2, () => {
      run.status = "available";
      changed();
    });
  }

  return { routes, settle };
}

/** 202 with an empty body, served as `text/html` like the page shows. */
function accepted(): MockResponse {
  return { status: 202, contentType: "text/html; charset=UTF-8", text: "" };
}

/** `2015-02-28T12:56:29Z`, as the samples write times. */
function rfc3339(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
