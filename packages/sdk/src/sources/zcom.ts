import { fromZcom } from "@backupkit/model";
import { createZcomClient, type ZcomClient } from "@backupkit/zcom";
import { createZcomPasswordClient } from "@backupkit/zcom/password";
import { ArgumentError } from "../errors.js";
import { asSourceError, converted, dataOf, SourceError } from "./errors.js";
import type { Source, SourceConfig, SourceContext } from "./types.js";

type Optional =
  | "username"
  | "password"
  | "tenantId"
  | "tenantName"
  | "identityUrl"
  | "token"
  | "region";

export const zcomSource: Source<never, Optional> = {
  id: "zcom",
  // The region picks the host (OS_REGION_NAME below); help shows the template.
  // Signed in with a password, the service catalog names it instead.
  defaultBaseUrl: "https://compute.{region}.cloud.z.com/v2",
  // Z.com and ConoHa are OpenStack clouds and point their users at OpenStack's
  // own clients, so the variables are OpenStack's, as its tools read them: the
  // API user as OS_USERNAME and OS_PASSWORD with OS_AUTH_URL; a ready token as
  // OS_AUTH_TOKEN (the nova, glance and cinder CLIs) or OS_TOKEN
  // (python-openstackclient); the tenant as OS_TENANT_ID/OS_TENANT_NAME
  // (Identity v2.0, what Z.com runs) or OS_PROJECT_ID/OS_PROJECT_NAME (v3);
  // the region as OS_REGION_NAME.
  fields: {
    region: {
      env: ["OS_REGION_NAME"],
      description: "region: tyo1 (the default), sin1 or sjc1",
      secret: false,
      optional: true,
    },
    username: {
      env: ["OS_USERNAME"],
      description: "API user name",
      secret: false,
    },
    password: {
      env: ["OS_PASSWORD"],
      description: "API user's password: sent only to Identity",
      secret: true,
    },
    tenantId: {
      env: ["OS_TENANT_ID", "OS_PROJECT_ID"],
      description: "tenant ID",
      secret: false,
    },
    tenantName: {
      env: ["OS_TENANT_NAME", "OS_PROJECT_NAME"],
      description: "tenant name",
      secret: false,
    },
    identityUrl: {
      env: ["OS_AUTH_URL"],
      description:
        "Identity v2.0 or v3 URL; default https://identity.{region}.cloud.z.com/v2.0, ConoHa https://identity.{region}.conoha.io/v2.0",
      secret: false,
    },
    token: {
      env: ["OS_AUTH_TOKEN", "OS_TOKEN"],
      description: "token from the Identity API (X-Auth-Token)",
      secret: true,
    },
  },
  signIns: [
    {
      name: "a user name and password",
      needs: ["username", "password"],
      oneOf: ["tenantId", "tenantName"],
      may: ["identityUrl"],
      findsEndpoint: true,
    },
    { name: "a token", needs: ["token", "tenantId"] },
  ],

  // The list is account-wide already: every VM's automatic backup with its runs, in one body.
  async *list(config, context) {
    const client = clientFor(config, context);
    const tenantId = await tenantOf(client);
    const body = await dataOf(() =>
      client.GET("/{tenant_id}/backup", { params: { path: { tenant_id: tenantId } } }),
    );
    yield converted(`GET /${tenantId}/backup`, () => fromZcom(body));
  },

  get: {
    ref: "<backupId>",
    flags: [{ name: "backup-id", description: "the backup's id (one VM's automatic backup)" }],
    async run(config, parts, context) {
      const backupId = backupIdOf(parts["backup-id"]);
      const client = clientFor(config, context);
      const tenantId = await tenantOf(client);
      const body = await dataOf(() =>
        client.GET("/{tenant_id}/backup/{backup_id}", {
          params: { path: { tenant_id: tenantId, backup_id: backupId } },
        }),
      );
      return converted(`GET /${tenantId}/backup/${backupId}`, () => fromZcom(body));
    },
  },
};

/**
 * The client of a configured Z.com source: a user name and password sign in
 * through `@backupkit/zcom/password`, a ready token through `createZcomClient`
 * (the sources' sign-in rules let only one of the two through). A
 * configuration mistake is a SourceError without values.
 */
export function clientFor(
  config: SourceConfig<string, string>,
  context: SourceContext,
): ZcomClient {
  const { username, password, token, ...rest } = config.values;
  const options = { ...rest, baseUrl: config.baseUrl, ...context.client };
  try {
    return username !== undefined || password !== undefined
      ? createZcomPasswordClient({ ...options, username: username ?? "", password: password ?? "" })
      : createZcomClient({ ...options, token: token ?? "" });
  } catch (err) {
    // A region that cannot be part of a host name, an Identity URL with a
    // password in it: a configuration mistake, said plainly and without values.
    if (err instanceof TypeError) throw new SourceError(err.message.replace(/^zcom: /, ""));
    throw err;
  }
}

/** The tenant in the paths: the one configured, or the one the password sign-in scoped the token to. */
export async function tenantOf(client: ZcomClient): Promise<string> {
  try {
    return await client.tenantId();
  } catch (err) {
    throw asSourceError(err);
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
