export {
  ProviderError,
  TimeoutError,
  TransportError,
  unwrap,
} from "@backupkit/http";
export {
  createLinodeClient,
  LINODE_BASE_URL,
  type LinodeClient,
  type LinodeClientOptions,
} from "./client.js";
export { describeLinodeError } from "./errors.js";
export type { components, operations, paths } from "./generated/schema.js";
export { type ListAllLinodesOptions, listAllLinodes } from "./instances.js";

import type { components } from "./generated/schema.js";

/** One Linode backup or snapshot, as the API sends it. */
export type LinodeBackup = components["schemas"]["Backup"];
/** The body of `GET /linode/instances/{linodeId}/backups`. */
export type LinodeBackupList = components["schemas"]["BackupList"];
/** Linode's error envelope, `{ errors: [{ reason, field }] }`. */
export type LinodeErrorBody = components["schemas"]["ErrorBody"];
/** A Linode instance, as `GET /linode/instances` lists it. */
export type LinodeInstance = components["schemas"]["Linode"];
