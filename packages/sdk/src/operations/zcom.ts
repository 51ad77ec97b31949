import { REDACTED } from "@backupkit/http";
import { fromZcom } from "@backupkit/model";
import { type ZcomClient, zcomBaseUrl } from "@backupkit/zcom";
import { ArgumentError } from "../errors.js";
import { SourceError } from "../sources/errors.js";
import type { SourceConfig, SourceContext } from "../sources/types.js";
import { clientFor, tenantOf } from "../sources/zcom.js";
import { baseUrlOf, refParts } from "./refs.js";
import { send } from "./send.js";
import type { ProviderOperations } from "./types.js";

// Z.com / ConoHa acts on its automatic backup only. A VM's automatic backup is
// one `backup_id`; each backup it took is a run (`backuprun_id`). So a
// backup's ref is `backupId/backuprunId`, and a resource ref is the VM's
// `instance_id`, as list prints them.

/** An id that goes into a URL path as one segment: Z.com's are UUIDs and hex strings. */
function idOf(what: string, value: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) {
    throw new ArgumentError(
      `${what} must be letters, digits, "-" and "_" (a UUID or a hex id), got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

const runRef = (ref: string) => {
  const parts = refParts("a Z.com backup ref", ref, ["backupId", "backuprunId"]);
  return {
    backupId: idOf("backupId", parts.backupId),
    backuprunId: idOf("backuprunId", parts.backuprunId),
  };
};

const vmOf = (resource: string) =>
  idOf(
    "a Z.com resource ref (the VM's instance_id)",
    refParts("a Z.com resource ref", resource, ["instanceId"]).instanceId,
  );

/**
 * Where `--dry-run` says the requests go, sending nothing (no sign-in either):
 * the configured base URL, or the region's with a token. Signed in with a
 * password, Identity's catalog names the endpoint, and the tenant may come
 * from the token: those stay placeholders.
 */
function url(config: SourceConfig, path: string): string {
  let base: string;
  try {
    base =
      config.baseUrl === undefined && config.values.token === undefined
        ? "{compute_endpoint}"
        : baseUrlOf(config.baseUrl, zcomBaseUrl(config.values.region));
  } catch (err) {
    // A region that cannot be part of a host name: said without its value.
    if (err instanceof TypeError) throw new SourceError(err.message.replace(/^zcom: /, ""));
    throw err;
  }
  return `${base}/${config.values.tenantId ?? "{tenant_id}"}${path}`;
}

/**
 * One client per configuration and run, so an operation and the polls of its
 * wait share one sign-in: a password is sent to Identity once, not per poll.
 */
const clients = new WeakMap<SourceContext, WeakMap<SourceConfig, ZcomClient>>();

/**
 * Every request carries the token in X-Auth-Token: the one given, or the one
 * Identity issues at run time. `--dry-run` shows the header, never its value.
 */
const AUTH_SHOWN = { "X-Auth-Token": REDACTED } as const;

/** The client and the tenant its paths need (the configured one, or the token's). */
async function signedIn(config: SourceConfig, context: SourceContext) {
  let byConfig = clients.get(context);
  if (!byConfig) {
    byConfig = new WeakMap();
    clients.set(context, byConfig);
  }
  let client = byConfig.get(config);
  if (!client) {
    client = clientFor(config, context);
    byConfig.set(config, client);
  }
  return { client, tenantId: await tenantOf(client) };
}

/** The backups of the tenant whose VM is `vm`: the ids `disableSchedule` deletes, with their runs. */
async function backupsOfVm(config: SourceConfig, vm: string, context: SourceContext) {
  const { client, tenantId } = await signedIn(config, context);
  const body = await send(
    () => client.GET("/{tenant_id}/backup", { params: { path: { tenant_id: tenantId } } }),
    { repeatable: true, what: "", check: "" },
  );
  const listed: unknown = (body as { backup?: unknown } | null)?.backup;
  if (!Array.isArray(listed)) {
    throw new SourceError(
      `GET /${tenantId}/backup: the answer has no backup list, so the VM's backup_id is unknown; nothing was turned off`,
    );
  }
  const mine = listed.filter(
    (b): b is { id: string; backupruns?: unknown } =>
      typeof b === "object" && b !== null && b.instance_id === vm && typeof b.id === "string",
  );
  return { client, tenantId, mine };
}

