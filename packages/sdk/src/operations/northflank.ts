import { type Backup, fromNorthflank, refOf } from "@backupkit/model";
import {
  createNorthflankClient,
  NORTHFLANK_BASE_URL,
  type NorthflankClient,
} from "@backupkit/northflank";
import type { SourceConfig, SourceContext } from "../sources/types.js";
import { baseUrlOf, refParts } from "./refs.js";
import { send } from "./send.js";
import type { ProviderOperations } from "./types.js";

const backupRef = (ref: string) =>
  refParts("a Northflank backup ref", ref, ["projectId", "addonId", "backupId"]);
const addonRef = (ref: string) => refParts("a Northflank addon ref", ref, ["projectId", "addonId"]);

const url = (config: SourceConfig, path: string) =>
  `${baseUrlOf(config.baseUrl, NORTHFLANK_BASE_URL)}${path}`;
const addonPath = ({ projectId, addonId }: { projectId: string; addonId: string }) =>
  `/v1/projects/${projectId}/addons/${addonId}`;

function client(config: SourceConfig, context: SourceContext): NorthflankClient {
  return createNorthflankClient({
    token: config.values.token ?? "",
    baseUrl: config.baseUrl,
    ...context.client,
  });
}

/**
 * The schedule `enableSchedule` creates: a daily snapshot at 02:00, kept 7
 * days. Northflank has no default schedule; this is the smallest useful one.
 */
const DEFAULT_SCHEDULE = {
  backupType: "snapshot" as const,
  scheduling: { interval: "daily" as const, minute: [0], hour: [2] },
  retentionTime: 7,
};

/**
 * The addon backup endpoints answer a backup without its addon and project:
 * they come from the path, so the record carries the same refs as a listed one.
 */
function addonBackups(body: unknown, projectId: string, addonId: string): Backup[] {
  return fromNorthflank(body).backups.map((backup) => ({
    ...backup,
    resource: { ...backup.resource, id: addonId, ref: refOf(projectId, addonId) },
    ref: refOf(projectId, addonId, backup.id),
  }));
}

