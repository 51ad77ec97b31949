import { scrubThenCut } from "@backupkit/http";
import {
  HUAWEI_CBR_DEFAULT_REGION,
  type HuaweiCbrClient,
  type HuaweiCbrRestoreRequest,
  huaweiCbrAuthHeadersShown,
  huaweiCbrBaseUrl,
} from "@backupkit/huawei-cbr";
import { type Backup, fromHuaweiCbr } from "@backupkit/model";
import { ArgumentError } from "../errors.js";
import { SourceError } from "../sources/errors.js";
import { clientFor } from "../sources/huawei-cbr.js";
import type { SourceConfig, SourceContext } from "../sources/types.js";
import { baseUrlOf, refParts } from "./refs.js";
import { send } from "./send.js";
import type { PlannedRequest, ProviderOperations } from "./types.js";

type Config = Parameters<typeof clientFor>[0];

/**
 * Refs carry the project (list prints `projectId/backupId` and
 * `projectId/vaultId/resourceId`); requests are signed for the configured
 * project, so a ref of another project is refused before anything is sent.
 */
function inProject(config: SourceConfig, projectId: string, ref: string): void {
  if (projectId !== config.values.projectId) {
    throw new ArgumentError(
      `${JSON.stringify(ref)} is of project ${projectId}, but huawei-cbr is configured for project ${config.values.projectId}`,
    );
  }
}

const backupParts = (ref: string) =>
  refParts("a Huawei CBR backup ref", ref, ["projectId", "backupId"]);
const resourceParts = (ref: string) =>
  refParts("a Huawei CBR resource ref", ref, ["projectId", "vaultId", "resourceId"]);

/** A backup, from its ref (`projectId/backupId`). */
function backupRef(config: SourceConfig, ref: string) {
  const parts = backupParts(ref);
  inProject(config, parts.projectId, ref);
  return parts;
}

/** A resource and the vault its backups go to, from its ref (`projectId/vaultId/resourceId`). */
function resourceRef(config: SourceConfig, ref: string) {
  const parts = resourceParts(ref);
  inProject(config, parts.projectId, ref);
  return parts;
}

/** CBR's rule for a backup name, checked here so a bad --label is a usage error, not a 400. */
const BACKUP_NAME = /^[A-Za-z0-9_-]{1,64}$/;

function checkpointBody(vaultId: string, resourceId: string, label: string | undefined) {
  if (label !== undefined && !BACKUP_NAME.test(label)) {
    throw new ArgumentError(
      `--label must be 1 to 64 letters, digits, "_" or "-" (CBR's rule for a backup name), got ${JSON.stringify(label)}`,
    );
  }
  return {
    checkpoint: {
      vault_id: vaultId,
      parameters: { resources: [resourceId], ...(label === undefined ? {} : { name: label }) },
    },
  };
}

function url(config: SourceConfig, path: string): string {
  let base = config.baseUrl;
  try {
    base ??= huaweiCbrBaseUrl(config.values.region ?? HUAWEI_CBR_DEFAULT_REGION);
  } catch (err) {
    // A region that is not a region ID: said as the source says it.
    if (err instanceof TypeError) throw new SourceError(err.message.replace(/^huawei-cbr: /, ""));
    throw err;
  }
  return `${baseUrlOf(base, "")}${path}`;
}

/** A request as --dry-run shows it, with the headers the client adds (signature redacted). */
function planned(
  config: SourceConfig,
  method: PlannedRequest["method"],
  path: string,
  body?: unknown,
): PlannedRequest {
  return {
    method,
    url: url(config, path),
    ...(body === undefined ? {} : { body }),
    headers: huaweiCbrAuthHeadersShown(config.values),
  };
}

const client = (config: SourceConfig, context: SourceContext): HuaweiCbrClient =>
  clientFor(config as Config, context);

/** An id CBR answered, before it goes into a path or a message: anything else is refused. */
function cbrId(what: string, value: unknown): string {
  if (typeof value === "string" && /^[A-Za-z0-9_-]{1,128}$/.test(value)) return value;
  throw new SourceError(`CBR answered ${what} that is not an id: ${scrubThenCut(String(value))}`);
}

