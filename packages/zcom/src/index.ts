export {
  ProviderError,
  TimeoutError,
  TransportError,
  unwrap,
} from "@backupkit/http";
export {
  createZcomClient,
  ZCOM_BASE_URL,
  ZCOM_DEFAULT_REGION,
  ZCOM_REGIONS,
  type ZcomClient,
  type ZcomClientOptions,
  zcomBaseUrl,
} from "./client.js";
export { describeZcomError } from "./errors.js";
export type { components, operations, paths } from "./generated/schema.js";
export { parseZcomJson } from "./json.js";

import type { components } from "./generated/schema.js";

/** The body of `GET /{tenant_id}/backup`: `{ backup: [...] }`. */
export type ZcomBackupList = components["schemas"]["BackupList"];
/** The body of `GET /{tenant_id}/backup/{backup_id}`: `backup` is an array of one, or the object. */
export type ZcomBackupDetail = components["schemas"]["BackupDetail"];
/** One VM's automatic backup (`backup_id`) with its runs. */
export type ZcomBackup = components["schemas"]["Backup"];
/** One backup taken (`backuprun_id`): the restorable point in time. */
export type ZcomBackupRun = components["schemas"]["BackupRun"];
/** OpenStack's fault envelope, `{ itemNotFound: { code, message } }`. */
export type ZcomErrorBody = components["schemas"]["ErrorBody"];
export type ZcomFault = components["schemas"]["Fault"];
