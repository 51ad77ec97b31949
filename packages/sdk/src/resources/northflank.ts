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
import type { ProtectableResource, ResourceChunk, ResourceLister } from "./types.js";

/**
 * Every addon of every project is a protectable resource; one with a backup
 * schedule is backed up automatically. Backups come from the backup
 * destinations, matched by the addon's id.
 */
export const northflankResources: ResourceLister<"token"> = {
  id: "northflank",
  async *list(config, context) {
    const client = createNorthflankClient({
      token: config.values.token,
      baseUrl: config.baseUrl,
      ...context.client,
    });
    try {
      for await (const project of listAllProjects(client)) {
        if (typeof project.id !== "string" || project.id === "") continue;
        const pending: Promise<ResourceChunk>[] = [];
        for await (const addon of listAllAddons(client, project.id)) {
          if (typeof addon.id !== "string" || addon.id === "") continue;
          const task = addonChunk(client, project.id, addon.id, addon.name);
          task.catch(() => {}); // awaited below, in order
          pending.push(task);
        }
        for (const task of pending) yield await task;
      }
    } catch (err) {
      throw asSourceError(err);
    }
    for await (const chunk of northflankSource.list(config, context)) {
      yield { backups: chunk.backups, issues: chunk.issues };
    }
  },
};

async function addonChunk(
  client: NorthflankClient,
  projectId: string,
  addonId: string,
  name: unknown,
): Promise<ResourceChunk> {
  const resource: ProtectableResource = {
    provider: "northflank",
    type: "addon",
    id: addonId,
    name: typeof name === "string" ? name : null,
    backupsEnabled: null,
  };
  try {
    let schedules = 0;
    for await (const _ of listAllAddonBackupSchedules(client, projectId, addonId)) schedules++;
    return { resources: [{ ...resource, backupsEnabled: schedules > 0 }] };
  } catch (err) {
    // The schedules only say whether it is protected; its backups still tell.
    return {
      resources: [resource],
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