export const northflankOperations: ProviderOperations = {
  provider: "northflank",
  unsupported: {},
  operations: {
    create: {
      endpoints: ["POST /v1/projects/{projectId}/addons/{addonId}/backups"],
      about: "Backs up the addon (a snapshot; --label names it). --resource is project/addon.",
      plan: (config, { resource, label }) => [
        {
          method: "POST",
          url: url(config, `${addonPath(addonRef(resource))}/backups`),
          body: label === undefined ? {} : { name: label },
        },
      ],
      loses: () => null,
      async run(config, { resource, label }, context) {
        const { projectId, addonId } = addonRef(resource);
        const body = await send(
          () =>
            client(config, context).POST("/v1/projects/{projectId}/addons/{addonId}/backups", {
              params: { path: { projectId, addonId } },
              body: label === undefined ? {} : { name: label },
            }),
          {
            repeatable: false,
            what: `a backup of addon ${addonId}`,
            check: `the addon's backups in Northflank ("northflank get addon backups")`,
          },
        );
        const backups = addonBackups(body, projectId, addonId);
        const ref = backups[0]?.ref;
        return {
          provider: "northflank",
          operation: "create",
          backups,
          message: `started a backup of addon ${addonId}`,
          ...(ref ? { watch: { ref, until: "available" as const } } : {}),
        };
      },
    },
    restore: {
      endpoints: ["POST /v1/projects/{projectId}/addons/{addonId}/backups/{backupId}/restore"],
      about:
        "Restores the addon to the backup, or restores the backup into --target (another project/addon). The addon's current data is replaced; it asks.",
      plan(config, { ref, target }) {
        const source = backupRef(ref);
        const into = target === undefined ? source : addonRef(target);
        const query =
          target === undefined
            ? ""
            : `?sourceProjectId=${source.projectId}&sourceAddonId=${source.addonId}`;
        return [
          {
            method: "POST",
            url: url(config, `${addonPath(into)}/backups/${source.backupId}/restore${query}`),
          },
        ];
      },
      loses({ ref, target }) {
        const into = target === undefined ? backupRef(ref) : addonRef(target);
        return `the current data of addon ${into.addonId} (project ${into.projectId}), which the restore replaces`;
      },
      async run(config, { ref, target }, context) {
        const source = backupRef(ref);
        const into = target === undefined ? source : addonRef(target);
        const query =
          target === undefined
            ? {}
            : { sourceProjectId: source.projectId, sourceAddonId: source.addonId };
        const body = await send(
          () =>
            client(config, context).POST(
              "/v1/projects/{projectId}/addons/{addonId}/backups/{backupId}/restore",
              {
                params: { path: { ...into, backupId: source.backupId }, query },
              },
            ),
          {
            repeatable: false,
            what: `the restore of backup ${source.backupId} to addon ${into.addonId}`,
            check: `the addon's restores in Northflank`,
          },
        );
        return {
          provider: "northflank",
          operation: "restore",
          backups: [],
          message: `started restore ${body.data.restoreId} of backup ${source.backupId} to addon ${into.addonId}`,
        };
      },
    },
    delete: {
      endpoints: ["DELETE /v1/projects/{projectId}/addons/{addonId}/backups/{backupId}"],
      about:
        "Deletes the backup for good; it asks. --wait returns once Northflank no longer has it.",
      plan: (config, { ref }) => {
        const r = backupRef(ref);
        return [{ method: "DELETE", url: url(config, `${addonPath(r)}/backups/${r.backupId}`) }];
      },
      loses: ({ ref }) => `backup ${backupRef(ref).backupId} of addon ${backupRef(ref).addonId}`,
      async run(config, { ref }, context) {
        const r = backupRef(ref);
        await send(
          () =>
            client(config, context).DELETE(
              "/v1/projects/{projectId}/addons/{addonId}/backups/{backupId}",
              {
                params: { path: r },
              },
            ),
          { repeatable: true, what: "", check: "" },
        );
        return {
          provider: "northflank",
          operation: "delete",
          backups: [],
          message: `deleted backup ${r.backupId} of addon ${r.addonId}`,
          watch: { ref, until: "gone" },
        };
      },
    },
    cancel: {
      endpoints: ["POST /v1/projects/{projectId}/addons/{addonId}/backups/{backupId}/abort"],
      about:
        "Aborts a backup that is scheduled or in progress: it ends aborted and cannot be restored. It asks.",
      plan: (config, { ref }) => {
        const r = backupRef(ref);
        return [
          { method: "POST", url: url(config, `${addonPath(r)}/backups/${r.backupId}/abort`) },
        ];
      },
      loses: ({ ref }) =>
        `the in-progress backup ${backupRef(ref).backupId}, which cannot be resumed`,
      async run(config, { ref }, context) {
        const r = backupRef(ref);
        await send(
          () =>
            client(config, context).POST(
              "/v1/projects/{projectId}/addons/{addonId}/backups/{backupId}/abort",
              {
                params: { path: r },
              },
            ),
          {
            repeatable: false,
            what: `aborting backup ${r.backupId}`,
            check: `"backupkit list -p northflank"`,
          },
        );
        return {
          provider: "northflank",
          operation: "cancel",
          backups: [],
          message: `aborting backup ${r.backupId}`,
        };
      },
    },
    enableSchedule: {
      endpoints: ["POST /v1/projects/{projectId}/addons/{addonId}/backup-schedules"],
      about: "Adds a schedule: a daily snapshot at 02:00, kept 7 days.",
      plan: (config, { resource }) => [
        {
          method: "POST",
          url: url(config, `${addonPath(addonRef(resource))}/backup-schedules`),
          body: DEFAULT_SCHEDULE,
        },
      ],
      loses: () => null,
      async run(config, { resource }, context) {
        const a = addonRef(resource);
        await send(
          () =>
            client(config, context).POST(
              "/v1/projects/{projectId}/addons/{addonId}/backup-schedules",
              {
                params: { path: a },
                body: DEFAULT_SCHEDULE,
              },
            ),
          {
            repeatable: false,
            what: `a backup schedule for addon ${a.addonId}`,
            check: `the addon's backup schedules in Northflank`,
          },
        );
        return {
          provider: "northflank",
          operation: "enableSchedule",
          backups: [],
          message: `scheduled a daily snapshot of addon ${a.addonId} at 02:00, kept 7 days`,
        };
      },
    },
    disableSchedule: {
      endpoints: [
        "GET /v1/projects/{projectId}/addons/{addonId}/backup-schedules",
        "DELETE /v1/projects/{projectId}/addons/{addonId}/backup-schedules/{scheduleId}",
      ],
      about: "Deletes every backup schedule of the addon; backups already taken are kept. It asks.",
      plan: (config, { resource }) => {
        const base = `${addonPath(addonRef(resource))}/backup-schedules`;
        return [
          { method: "GET", url: url(config, base) },
          { method: "DELETE", url: url(config, `${base}/{scheduleId}`) },
        ];
      },
      loses: ({ resource }) =>
        `every backup schedule of addon ${addonRef(resource).addonId} (backups already taken are kept)`,
      async run(config, { resource }, context) {
        const a = addonRef(resource);
        const nf = client(config, context);
        const body = await send(
          () =>
            nf.GET("/v1/projects/{projectId}/addons/{addonId}/backup-schedules", {
              params: { path: a },
            }),
          { repeatable: true, what: "", check: "" },
        );
        const schedules = body.data.schedules ?? [];
        for (const schedule of schedules) {
          await send(
            () =>
              nf.DELETE("/v1/projects/{projectId}/addons/{addonId}/backup-schedules/{scheduleId}", {
                params: { path: { ...a, scheduleId: schedule.id } },
              }),
            { repeatable: true, what: "", check: "" },
          );
        }
        return {
          provider: "northflank",
          operation: "disableSchedule",
          backups: [],
          message: `deleted ${schedules.length} backup schedule(s) of addon ${a.addonId}`,
        };
      },
    },
  },
  async get(config, ref, context) {
    const r = backupRef(ref);
    const result = await client(config, context).GET(
      "/v1/projects/{projectId}/addons/{addonId}/backups/{backupId}",
      { params: { path: r } },
    );
    if (result.response.status === 404) return null;
    const body = await send(async () => result, { repeatable: true, what: "", check: "" });
    return addonBackups(body, r.projectId, r.addonId)[0] ?? null;
  },
};
