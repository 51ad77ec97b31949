import { fromZcom } from "@backupkit/model";
import { asSourceError, converted, dataOf, SourceError } from "../sources/errors.js";
import { clientFor } from "../sources/zcom.js";
import type { ProtectableResource, ResourceLister } from "./types.js";

type Keys = string;

/** Nova's default page limit: a shorter page is the last one. */
const PAGE_SIZE = 1000;
/** Pages of VMs before the walk gives up: a marker the server ignores would loop. */
const MAX_PAGES = 1000;

/**
 * Every VM is a protectable resource. The backup list holds one backup per
 * VM with automatic backup enabled, even before its first run: that is what
 * says a VM is protected. Its runs are matched to the VM by `instance_id`.
 */
export const zcomResources: ResourceLister<Keys> = {
  id: "zcom",
  async *list(config, context) {
    // The same sign-in as the source: a ready token, or a user name and password.
    const client = clientFor(config, context);
    let tenantId: string;
    try {
      tenantId = await client.tenantId();
    } catch (err) {
      throw asSourceError(err);
    }
    const backupList = dataOf(() =>
      client.GET("/{tenant_id}/backup", { params: { path: { tenant_id: tenantId } } }),
    );
    backupList.catch(() => {}); // awaited below, after the VMs
    const servers: { id: string; name: string | null }[] = [];
    let marker: string | undefined;
    for (let page = 0; ; page++) {
      if (page >= MAX_PAGES) {
        throw new SourceError(`GET /${tenantId}/servers/detail: stopped after ${MAX_PAGES} pages`);
      }
      const body = await dataOf(() =>
        client.GET("/{tenant_id}/servers/detail", {
          params: { path: { tenant_id: tenantId }, query: { limit: PAGE_SIZE, marker } },
        }),
      );
      const list = Array.isArray(body.servers) ? body.servers : [];
      for (const server of list) {
        if (typeof server?.id !== "string" || server.id === "") continue;
        servers.push({ id: server.id, name: displayName(server) });
      }
      const last = list.at(-1)?.id;
      if (list.length < PAGE_SIZE || typeof last !== "string" || last === marker) break;
      marker = last;
    }
    const body = await backupList;
    const enabled = new Set<string>();
    for (const backup of Array.isArray(body.backup) ? body.backup : []) {
      const id = (backup as { instance_id?: unknown } | null)?.instance_id;
      if (typeof id === "string") enabled.add(id);
    }
    const resources: ProtectableResource[] = servers.map((server) => ({
      provider: "zcom",
      type: "instance",
      id: server.id,
      name: server.name,
      backupsEnabled: enabled.has(server.id),
    }));
    const result = converted(`GET /${tenantId}/backup`, () => fromZcom(body));
    yield { resources, backups: result.backups, issues: result.issues };
  },
};

/** ConoHa keeps the name shown in its control panel in `metadata.instance_name_tag`. */
function displayName(server: {
  name?: unknown;
  metadata?: Record<string, unknown>;
}): string | null {
  const tag = server.metadata?.instance_name_tag;
  if (typeof tag === "string" && tag !== "") return tag;
  return typeof server.name === "string" ? server.name : null;
}
