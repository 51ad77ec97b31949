import { paginate } from "@backupkit/http";
import { HUAWEI_CBR_MAX_PAGE_SIZE } from "@backupkit/huawei-cbr";
import { dataOf } from "../sources/errors.js";
import { clientFor, huaweiCbrSource } from "../sources/huawei-cbr.js";
import type { ProtectableResource, ResourceLister } from "./types.js";

type Key = "accessKey" | "secretKey" | "securityToken" | "token" | "projectId" | "region";

/**
 * A CBR resource is protectable once it is bound to a vault: the vaults list
 * names each with its `protect_status`. Backups come from the project-wide
 * backup list, matched by `resource_id`.
 */
export const huaweiCbrResources: ResourceLister<Key> = {
  id: "huawei-cbr",
  async *list(config, context) {
    const projectId = config.values.projectId;
    // The same credentials the source signs with: AK/SK, or an IAM token.
    const client = clientFor(config, context);
    const vaults = paginate(
      0,
      async (offset: number) => {
        const body = await dataOf(() =>
          client.GET("/v3/{project_id}/vaults", {
            params: {
              path: { project_id: projectId },
              query: { limit: HUAWEI_CBR_MAX_PAGE_SIZE, offset },
            },
          }),
        );
        const items = Array.isArray(body.vaults) ? body.vaults : [];
        const full = items.length === HUAWEI_CBR_MAX_PAGE_SIZE;
        return { items, next: full ? offset + items.length : undefined };
      },
      { provider: "huawei-cbr" },
    );
    for await (const vault of vaults) {
      const resources: ProtectableResource[] = [];
      for (const resource of vault.resources ?? []) {
        if (typeof resource?.id !== "string" || resource.id === "") continue;
        resources.push({
          provider: "huawei-cbr",
          type: typeof resource.type === "string" ? resource.type : "unknown",
          id: resource.id,
          name: typeof resource.name === "string" ? resource.name : null,
          backupsEnabled: protectedByVault(resource.protect_status),
        });
      }
      yield { resources };
    }
    for await (const chunk of huaweiCbrSource.list(config, context)) {
      yield { backups: chunk.backups, issues: chunk.issues };
    }
  },
};

/** `available` and `protecting` keep backing up; `error` and `removing` do not; anything else says nothing. */
function protectedByVault(status: unknown): boolean | null {
  if (status === "available" || status === "protecting" || status === "restoring") return true;
  if (status === "error" || status === "removing") return false;
  return null;
}
