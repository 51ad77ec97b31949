import { refOf } from "@backupkit/model";
import {
  createNorthflankClient,
  listAllAddonBackupSchedules,
  listAllAddons,
  listAllProjects,
  type NorthflankClient,
} from "@backupkit/northflank";
import { failureMessage } from "../listing.js";
import { asSourceError } from "../sources/errors.js";
import { northflankSource } from "../sources/northflank.js";
import { resourceKey } from "./key.js";
import type { ProtectableResource, ResourceChunk, ResourceLister } from "./types.js";

/**
 * Every addon of every project is a protectable resource. Backups come from
 * the backup destinations, matched by project and addon (`resource.ref`):
 * addon ids are unique within a project only, and two projects often have an
 * addon of the same name, hence the same id. Whether an addon has a
 * backup schedule only matters when it has no backup at all (`protected`
 * passes on either), so schedules are asked for those addons alone, after the
 * backups: one request per unprotected-looking addon rather than per addon.
 */
export const northflankResources: ResourceLister<"token"> = {
  id: "northflank",
  matchByRef: true,
  async *list(config, context) {
    const client = createNorthflankClient({
      token: config.values.token,
      baseUrl: config.baseUrl,
      ...context.client,
    });
    const addons = new Map<string, { projectId: string; resource: ProtectableResource }>();
    try {
      for await (const project of listAllProjects(client)) {
        if (typeof project.id !== "string" || project.id === "") continue;
        const resources: ProtectableResource[] = [];
        for await (const addon of listAllAddons(client, project.id)) {
          if (typeof addon.id !== "string" || addon.id === "") continue;
          const resource: ProtectableResource = {
            provider: "northflank",
            type: "addon",
            id: addon.id,
            name: typeof addon.name === "string" ? addon.name : null,
            backupsEnabled: null,
            ref: refOf(project.id, addon.id),
          };
          addons.set(resourceKey(true, resource), { projectId: project.id, resource });
          resources.push(resource);
        }
        yield { resources };
      }
    } catch (err) {
      throw asSourceError(err);
    }
    const backedUp = new Set<string>();
    for await (const chunk of northflankSource.list(config, context)) {
      for (const backup of chunk.backups) {
        const key = resourceKey(true, backup.resource);
        if (key !== null) backedUp.add(key);
      }
      yield { backups: chunk.backups, issues: chunk.issues };
    }
    const pending = [...addons.values()]
      .filter(({ resource }) => !backedUp.has(resourceKey(true, resource)))
      .map(({ projectId, resource }) => {
        const task = addonChunk(client, projectId, resource);
        task.catch(() => {}); // awaited below, in order
        return task;
      });
    for (const task of pending) yield await task;
  },
};

async function addonChunk(
  client: NorthflankClient,
  projectId: string,
  resource: ProtectableResource,
): Promise<ResourceChunk> {
  const addonId = resource.id;
  try {
    let schedules = 0;
    for await (const _ of listAllAddonBackupSchedules(client, projectId, addonId)) schedules++;
    return { resources: [{ ...resource, backupsEnabled: schedules > 0 }] };
  } catch (err) {
    // The schedules only say whether it is protected: without them it is judged by its backups.
    return {
      issues: [
        {
          provider: "northflank",
          severity: "warning",
          path: `GET /v1/projects/${projectId}/addons/${addonId}/backup-schedules`,
          backupId: null,
          message: `backup schedules not read: ${failureMessage(asSourceError(err))}`,
        },
      ],
    };
  }
}