export const zcomOperations: ProviderOperations = {
  provider: "zcom",
  unsupported: {
    create:
      'Z.com has no on-demand backup: the automatic backup takes its runs on its own schedule ("schedule enable" turns it on)',
    delete:
      'Z.com cannot delete one backup run: runs expire on their own, and "schedule disable" removes the automatic backup with all its runs',
    cancel: "Z.com's API has no call that stops a backup run in progress",
  },
  notes: [
    "References: a backup's ref is backupId/backuprunId (one run of a VM's automatic backup); a resource ref is the VM's instance_id. schedule disable looks the VM's backup_id up in GET /{tenant_id}/backup by instance_id, then cancels it; a VM with no automatic backup is reported, and nothing is cancelled.",
    "Keeping a run as an image (POST /{tenant_id}/backup/{backup_id}/action with createImage) is not one of these operations: it makes an image, not a backup, and loses nothing, so it is a call on the typed client of @backupkit/zcom (see its README).",
    "--dry-run signs in to nothing: signed in with a password and no base URL, the compute endpoint (from Identity's catalog) and a tenant given by name are shown as {compute_endpoint} and {tenant_id}.",
  ],
  operations: {
    restore: {
      endpoints: ["POST /{tenant_id}/backup/{backup_id}/action"],
      about:
        "Restores the run onto the VM (or volume) it was taken of, overwriting it; the VM must be stopped. Z.com has no other target. It asks; --wait returns once the run is available again.",
      plan(config, { ref, target }) {
        if (target !== undefined) {
          throw new ArgumentError(
            "Z.com restores a run only onto the VM or volume it was taken of: --target is not supported",
          );
        }
        const { backupId, backuprunId } = runRef(ref);
        return [
          {
            method: "POST",
            url: url(config, `/backup/${backupId}/action`),
            body: { restore: { backuprun_id: backuprunId } },
            headers: AUTH_SHOWN,
          },
        ];
      },
      loses: ({ ref }) =>
        `the current disk of the VM or volume that run ${runRef(ref).backuprunId} was taken of, which the restore overwrites`,
      async run(config, { ref }, context) {
        const { backupId, backuprunId } = runRef(ref);
        const { client, tenantId } = await signedIn(config, context);
        await send(
          () =>
            client.POST("/{tenant_id}/backup/{backup_id}/action", {
              params: { path: { tenant_id: tenantId, backup_id: backupId } },
              body: { restore: { backuprun_id: backuprunId } },
              // Z.com answers 202 with an empty body.
              parseAs: "text",
            }),
          {
            repeatable: false,
            what: `the restore of run ${backuprunId}`,
            check: `"backupkit list -p zcom" (a run being restored shows as restoring)`,
          },
        );
        return {
          provider: "zcom",
          operation: "restore",
          backups: [],
          message: `started restoring run ${backuprunId} of backup ${backupId}`,
          watch: { ref, until: "available" },
        };
      },
    },
    enableSchedule: {
      endpoints: ["POST /{tenant_id}/backup"],
      about:
        "Turns on the VM's automatic backup (--resource is the VM's instance_id); Z.com then takes its runs on its own schedule.",
      plan: (config, { resource }) => [
        {
          method: "POST",
          url: url(config, "/backup"),
          body: { backup: { instance_id: vmOf(resource) } },
          headers: AUTH_SHOWN,
        },
      ],
      loses: () => null,
      async run(config, { resource }, context) {
        const vm = vmOf(resource);
        const { client, tenantId } = await signedIn(config, context);
        const body = await send(
          () =>
            client.POST("/{tenant_id}/backup", {
              params: { path: { tenant_id: tenantId } },
              body: { backup: { instance_id: vm } },
            }),
          {
            repeatable: false,
            what: `turning on the automatic backup of VM ${vm}`,
            check: `"backupkit list -p zcom" (a VM whose automatic backup is on is listed with its runs, or named in a warning until its first run)`,
          },
        );
        const id = (body as { backup?: { id?: unknown } | null } | null)?.backup?.id;
        return {
          provider: "zcom",
          operation: "enableSchedule",
          backups: [],
          message: `turned on the automatic backup of VM ${vm}${typeof id === "string" ? ` (backup ${id})` : ""}`,
        };
      },
    },
    disableSchedule: {
      endpoints: ["GET /{tenant_id}/backup", "DELETE /{tenant_id}/backup/{backup_id}"],
      about:
        "Turns off the VM's automatic backup: the backup_id is looked up in the list by the VM's instance_id, then cancelled, which deletes every run it took. It asks.",
      plan: (config, { resource }) => {
        vmOf(resource);
        return [
          { method: "GET", url: url(config, "/backup"), headers: AUTH_SHOWN },
          { method: "DELETE", url: url(config, "/backup/{backup_id}"), headers: AUTH_SHOWN },
        ];
      },
      loses: ({ resource }) =>
        `the automatic backup of VM ${vmOf(resource)} and every backup run it has taken`,
      async run(config, { resource }, context) {
        const vm = vmOf(resource);
        const { client, tenantId, mine } = await backupsOfVm(config, vm, context);
        let runs = 0;
        for (const backup of mine) {
          // Cancelling twice ends the same: a lost answer can be asked again.
          await send(
            () =>
              client.DELETE("/{tenant_id}/backup/{backup_id}", {
                params: { path: { tenant_id: tenantId, backup_id: backup.id } },
                parseAs: "text",
              }),
            { repeatable: true, what: "", check: "" },
          );
          runs += Array.isArray(backup.backupruns) ? backup.backupruns.length : 0;
        }
        return {
          provider: "zcom",
          operation: "disableSchedule",
          backups: [],
          message:
            mine.length === 0
              ? `VM ${vm} has no automatic backup: nothing was turned off`
              : `turned off the automatic backup of VM ${vm} (backup ${mine.map((b) => b.id).join(", ")}): its ${runs} backup run(s) are deleted`,
        };
      },
    },
  },
  async get(config, ref, context) {
    const { backupId, backuprunId } = runRef(ref);
    const { client, tenantId } = await signedIn(config, context);
    const result = await client.GET("/{tenant_id}/backup/{backup_id}", {
      params: { path: { tenant_id: tenantId, backup_id: backupId } },
    });
    if (result.response.status === 404) return null;
    const body = await send(async () => result, { repeatable: true, what: "", check: "" });
    return fromZcom(body).backups.find((b) => b.id === backuprunId) ?? null;
  },
};
