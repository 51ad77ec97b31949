export {
  ProviderError,
  TimeoutError,
  TransportError,
  unwrap,
} from "@backupkit/http";
export {
  createHuaweiCbrClient,
  describeHuaweiCbrError,
  HUAWEI_CBR_DEFAULT_REGION,
  type HuaweiCbrClient,
  type HuaweiCbrClientOptions,
  huaweiCbrAuthHeadersShown,
  huaweiCbrBaseUrl,
} from "./client.js";
export type { components, operations, paths } from "./generated/schema.js";
export {
  HUAWEI_CBR_MAX_PAGE_SIZE,
  type ListAllBackupsOptions,
  listAllBackups,
} from "./list-all-backups.js";
export { type HuaweiAkSk, huaweiSigner, SIGNING_ALGORITHM, sdkDate } from "./signer.js";

import type { components, operations } from "./generated/schema.js";

/** One CBR backup, as ListBackups returns it and as `children` nest it. */
export type HuaweiCbrBackup = components["schemas"]["BackupResp"];
/** The backup ShowBackup returns: the same shape as HuaweiCbrBackup. */
export type HuaweiCbrBackupDetail = components["schemas"]["BackupDetail"];
/** A backup's `extend_info`. */
export type HuaweiCbrBackupExtendInfo = components["schemas"]["BackupExtendInfo"];
/** The backup status values CBR documents. */
export type HuaweiCbrBackupStatus = components["schemas"]["BackupStatus"];
/** The body of `GET /v3/{project_id}/backups/{backup_id}`: `{ backup }`. */
export type HuaweiCbrShowBackupBody = components["schemas"]["BackupGetResponse"];
/** The body of `GET /v3/{project_id}/backups`: `{ count, backups }`. */
export type HuaweiCbrBackupList = components["schemas"]["BackupList"];
/** The query parameters of ListBackups. */
export type HuaweiCbrListBackupsQuery = NonNullable<
  operations["listBackups"]["parameters"]["query"]
>;
/** The body of "Creating a Checkpoint" (`POST /v3/{project_id}/checkpoints`). */
export type HuaweiCbrCheckpointRequest = components["schemas"]["CheckpointCreateRequest"];
/** The body of "Restoring a Backup". */
export type HuaweiCbrRestoreRequest = components["schemas"]["BackupRestoreRequest"];
/** A backup or replication policy. */
export type HuaweiCbrPolicy = components["schemas"]["Policy"];
/** CBR's error body, `{ error_code, error_msg }`. */
export type HuaweiCbrErrorBody = components["schemas"]["ErrorBody"];
