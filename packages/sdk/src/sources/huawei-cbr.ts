import { createHuaweiCbrClient, type HuaweiCbrClient, listAllBackups } from "@backupkit/huawei-cbr";
import { type ConversionResult, fromHuaweiCbr } from "@backupkit/model";
import { ArgumentError } from "../errors.js";
import { asSourceError, converted, dataOf, SourceError } from "./errors.js";
import type { Source, SourceConfig, SourceContext } from "./types.js";

type Key = "projectId";
type Optional = "accessKey" | "secretKey" | "securityToken" | "token" | "region";
type Config = SourceConfig<Key, Optional>;

export const huaweiCbrSource: Source<Key, Optional> = {
  id: "huawei-cbr",
  // The region picks the host; BACKUPKIT_HUAWEI_CBR_BASE_URL replaces it.
  defaultBaseUrl: "https://cbr.{region}.myhuaweicloud.com",
  // The variables Huawei's Terraform provider reads (HW_*), then those its
  // SDKs read (HUAWEICLOUD_SDK_*). Terraform's OpenStack fallbacks (OS_*) are
  // left out: Z.com/ConoHa reads those, and one shell must be able to
  // configure both. ListBackups is per project, so the project is always needed.
  fields: {
    projectId: {
      env: ["HW_PROJECT_ID"],
      description: "project ID whose backups to list",
      secret: false,
    },
    region: {
      env: ["HW_REGION_NAME"],
      description: "region ID; default ap-southeast-1",
      secret: false,
      optional: true,
    },
    accessKey: {
      env: ["HW_ACCESS_KEY", "HUAWEICLOUD_SDK_AK"],
      description: "access key ID (AK)",
      secret: false,
    },
    secretKey: {
      env: ["HW_SECRET_KEY", "HUAWEICLOUD_SDK_SK"],
      description: "secret access key (SK): signs each request, never sent",
      secret: true,
    },
    securityToken: {
      env: ["HW_SECURITY_TOKEN", "HUAWEICLOUD_SDK_SECURITY_TOKEN"],
      description: "security token of a temporary AK/SK",
      secret: true,
    },
    token: {
      env: ["HW_AUTH_TOKEN"],
      description: "IAM user token (IAM's X-Subject-Token), sent as X-Auth-Token",
      secret: true,
    },
  },
  signIns: [
    { name: "AK/SK", needs: ["accessKey", "secretKey"], may: ["securityToken"] },
    { name: "a token", needs: ["token"] },
  ],

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

/** The client a source or resource lister of this provider signs in with: AK/SK, or an IAM token. */
export function clientFor(config: Config, context: SourceContext): HuaweiCbrClient {
  try {
    const { accessKey, secretKey, securityToken, token, projectId, region } = config.values;
    return createHuaweiCbrClient({
      accessKey,
      secretKey,
      securityToken,
      token,
      projectId,
      region,
      baseUrl: config.baseUrl,
      ...context.client,
    });
  } catch (err) {
    // A region that is not a region ID, or a credential that cannot be sent: a
    // configuration problem, said without quoting the credential.
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