/** Resource types whose backup holds one disk backup per disk, in `children`. */
const WHOLE_SERVER = new Set(["OS::Nova::Server", "OS::Ironic::BareMetalServer"]);

type ShownBackup = {
  resource_id?: unknown;
  resource_type?: unknown;
  children?: { id?: unknown; resource_id?: unknown }[] | null;
};

/**
 * The restore body for a backup, as CBR wants it per resource type: a
 * whole-server backup names the server and maps each of its disk backups (its
 * children) to the disk it was taken of; a disk backup names the disk; other
 * resources (file systems, desktops) the resource, as `resource_id` (the
 * reference calls it only "the resource to restore to": a doubt, and no mock
 * serves such backups). Only a disk backup can go
 * to another resource: a server restore needs every disk of the target mapped,
 * and CBR lists only the disks of the server the backup was taken of.
 */
function restoreBody(
  backupId: string,
  shown: ShownBackup,
  target: string | undefined,
): HuaweiCbrRestoreRequest {
  const own = cbrId("a resource_id", shown.resource_id);
  if (WHOLE_SERVER.has(String(shown.resource_type))) {
    if (target !== undefined && target !== own) {
      throw new ArgumentError(
        `backup ${backupId} is a whole-server backup: it restores only onto server ${own}, its disks each onto the disk they were taken of. To restore one disk elsewhere, restore that disk's backup (listed after the server's) with --target`,
      );
    }
    const mappings = (shown.children ?? []).map((child) => ({
      backup_id: cbrId("a disk backup id", child.id),
      volume_id: cbrId("a disk id", child.resource_id),
    }));
    if (mappings.length === 0) {
      throw new SourceError(
        `CBR lists no disk backups in server backup ${backupId}: nothing to map`,
      );
    }
    return { restore: { server_id: own, mappings, power_on: true } };
  }
  if (shown.resource_type === "OS::Cinder::Volume") {
    return { restore: { volume_id: target ?? own } };
  }
  return { restore: { resource_id: target ?? own } };
}

/** What --dry-run shows of the restore body: the server or disk comes from the backup CBR shows. */
const restorePlanBody = (target: string | undefined) =>
  target === undefined
    ? {
        restore:
          "{from the backup: server_id, the mappings of its disk backups to its disks and power_on for a server; volume_id for a disk}",
      }
    : { restore: { volume_id: target } };

function policyToggle(enabled: boolean) {
  const verb = enabled ? "on" : "off";
  const operation = enabled ? ("enableSchedule" as const) : ("disableSchedule" as const);
  return {
    endpoints: ["GET /v3/{project_id}/policies", "PUT /v3/{project_id}/policies/{policy_id}"],
    about: enabled
      ? "Enables the backup policy applied to the resource's vault (--resource is project/vault/resource): it schedules every resource in that vault, and in every other vault it is applied to. backupkit creates no policy."
      : "Disables the backup policy applied to the resource's vault: no scheduled backups of any resource in that vault, or in other vaults the policy is applied to, until it is enabled again. Backups already taken are kept. It asks.",
    plan: (config: SourceConfig, { resource }: { resource: string }) => {
      const r = resourceRef(config, resource);
      return [
        planned(
          config,
          "GET",
          `/v3/${r.projectId}/policies?operation_type=backup&vault_id=${r.vaultId}`,
        ),
        planned(config, "PUT", `/v3/${r.projectId}/policies/{policy_id}`, { policy: { enabled } }),
      ];
    },
    loses: ({ resource }: { resource: string }) =>
      enabled
        ? null
        : `the scheduled backups of every resource in vault ${resourceParts(resource).vaultId}, and in any other vault its backup policy is applied to, until the policy is enabled again (backups already taken are kept)`,
    async run(config: SourceConfig, { resource }: { resource: string }, context: SourceContext) {
      const { projectId, vaultId } = resourceRef(config, resource);
      const cbr = client(config, context);
      const body = await send(
        () =>
          cbr.GET("/v3/{project_id}/policies", {
            params: {
              path: { project_id: projectId },
              query: { operation_type: "backup", vault_id: vaultId },
            },
          }),
        { repeatable: true, what: "", check: "" },
      );
      // Only policies that name the vault: a region that ignored the filter
      // must not get every policy of the project switched.
      const policies = (body.policies ?? []).filter((policy) =>
        policy.associated_vaults?.some((vault) => vault.vault_id === vaultId),
      );
      if (policies.length === 0) {
        throw new SourceError(
          `vault ${vaultId} has no backup policy applied, so there is no schedule to turn ${verb}: apply a policy to the vault in CBR (backupkit does not create policies)`,
        );
      }
      const others = new Set<string>();
      for (const policy of policies) {
        const policyId = cbrId("a policy id", policy.id);
        // Setting `enabled` twice leaves it the same: a lost answer can be asked again.
        await send(
          () =>
            cbr.PUT("/v3/{project_id}/policies/{policy_id}", {
              params: { path: { project_id: projectId, policy_id: policyId } },
              body: { policy: { enabled } },
            }),
          { repeatable: true, what: "", check: "" },
        );
        for (const vault of policy.associated_vaults ?? []) {
          if (vault.vault_id !== vaultId) others.add(vault.vault_id);
        }
      }
      const ids = policies.map((p) => p.id).join(", ");
      const also = others.size > 0 ? `, and of ${others.size} other vault(s) it is applied to` : "";
      return {
        provider: "huawei-cbr" as const,
        operation,
        backups: [],
        message: `turned backup policy ${ids} ${verb}: the scheduled backups of vault ${vaultId}${also}`,
      };
    },
  };
}

