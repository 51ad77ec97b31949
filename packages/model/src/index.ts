export {
  BACKUP_FIELDS,
  BACKUP_KINDS,
  BACKUP_RESOURCE_FIELDS,
  BACKUP_STATUSES,
  BACKUP_TRIGGERS,
  type Backup,
  type BackupKind,
  type BackupResource,
  type BackupStatus,
  type BackupTrigger,
  type FieldDescription,
  PROVIDER_IDS,
  type ProviderId,
  restorableFromStatus,
} from "./backup.js";
export {
  Cursor,
  type FieldsOf,
  forEachObject,
  idOf,
  isObject,
  kindOf,
  readBackupId,
  readBoolean,
  readEnum,
  readId,
  readNumber,
  readObject,
  readString,
  readTimestamp,
  type Visit,
  verbatim,
} from "./fields.js";
export { BodyError, type ConversionIssue, type ConversionResult } from "./issues.js";
export type { FieldMapping, ProviderMapping } from "./mapping.js";
export { fromHuaweiCbr, huaweiCbrMapping } from "./providers/huawei-cbr.js";
export { fromLinode, type LinodeContext, linodeMapping } from "./providers/linode.js";
export { fromNorthflank, northflankMapping } from "./providers/northflank.js";
export { fromOnapp, onappMapping } from "./providers/onapp.js";
export { fromZcom, zcomMapping } from "./providers/zcom.js";
export { REF_PART, refOf } from "./ref.js";
export { mappings, toBackups } from "./registry.js";
export { epochMsToIso, toIsoUtc } from "./timestamp.js";
export { GIB, KIB, MIB, toBytes } from "./units.js";
