export {
  ProviderError,
  TimeoutError,
  TransportError,
  unwrap,
} from "@backupkit/http";
export {
  createNorthflankClient,
  NORTHFLANK_BASE_URL,
  type NorthflankClient,
  type NorthflankClientOptions,
} from "./client.js";
export { describeNorthflankError } from "./errors.js";
export type { components, operations, paths } from "./generated/schema.js";
export {
  backupDestinationIdOf,
  type ListAllBackupsOptions,
  type ListAllOptions,
  listAllBackupDestinations,
  listAllBackups,
  MAX_PER_PAGE,
} from "./list.js";

import type { components } from "./generated/schema.js";

/** One Northflank backup, as the API sends it. */
export type NorthflankBackup = components["schemas"]["Backup"];
/** The body of `GET /v1/backup-destinations/{backupDestinationId}/backups`. */
export type NorthflankBackupList = components["schemas"]["BackupList"];
/** One backup destination, as the list endpoint sends it (no secrets). */
export type NorthflankBackupDestination = components["schemas"]["BackupDestination"];
/** The `pagination` object of every Northflank list body. */
export type NorthflankPagination = components["schemas"]["Pagination"];
/** Northflank's error envelope, `{ error: { status, message, id, details } }`. */
export type NorthflankErrorBody = components["schemas"]["ErrorBody"];
