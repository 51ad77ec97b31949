import { createLinodeClient, LINODE_BASE_URL, type LinodeClient } from "@backupkit/linode";
import { fromLinode } from "@backupkit/model";
import type { SourceConfig, SourceContext } from "../sources/types.js";
import { baseUrlOf, numericId, refParts } from "./refs.js";
import { send } from "./send.js";
import type { ProviderOperations } from "./types.js";

/** What Linode needs to address a backup, from its `ref` (`linodeId/backupId`). */
function backupRef(ref: string) {
  const parts = refParts("a Linode backup ref", ref, ["linodeId", "backupId"]);
  return {
    linodeId: numericId("linodeId", parts.linodeId),
    backupId: numericId("backupId", parts.backupId),
  };
}

/** A Linode, from a `resource.ref` (`linodeId`) or a backup's ref. */
function linodeOf(ref: string): number {
  const names = ref.includes("/") ? (["linodeId", "backupId"] as const) : (["linodeId"] as const);
  return numericId("linodeId", refParts("a Linode ref", ref, names).linodeId);
}

const url = (config: SourceConfig, path: string) =>
  `${baseUrlOf(config.baseUrl, LINODE_BASE_URL)}${path}`;

function client(config: SourceConfig, context: SourceContext): LinodeClient {
  return createLinodeClient({
    token: config.values.token ?? "",
    baseUrl: config.baseUrl,
    ...context.client,
  });
}

/** Linode has no default snapshot label; this one says where the snapshot came from. */
const DEFAULT_LABEL = "backupkit-snapshot";

const everyBackup = (linodeId: number) =>
  `every backup of Linode ${linodeId} (its automatic backups and its snapshot), and its Backup service`;

const cancelService = {
  plan: (config: SourceConfig, ref: string) => [
    {
      method: "POST" as const,
      url: url(config, `/linode/instances/${linodeOf(ref)}/backups/cancel`),
    },
  ],
  loses: (ref: string) => everyBackup(linodeOf(ref)),
  async run(config: SourceConfig, ref: string, context: SourceContext) {
    const linodeId = linodeOf(ref);
    await send(
      () =>
        client(config, context).POST("/linode/instances/{linodeId}/backups/cancel", {
          params: { path: { linodeId } },
        }),
      {
        repeatable: false,
        what: `cancelling the Backup service of Linode ${linodeId}`,
        check: `"backupkit list -p linode" (a cancelled Linode lists no backups)`,
      },
    );
    return `cancelled the Backup service of Linode ${linodeId}: its backups are deleted`;
  },
};

