/** The providers backupkit reads. */
export const PROVIDER_IDS = ["linode", "huawei-cbr", "onapp", "zcom", "northflank"] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const BACKUP_STATUSES = [
  "pending",
  "running",
  "available",
  "restoring",
  "deleting",
  "failed",
  "cancelled",
  "unknown",
] as const;
export type BackupStatus = (typeof BACKUP_STATUSES)[number];

export const BACKUP_TRIGGERS = ["automatic", "manual", "unknown"] as const;
export type BackupTrigger = (typeof BACKUP_TRIGGERS)[number];

export const BACKUP_KINDS = ["full", "incremental", "unknown"] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** The resource a backup was taken of. */
export interface BackupResource {
  type: string | null;
  id: string | null;
  name: string | null;
  /**
   * What `create` and the schedule operations accept for this resource: the
   * provider's ids joined by "/" (Linode `123`); null where they are not known.
   */
  ref: string | null;
}

/**
 * One restorable point in time, the same shape for every provider.
 * Field names are a contract: see the "Common backup model" page of the docs.
 */
export interface Backup {
  provider: ProviderId;
  /** The provider's id of this backup, as a string. */
  id: string;
  name: string | null;
  status: BackupStatus;
  /** The provider's own status value, verbatim. */
  providerStatus: string | null;
  /** Restorable now: the provider's own flag, else from the status (see `restorableFromStatus`). */
  restorable: boolean | null;
  trigger: BackupTrigger;
  kind: BackupKind;
  resource: BackupResource;
  /** The enclosing backup or series. */
  parentId: string | null;
  /** ISO 8601 in UTC with milliseconds: "2018-01-15T00:01:01.000Z". */
  createdAt: string | null;
  completedAt: string | null;
  updatedAt: string | null;
  expiresAt: string | null;
  /** Stored size of the backup itself, in bytes. */
  sizeBytes: number | null;
  /** Size of what was backed up, in bytes. */
  resourceSizeBytes: number | null;
  /** The provider object this record came from. */
  raw: unknown;
  /**
   * What `get`, `restore`, `delete` and `cancel` accept for this backup: the
   * provider's ids joined by "/" (Linode `123/1234`); null where they are not known.
   */
  ref: string | null;
}

/**
 * The one rule for `restorable` where a provider has no flag of its own:
 * available backups restore; failed, cancelled and deleting ones never will;
 * of any other status (still running, being restored, unknown) nothing is known yet.
 */
export function restorableFromStatus(status: BackupStatus): boolean | null {
  if (status === "available") return true;
  if (status === "failed" || status === "cancelled" || status === "deleting") return false;
  return null;
}

/** What one field of the model means, for people: the docs site renders these. */
export interface FieldDescription<Name extends string = string> {
  name: Name;
  /** The TypeScript type as written in the interface. */
  type: string;
  meaning: string;
  /** The values an enumerated field takes. */
  values?: readonly string[];
}

/**
 * The meaning of every `Backup` field, in interface order. The single source
 * of the field descriptions on the docs site; a type test keeps the names
 * equal to `keyof Backup`.
 */
export const BACKUP_FIELDS = [
  {
    name: "provider",
    type: "ProviderId",
    meaning: "The provider the backup was read from.",
    values: PROVIDER_IDS,
  },
  {
    name: "id",
    type: "string",
    meaning: "The provider's id of this backup, as a string (numeric ids are turned into strings).",
  },
  { name: "name", type: "string | null", meaning: "The backup's name or label, where it has one." },
  {
    name: "status",
    type: "BackupStatus",
    meaning:
      "The provider's status mapped to a common status. A value the mapping does not know becomes unknown and leaves a warning.",
    values: BACKUP_STATUSES,
  },
  {
    name: "providerStatus",
    type: "string | null",
    meaning: "The provider's own status value, verbatim; null when the provider sends none.",
  },
  {
    name: "restorable",
    type: "boolean | null",
    meaning:
      "Whether the backup can be restored now, by one rule for every provider: the provider's own flag where it has one (Linode available); otherwise from the status: available is true; failed, cancelled and deleting are false; anything else is null. Converters never read the clock: an audit counts a backup whose expiresAt has passed as not restorable.",
  },
  {
    name: "trigger",
    type: "BackupTrigger",
    meaning: "Whether a schedule or a person started the backup.",
    values: BACKUP_TRIGGERS,
  },
  {
    name: "kind",
    type: "BackupKind",
    meaning: "Whether the backup holds everything or only the changes since an earlier one.",
    values: BACKUP_KINDS,
  },
  {
    name: "resource",
    type: "BackupResource",
    meaning: "The resource the backup was taken of: its type, id and name, where known.",
  },
  {
    name: "parentId",
    type: "string | null",
    meaning:
      "The id of the enclosing backup or series, for providers that nest backups; otherwise null.",
  },
  {
    name: "createdAt",
    type: "string | null",
    meaning:
      'When the backup was started or created: ISO 8601 in UTC with milliseconds, such as "2018-01-15T00:01:01.000Z".',
  },
  {
    name: "completedAt",
    type: "string | null",
    meaning: "When the backup finished, in the same format; null while it runs.",
  },
  {
    name: "updatedAt",
    type: "string | null",
    meaning: "When the provider last changed the record, in the same format.",
  },
  {
    name: "expiresAt",
    type: "string | null",
    meaning:
      "When the provider will delete the backup, in the same format; null when it does not say.",
  },
  {
    name: "sizeBytes",
    type: "number | null",
    meaning: "The stored size of the backup itself, in bytes.",
  },
  {
    name: "resourceSizeBytes",
    type: "number | null",
    meaning: "The size of what was backed up (the disks or volume), in bytes.",
  },
  {
    name: "raw",
    type: "unknown",
    meaning:
      "The provider object this record came from, untouched, for anything the model leaves out.",
  },
  {
    name: "ref",
    type: "string | null",
    meaning:
      'A reference to this backup that get, restore, delete and cancel accept unchanged: the ids the provider needs to address it, joined by "/" (Linode linodeId/backupId, such as "123/1234"; Northflank project/addon/backup). Opaque: pass it back as it is. Null where the converter does not know every id it needs (a Linode body converted without its linodeId).',
  },
] as const satisfies readonly FieldDescription<keyof Backup>[];

/** The meaning of every `BackupResource` field; see `BACKUP_FIELDS`. */
export const BACKUP_RESOURCE_FIELDS = [
  {
    name: "type",
    type: "string | null",
    meaning: 'The kind of resource in the provider\'s terms, such as "linode" or "volume".',
  },
  { name: "id", type: "string | null", meaning: "The provider's id of the resource, as a string." },
  { name: "name", type: "string | null", meaning: "The resource's name, where it is known." },
  {
    name: "ref",
    type: "string | null",
    meaning:
      'A reference to the resource that create and the schedule operations accept unchanged as --resource (Linode "123"); null where its ids are not known.',
  },
] as const satisfies readonly FieldDescription<keyof BackupResource>[];
