import { fromOnapp } from "@backupkit/model";
import { createOnappClient, type OnappClient } from "@backupkit/onapp";
import { ArgumentError } from "../errors.js";
import type { SourceConfig, SourceContext } from "../sources/types.js";
import { baseUrlOf, numericId, refParts } from "./refs.js";
import { send } from "./send.js";
import type { ProviderOperations } from "./types.js";

/** A backup's ref is its id alone: OnApp addresses backups account-wide. */
const backupIdOf = (ref: string) =>
  numericId("backupId", refParts("an OnApp backup ref", ref, ["backupId"]).backupId);

/**
 * A resource ref says which kind it is (`disk/12`, `virtual_machine/34`):
 * disks are backed up one by one, and autobackup is set per virtual machine.
 */
function resourceOf(ref: string, kind: "disk" | "virtual_machine", operation: string): number {
  const parts = refParts("an OnApp resource ref", ref, ["kind", "id"]);
  if (parts.kind !== kind) {
    throw new ArgumentError(
      `OnApp's ${operation} takes a ${kind}/<id> ref, got ${JSON.stringify(ref)}${kind === "virtual_machine" ? " (autobackup is set per virtual machine)" : " (OnApp backs up one disk at a time)"}`,
    );
  }
  return numericId(`${kind} id`, parts.id);
}

const url = (config: SourceConfig, path: string) => `${baseUrlOf(config.baseUrl, "")}${path}`;

function client(config: SourceConfig, context: SourceContext): OnappClient {
  return createOnappClient({
    credentials: { user: config.values.user ?? "", apiKey: config.values.apiKey ?? "" },
    baseUrl: config.baseUrl ?? "",
    ...context.client,
  });
}

function autobackup(enable: boolean) {
  const path = enable ? "autobackup_enable" : "autobackup_disable";
  return {
    endpoints: [`POST /virtual_machines/{virtual_machine_id}/${path}.json`],
    about: enable
      ? "Turns the virtual server's automatic backups on. --resource is virtual_machine/<id>."
      : "Turns the virtual server's automatic backups off; backups already taken are kept. It asks.",
    plan: (config: SourceConfig, { resource }: { resource: string }) => [
      {
        method: "POST" as const,
        url: url(
          config,
          `/virtual_machines/${resourceOf(resource, "virtual_machine", "schedule")}/${path}.json`,
        ),
      },
    ],
    loses: ({ resource }: { resource: string }) =>
      enable
        ? null
        : `the automatic backups of virtual server ${resourceOf(resource, "virtual_machine", "schedule")} from now on`,
    async run(config: SourceConfig, { resource }: { resource: string }, context: SourceContext) {
      const id = resourceOf(resource, "virtual_machine", "schedule");
      const nf = client(config, context);
      // Turning autobackup on or off twice leaves it the same: a lost answer can be
      // asked again. OnApp answers with no body.
      await send(
        () =>
          enable
            ? nf.POST("/virtual_machines/{virtual_machine_id}/autobackup_enable.json", {
                params: { path: { virtual_machine_id: id } },
                parseAs: "text",
              })
            : nf.POST("/virtual_machines/{virtual_machine_id}/autobackup_disable.json", {
                params: { path: { virtual_machine_id: id } },
                parseAs: "text",
              }),
        { repeatable: true, what: "", check: "" },
      );
      return {
        provider: "onapp" as const,
        operation: enable ? ("enableSchedule" as const) : ("disableSchedule" as const),
        backups: [],
        message: `turned autobackup ${enable ? "on" : "off"} for virtual server ${id}`,
      };
    },
  };
}

export const onappOperations: ProviderOperations = {
  provider: "onapp",
  unsupported: { cancel: "OnApp's API has no call that stops a backup in progress" },
  operations: {
    create: {
      endpoints: ["POST /settings/disks/{disk_id}/backups.json"],
      about: "Backs up one disk (--label becomes the backup's note). --resource is disk/<id>.",
      plan: (config, { resource, label }) => [
        {
          method: "POST",
          url: url(
            config,
            `/settings/disks/${resourceOf(resource, "disk", "create")}/backups.json`,
          ),
          ...(label === undefined ? {} : { body: { backup: { note: label } } }),
        },
      ],
      loses: () => null,
      async run(config, { resource, label }, context) {
        const diskId = resourceOf(resource, "disk", "create");
        const body = await send(
          () =>
            client(config, context).POST("/settings/disks/{disk_id}/backups.json", {
              params: { path: { disk_id: diskId } },
              ...(label === undefined ? {} : { body: { backup: { note: label } } }),
            }),
          {
            repeatable: false,
            what: `a backup of disk ${diskId}`,
            check: `"backupkit list -p onapp" (a queued backup shows as pending)`,
          },
        );
        const { backups } = fromOnapp([body]);
        const ref = backups[0]?.ref;
        return {
          provider: "onapp",
          operation: "create",
          backups,
          message: `queued a backup of disk ${diskId}`,
          ...(ref ? { watch: { ref, until: "available" as const } } : {}),
        };
      },
    },
    restore: {
      endpoints: ["POST /backups/{backup_id}/restore.json"],
      about:
        "Restores the backup onto the disk or virtual server it was taken of, overwriting it; OnApp has no other target. It asks.",
      plan(config, { ref, target }) {
        if (target !== undefined)
          throw new ArgumentError(
            "OnApp restores a backup only onto what it was taken of: --target is not supported",
          );
        return [{ method: "POST", url: url(config, `/backups/${backupIdOf(ref)}/restore.json`) }];
      },
      loses: ({ ref }) =>
        `the current data of the disk or virtual server backup ${backupIdOf(ref)} was taken of`,
      async run(config, { ref }, context) {
        const backupId = backupIdOf(ref);
        await send(
          () =>
            client(config, context).POST("/backups/{backup_id}/restore.json", {
              params: { path: { backup_id: backupId } },
              // OnApp answers with no body.
              parseAs: "text",
            }),
          {
            repeatable: false,
            what: `the restore of backup ${backupId}`,
            check: "the transactions log of the virtual server in OnApp",
          },
        );
        return {
          provider: "onapp",
          operation: "restore",
          backups: [],
          message: `queued the restore of backup ${backupId}`,
        };
      },
    },
    delete: {
      endpoints: ["DELETE /backups/{backup_id}.json"],
      about: "Deletes the backup for good: it is marked for deletion, then removed. It asks.",
      plan: (config, { ref }) => [
        { method: "DELETE", url: url(config, `/backups/${backupIdOf(ref)}.json`) },
      ],
      loses: ({ ref }) => `backup ${backupIdOf(ref)}`,
      async run(config, { ref }, context) {
        const backupId = backupIdOf(ref);
        await send(
          () =>
            client(config, context).DELETE("/backups/{backup_id}.json", {
              params: { path: { backup_id: backupId } },
            }),
          { repeatable: true, what: "", check: "" },
        );
        return {
          provider: "onapp",
          operation: "delete",
          backups: [],
          message: `deleting backup ${backupId}`,
          watch: { ref, until: "gone" },
        };
      },
    },
    enableSchedule: autobackup(true),
    disableSchedule: autobackup(false),
  },
  async get(config, ref, context) {
    const backupId = backupIdOf(ref);
    const result = await client(config, context).GET("/backups/{backup_id}.json", {
      params: { path: { backup_id: backupId } },
    });
    if (result.response.status === 404) return null;
    const body = await send(async () => result, { repeatable: true, what: "", check: "" });
    return fromOnapp([body]).backups[0] ?? null;
  },
};
