import { fromZcom } from "@backupkit/model";
import { createZcomClient, type ZcomClient } from "@backupkit/zcom";
import { ArgumentError } from "../errors.js";
import { converted, dataOf, SourceError } from "./errors.js";
import type { Source, SourceConfig, SourceContext } from "./types.js";

type Keys = "token" | "tenantId" | "region";
type Config = SourceConfig<Keys>;

export const zcomSource: Source<Keys> = {
  id: "zcom",
  // The region picks the host (OS_REGION_NAME below); help shows the template.
  defaultBaseUrl: "https://compute.{region}.cloud.z.com/v2",
  // Z.com and ConoHa are OpenStack clouds and point their users at OpenStack's
  // own clients, so the variables are OpenStack's: OS_AUTH_TOKEN as the nova,
  // glance and cinder CLIs read a ready token, OS_TOKEN as python-openstackclient
  // does; the tenant as OS_TENANT_ID (Identity v2, what Z.com runs) or OS_PROJECT_ID;
  // the region as OS_REGION_NAME. ConoHa's own CLIs (conoha-cli, giginc/conoha)
  // take a user name and password rather than a token, so they offer no names to reuse.
  fields: {
    token: {
      env: ["OS_AUTH_TOKEN", "OS_TOKEN"],
      description: "token from the Identity API (X-Auth-Token)",
      secret: true,
    },
    tenantId: {
      env: ["OS_TENANT_ID", "OS_PROJECT_ID"],
      description: "tenant ID",
      secret: false,
    },
    region: {
      env: ["OS_REGION_NAME"],
      description: "Compute region: tyo1, sin1 or sjc1 (a base URL wins over it)",
      secret: false,
    },
  },

  // The list is account-wide already: every VM's automatic backup with its runs, in one body.
  async *list(config, context) {
    const { tenantId } = config.values;
    const body = await dataOf(() =>
      clientFor(config, context).GET("/{tenant_id}/backup", {
        params: { path: { tenant_id: tenantId } },
      }),
    );
    yield converted(`GET /${tenantId}/backup`, () => fromZcom(body));
  },

  get: {
    ref: "<backupId>",
    flags: [{ name: "backup-id", description: "the backup's id (one VM's automatic backup)" }],
    async run(config, parts, context) {
      const backupId = backupIdOf(parts["backup-id"]);
      const { tenantId } = config.values;
      const body = await dataOf(() =>
        clientFor(config, context).GET("/{tenant_id}/backup/{backup_id}", {
          params: { path: { tenant_id: tenantId, backup_id: backupId } },
        }),
      );
      return converted(`GET /${tenantId}/backup/${backupId}`, () => fromZcom(body));
    },
  },
};

function clientFor(config: Config, context: SourceContext): ZcomClient {
  const { token, region } = config.values;
  try {
    return createZcomClient({ token, region, baseUrl: config.baseUrl, ...context.client });
  } catch (err) {
    // A region that cannot be part of a host name: a configuration mistake, said plainly.
    if (err instanceof TypeError) throw new SourceError(err.message.replace(/^zcom: /, ""));
    throw err;
  }
}

/** Backup ids are UUIDs in the docs; anything that could not be one path segment is refused. */
function backupIdOf(value: string | undefined): string {
  if (value === undefined || !/^[A-Za-z0-9._~-]+$/.test(value)) {
    throw new ArgumentError(
      `--backup-id must be a backup's id, such as 9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17; got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
