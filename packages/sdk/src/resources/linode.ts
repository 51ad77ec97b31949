import { paginate } from "@backupkit/http";
import { createLinodeClient, type LinodeClient } from "@backupkit/linode";
import { fromLinode } from "@backupkit/model";
import { failureMessage } from "../listing.js";
import { converted, dataOf } from "../sources/errors.js";
import type { ResourceChunk, ResourceLister } from "./types.js";

/** Linode's largest page: the fewest requests to enumerate the instances. */
const PAGE_SIZE = 500;

/**
 * Every Linode instance is a protectable resource: `backups.enabled` says
 * whether the Backup service runs for it. Its backups are listed per
 * instance, as `list` does, so the audit costs no more requests than a listing.
 */
export const linodeResources: ResourceLister<"token"> = {
  id: "linode",
  async *list(config, context) {
    const client = createLinodeClient({
      token: config.values.token,
      baseUrl: config.baseUrl,
      ...context.client,
    });
    const instances = paginate(
      1,
      async (page: number) => {
        const body = await dataOf(() =>
          client.GET("/linode/instances", { params: { query: { page, page_size: PAGE_SIZE } } }),
        );
        return { items: body.data, next: body.page < body.pages ? body.page + 1 : undefined };
      },
      { provider: "linode" },
    );
    const pending: Promise<ResourceChunk>[] = [];
    for await (const instance of instances) {
      if (typeof instance.id !== "number") continue; // `list` reports these as issues
      const id = String(instance.id);
      const enabled =
        typeof instance.backups?.enabled === "boolean" ? instance.backups.enabled : null;
      const resource = {
        provider: "linode" as const,
        type: "linode",
        id,
        name: typeof instance.label === "string" ? instance.label : null,
        backupsEnabled: enabled,
      };
      // Cancelling the Backup service deletes every backup: nothing to read.
      const task =
        enabled === false
          ? Promise.resolve({ resources: [resource] })
          : backupsOf(client, instance.id, resource.name).then((chunk) => ({
              ...chunk,
              resources: [resource],
            }));
      task.catch(() => {}); // awaited below, in order
      pending.push(task);
    }
    for (const task of pending) yield await task;
  },
};

async function backupsOf(
  client: LinodeClient,
  linodeId: number,
  linodeLabel: string | null,
): Promise<ResourceChunk> {
  const what = `GET /linode/instances/${linodeId}/backups`;
  const owner = String(linodeId);
  try {
    const body = await dataOf(() =>
      client.GET("/linode/instances/{linodeId}/backups", { params: { path: { linodeId } } }),
    );
    const result = converted(what, () =>
      fromLinode(body, { linodeId, linodeLabel: linodeLabel ?? undefined }),
    );
    return { backups: result.backups, issues: result.issues, owner };
  } catch (err) {
    return { unreadable: [{ resourceId: owner, message: failureMessage(err) }] };
  }
}
