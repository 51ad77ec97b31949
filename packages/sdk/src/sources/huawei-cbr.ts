import { createHuaweiCbrClient, type HuaweiCbrClient, listAllBackups } from "@backupkit/huawei-cbr";
import { type ConversionResult, fromHuaweiCbr } from "@backupkit/model";
import { ArgumentError } from "../errors.js";
import { asSourceError, converted, dataOf, SourceError } from "./errors.js";
import type { Source, SourceConfig, SourceContext } from "./types.js";

type Key = "token" | "projectId" | "region";
type Config = SourceConfig<Key>;

export const huaweiCbrSource: Source<Key> = {
  id: "huawei-cbr",
  // The region picks the host; BACKUPKIT_HUAWEI_CBR_BASE_URL replaces it.
  defaultBaseUrl: "https://cbr.{region}.myhuaweicloud.com",
  // The variables Huawei's Terraform provider reads (HW_*). Its OpenStack
  // fallbacks (OS_*) are left out: Z.com/ConoHa reads those, and one shell
  // must be able to configure both. A CBR call needs a project-scoped token,
  // the ID of that project and its region: all three are required.
  fields: {
    token: {
      env: ["HW_AUTH_TOKEN"],
      description: "IAM user token (IAM's X-Subject-Token), sent as X-Auth-Token",
      secret: true,
    },
    projectId: {
      env: ["HW_PROJECT_ID"],
      description: "project ID the token is scoped to",
      secret: false,
    },
    region: {
      env: ["HW_REGION_NAME"],
      description: "region ID, e.g. ap-southeast-1",
      secret: false,
    },
  },

  // ListBackups is account-wide: one walk lists every backup of the project.
  async *list(config, context) {
    const client = clientFor(config, context);
    let index = 0;
    try {
      for await (const backup of listAllBackups(client, { projectId: config.values.projectId })) {
        yield inWalk(fromHuaweiCbr({ backups: [backup] }), index++);
      }
    } catch (err) {
      throw asSourceError(err);
    }
  },

  get: {
    ref: "<projectId>/<backupId>",
    flags: [
      { name: "project-id", description: "the project's id" },
      { name: "backup-id", description: "the backup's id" },
    ],
    async run(config, parts, context) {
      const projectId = idPart("project-id", parts["project-id"]);
      const backupId = idPart("backup-id", parts["backup-id"]);
      const body = await dataOf(() =>
        clientFor(config, context).GET("/v3/{project_id}/backups/{backup_id}", {
          params: { path: { project_id: projectId, backup_id: backupId } },
        }),
      );
      return converted(`GET /v3/${projectId}/backups/${backupId}`, () => fromHuaweiCbr(body));
    },
  },
};

function clientFor(config: Config, context: SourceContext): HuaweiCbrClient {
  try {
    return createHuaweiCbrClient({
      token: config.values.token,
      region: config.values.region,
      baseUrl: config.baseUrl,
      ...context.client,
    });
  } catch (err) {
    // A region that is not a region ID, or a token that cannot be sent: a
    // configuration problem, said without quoting the token.
    if (err instanceof TypeError) throw new SourceError(err.message.replace(/^huawei-cbr: /, ""));
    throw err;
  }
}

/**
 * Each backup is converted as a one-item ListBackups body; its issues are
 * re-rooted at its place in the whole walk, so `$.backups[1234]` is the
 * 1,235th backup ListBackups returned.
 */
function inWalk(result: ConversionResult, index: number): ConversionResult {
  const issues = result.issues.map((issue) => ({
    ...issue,
    path: issue.path.replace(/^\$\.backups\[0\]/, `$.backups[${index}]`),
  }));
  return { backups: result.backups, issues };
}

/** CBR's IDs are hex with dashes; anything else would change the path or its meaning. */
function idPart(flag: string, value: string | undefined): string {
  if (value === undefined || !/^[A-Za-z0-9_-]+$/.test(value)) {
    throw new ArgumentError(
      `--${flag} must be a CBR id (letters, digits, "-" and "_"), got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