export const huaweiCbrOperations: ProviderOperations = {
  provider: "huawei-cbr",
  unsupported: {
    cancel:
      "CBR has no call that stops a backup in progress: it runs to its end (delete the backup then)",
  },
  operations: {
    create: {
      endpoints: ["POST /v3/{project_id}/checkpoints", "GET /v3/{project_id}/backups"],
      about:
        "Backs up one resource in its vault (a checkpoint of that resource; --label names the backup: letters, digits, _ and -). --resource is project/vault/resource, as list prints it. The new backup is then looked up by its checkpoint, for --wait.",
      plan(config, { resource, label }) {
        const r = resourceRef(config, resource);
        return [
          planned(
            config,
            "POST",
            `/v3/${r.projectId}/checkpoints`,
            checkpointBody(r.vaultId, r.resourceId, label),
          ),
          planned(
            config,
            "GET",
            `/v3/${r.projectId}/backups?checkpoint_id={checkpoint_id}&resource_id=${r.resourceId}`,
          ),
        ];
      },
      loses: () => null,
      async run(config, { resource, label }, context) {
        const { projectId, vaultId, resourceId } = resourceRef(config, resource);
        const cbr = client(config, context);
        const { checkpoint } = await send(
          () =>
            cbr.POST("/v3/{project_id}/checkpoints", {
              params: { path: { project_id: projectId } },
              body: checkpointBody(vaultId, resourceId, label),
            }),
          {
            repeatable: false,
            what: `a backup of resource ${resourceId}`,
            check: `"backupkit list -p huawei-cbr" (a new backup shows as pending or running)`,
          },
        );
        // CBR answers 200 even when it left the resource out (one already being backed up).
        const skipped = checkpoint.vault?.skipped_resources?.find((s) => s.id === resourceId);
        if (skipped) {
          const why = [skipped.code, skipped.reason].filter(Boolean).join(": ");
          throw new SourceError(
            `CBR did not back up resource ${resourceId}: ${scrubThenCut(why || "it gave no reason")}`,
          );
        }
        const checkpointId = cbrId("a checkpoint id", checkpoint.id);
        const listed = await send(
          () =>
            cbr.GET("/v3/{project_id}/backups", {
              params: {
                path: { project_id: projectId },
                query: { checkpoint_id: checkpointId, resource_id: resourceId },
              },
            }),
          { repeatable: true, what: "", check: "" },
        );
        const backups: Backup[] = fromHuaweiCbr(listed).backups;
        const ref = backups.find((b) => b.resource.id === resourceId)?.ref;
        const started = `started a backup of resource ${resourceId} in vault ${vaultId} (checkpoint ${checkpointId})`;
        return {
          provider: "huawei-cbr",
          operation: "create",
          backups,
          message: ref
            ? started
            : `${started}; CBR does not list its backup yet: find it with "backupkit list -p huawei-cbr"`,
          ...(ref ? { watch: { ref, until: "available" as const } } : {}),
        };
      },
    },
    restore: {
      endpoints: [
        "GET /v3/{project_id}/backups/{backup_id}",
        "POST /v3/{project_id}/backups/{backup_id}/restore",
      ],
      about:
        "Restores the backup onto what it was taken of, overwriting it (--overwrite or not): a whole-server backup onto its server, each disk backup onto its disk; the server is stopped while it runs and started after. A disk backup can go to another disk with --target (a resource ref). It asks. --wait returns once the backup is available again.",
      plan(config, { ref, target }) {
        const { projectId, backupId } = backupRef(config, ref);
        const to = target === undefined ? undefined : resourceRef(config, target).resourceId;
        return [
          planned(config, "GET", `/v3/${projectId}/backups/${backupId}`),
          planned(
            config,
            "POST",
            `/v3/${projectId}/backups/${backupId}/restore`,
            restorePlanBody(to),
          ),
        ];
      },
      loses({ ref, target }) {
        const what =
          target === undefined
            ? `the server or disk backup ${backupParts(ref).backupId} was taken of`
            : `resource ${resourceParts(target).resourceId}`;
        return `the current data of ${what}, which the restore overwrites`;
      },
      async run(config, { ref, target }, context) {
        const { projectId, backupId } = backupRef(config, ref);
        const to = target === undefined ? undefined : resourceRef(config, target).resourceId;
        const cbr = client(config, context);
        const path = { project_id: projectId, backup_id: backupId };
        const shown = await send(
          () => cbr.GET("/v3/{project_id}/backups/{backup_id}", { params: { path } }),
          { repeatable: true, what: "", check: "" },
        );
        const body = restoreBody(backupId, shown.backup as ShownBackup, to);
        const onto = body.restore.server_id ?? body.restore.volume_id ?? body.restore.resource_id;
        await send(
          () =>
            cbr.POST("/v3/{project_id}/backups/{backup_id}/restore", {
              params: { path },
              body,
              // CBR answers 202 with no body.
              parseAs: "text",
            }),
          {
            repeatable: false,
            what: `the restore of backup ${backupId} onto ${onto}`,
            check: `"backupkit get -p huawei-cbr ${ref}" (restoring while it runs)`,
          },
        );
        return {
          provider: "huawei-cbr",
          operation: "restore",
          backups: [],
          message: `started restoring backup ${backupId} onto ${onto}`,
          watch: { ref, until: "available" },
        };
      },
    },
    delete: {
      endpoints: ["DELETE /v3/{project_id}/backups/{backup_id}"],
      about:
        "Deletes the backup for good (a server backup with the disk backups it holds). It asks. --wait returns once CBR no longer has it.",
      plan(config, { ref }) {
        const { projectId, backupId } = backupRef(config, ref);
        return [planned(config, "DELETE", `/v3/${projectId}/backups/${backupId}`)];
      },
      loses: ({ ref }) =>
        `backup ${backupParts(ref).backupId}, and the disk backups it holds if it is a server backup`,
      async run(config, { ref }, context) {
        const { projectId, backupId } = backupRef(config, ref);
        await send(
          () =>
            client(config, context).DELETE("/v3/{project_id}/backups/{backup_id}", {
              params: { path: { project_id: projectId, backup_id: backupId } },
            }),
          { repeatable: true, what: "", check: "" },
        );
        return {
          provider: "huawei-cbr",
          operation: "delete",
          backups: [],
          message: `deleting backup ${backupId}`,
          watch: { ref, until: "gone" },
        };
      },
    },
    enableSchedule: policyToggle(true),
    disableSchedule: policyToggle(false),
  },
  async get(config, ref, context) {
    const { projectId, backupId } = backupRef(config, ref);
    const result = await client(config, context).GET("/v3/{project_id}/backups/{backup_id}", {
      params: { path: { project_id: projectId, backup_id: backupId } },
    });
    if (result.response.status === 404) return null;
    const body = await send(async () => result, { repeatable: true, what: "", check: "" });
    return fromHuaweiCbr(body).backups[0] ?? null;
  },
};
