import { fromOnapp, kindOf } from "@backupkit/model";
import { createOnappClient, type OnappClient } from "@backupkit/onapp";
import { failureMessage } from "../listing.js";
import { converted, dataOf, SourceError } from "../sources/errors.js";
import type { ResourceChunk, ResourceLister } from "./types.js";

/**
 * Every virtual server is a protectable resource; `enable_autobackups` says
 * whether OnApp backs it up on a schedule. Its backups are listed per server
 * and belong to it: a normal backup names the disk it was taken of, not the
 * server, so the audit matches them by the server they were listed for.
 */
export const onappResources: ResourceLister<"user" | "apiKey"> = {
  id: "onapp",
  async *list(config, context) {
    const client = createOnappClient({
      credentials: { user: config.values.user, apiKey: config.values.apiKey },
      baseUrl: config.baseUrl ?? "",
      ...context.client,
    });
    const servers: unknown = await dataOf(() => client.GET("/virtual_machines.json"));
    if (!Array.isArray(servers)) {
      throw new SourceError(
        `GET /virtual_machines.json: expected a list of virtual servers, got ${kindOf(servers)}`,
      );
    }
    const pending = servers.flatMap((entry: unknown) => {
      const server = (entry as { virtual_machine?: Record<string, unknown> } | null)
        ?.virtual_machine;
      if (typeof server?.id !== "number") return []; // `list` reports these as issues
      const autobackups = server.enable_autobackups;
      const resource = {
        provider: "onapp" as const,
        type: "VirtualMachine",
        id: String(server.id),
        name: typeof server.label === "string" ? server.label : null,
        backupsEnabled: typeof autobackups === "boolean" ? autobackups : null,
      };
      const task = backupsOf(client, server.id).then((chunk) => ({
        ...chunk,
        resources: [resource],
      }));
      task.catch(() => {}); // awaited below, in order
      return [task];
    });
    for (const task of pending) yield await task;
  },
};

async function backupsOf(client: OnappClient, virtualMachineId: number): Promise<ResourceChunk> {
  const what = `GET /virtual_machines/${virtualMachineId}/backups/images.json`;
  const owner = String(virtualMachineId);
  try {
    const body = await dataOf(() =>
      client.GET("/virtual_machines/{virtual_machine_id}/backups/images.json", {
        params: { path: { virtual_machine_id: virtualMachineId } },
      }),
    );
    const result = converted(what, () => fromOnapp(body));
    return { backups: result.backups, issues: result.issues, owner };
  } catch (err) {
    return { unreadable: [{ resourceId: owner, message: failureMessage(err) }] };
  }
}