export const linodeOperations: ProviderOperations = {
  provider: "linode",
  unsupported: {
    delete:
      'Linode cannot delete one backup; "cancel" cancels the Backup service, which deletes every backup of the Linode',
  },
  operations: {
    create: {
      endpoints: ["POST /linode/instances/{linodeId}/backups"],
      about:
        "Takes a snapshot (--label, default backupkit-snapshot). A Linode has one snapshot slot: its current snapshot is deleted. Needs the Backup service enabled. Asks before it runs.",
      plan: (config, { resource, label }) => [
        {
          method: "POST",
          url: url(config, `/linode/instances/${linodeOf(resource)}/backups`),
          body: { label: label ?? DEFAULT_LABEL },
        },
      ],
      // A Linode has one snapshot slot: taking a snapshot deletes the one there.
      loses: ({ resource }) =>
        `the current snapshot of Linode ${linodeOf(resource)}, which the new one replaces`,
      async run(config, { resource, label }, context) {
        const linodeId = linodeOf(resource);
        const body = await send(
          () =>
            client(config, context).POST("/linode/instances/{linodeId}/backups", {
              params: { path: { linodeId } },
              body: { label: label ?? DEFAULT_LABEL },
            }),
          {
            repeatable: false,
            what: `a snapshot of Linode ${linodeId}`,
            check: `"backupkit list -p linode" (a snapshot in progress shows as pending or running)`,
          },
        );
        const { backups } = fromLinode(body, { linodeId });
        const [backup] = backups;
        return {
          provider: "linode",
          operation: "create",
          backups,
          message: `started a snapshot of Linode ${linodeId}`,
          ...(backup?.ref ? { watch: { ref: backup.ref, until: "available" as const } } : {}),
        };
      },
    },
    restore: {
      endpoints: ["POST /linode/instances/{linodeId}/backups/{backupId}/restore"],
      about:
        "Restores to the backup's own Linode, or to --target (a Linode in the same region). With --overwrite every disk and configuration profile of the target is deleted first, and it asks; without, the disks are added beside the target's. --wait follows the target Linode until it is no longer restoring (GET /linode/instances/{linodeId}).",
      plan(config, { ref, target, overwrite }) {
        const { linodeId, backupId } = backupRef(ref);
        const to = target === undefined ? linodeId : linodeOf(target);
        return [
          {
            method: "POST",
            url: url(config, `/linode/instances/${linodeId}/backups/${backupId}/restore`),
            body: { linode_id: to, overwrite: overwrite === true },
          },
        ];
      },
      loses({ ref, target, overwrite }) {
        if (overwrite !== true) return null;
        const to = target === undefined ? backupRef(ref).linodeId : linodeOf(target);
        return `every disk and configuration profile of Linode ${to}, which the restore overwrites`;
      },
      async run(config, { ref, target, overwrite }, context) {
        const { linodeId, backupId } = backupRef(ref);
        const to = target === undefined ? linodeId : linodeOf(target);
        await send(
          () =>
            client(config, context).POST(
              "/linode/instances/{linodeId}/backups/{backupId}/restore",
              {
                params: { path: { linodeId, backupId } },
                body: { linode_id: to, overwrite: overwrite === true },
              },
            ),
          {
            repeatable: false,
            what: `the restore of backup ${backupId} to Linode ${to}`,
            check: `the Linode's status in Linode's Cloud Manager (restoring while it runs)`,
          },
        );
        return {
          provider: "linode",
          operation: "restore",
          backups: [],
          message: `started restoring backup ${backupId} of Linode ${linodeId} to Linode ${to}`,
          // A restore changes no backup: the target Linode is `restoring` until it is done.
          watch: { resource: String(to), until: "idle" as const },
        };
      },
    },
    cancel: {
      endpoints: ["POST /linode/instances/{linodeId}/backups/cancel"],
      about:
        "Cancels the Linode's Backup service, which deletes EVERY backup of that Linode, automatic and snapshot, at once. Takes a backup's ref or the Linode's. Asks before it runs.",
      plan: (config, { ref }) => cancelService.plan(config, ref),
      loses: ({ ref }) => cancelService.loses(ref),
      async run(config, { ref }, context) {
        const message = await cancelService.run(config, ref, context);
        return { provider: "linode", operation: "cancel", backups: [], message };
      },
    },
    enableSchedule: {
      endpoints: ["POST /linode/instances/{linodeId}/backups/enable"],
      about: "Enables the Backup service: daily and weekly automatic backups, charged by plan.",
      plan: (config, { resource }) => [
        {
          method: "POST",
          url: url(config, `/linode/instances/${linodeOf(resource)}/backups/enable`),
        },
      ],
      loses: () => null,
      async run(config, { resource }, context) {
        const linodeId = linodeOf(resource);
        // Enabling twice is harmless, so a lost answer can be asked again.
        await send(
          () =>
            client(config, context).POST("/linode/instances/{linodeId}/backups/enable", {
              params: { path: { linodeId } },
            }),
          { repeatable: true, what: "", check: "" },
        );
        return {
          provider: "linode",
          operation: "enableSchedule",
          backups: [],
          message: `enabled the Backup service of Linode ${linodeId}: it is backed up daily and weekly`,
        };
      },
    },
    // Linode's schedule cannot be paused: turning it off is cancelling the service.
    disableSchedule: {
      endpoints: ["POST /linode/instances/{linodeId}/backups/cancel"],
      about:
        "Linode's schedule cannot be paused: this cancels the Backup service, which deletes every backup of the Linode. Asks before it runs.",
      plan: (config, { resource }) => cancelService.plan(config, resource),
      loses: ({ resource }) => cancelService.loses(resource),
      async run(config, { resource }, context) {
        const message = await cancelService.run(config, resource, context);
        return { provider: "linode", operation: "disableSchedule", backups: [], message };
      },
    },
  },
  async get(config, ref, context) {
    const { linodeId, backupId } = backupRef(ref);
    const result = await client(config, context).GET(
      "/linode/instances/{linodeId}/backups/{backupId}",
      {
        params: { path: { linodeId, backupId } },
      },
    );
    if (result.response.status === 404) return null;
    const body = await send(async () => result, { repeatable: true, what: "", check: "" });
    return fromLinode(body, { linodeId }).backups[0] ?? null;
  },
  async resourceState(config, resource, context) {
    const linodeId = linodeOf(resource);
    const result = await client(config, context).GET("/linode/instances/{linodeId}", {
      params: { path: { linodeId } },
    });
    if (result.response.status === 404) return null;
    const body = await send(async () => result, { repeatable: true, what: "", check: "" });
    const status = typeof body.status === "string" ? body.status : "unknown";
    // Only the restore is waited on: `restoring` is the state Linode keeps it in meanwhile.
    return { status, busy: status === "restoring" };
  },
};
