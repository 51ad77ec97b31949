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

export type BackupTrigger = "automatic" | "manual" | "unknown";
export type BackupKind = "full" | "incremental" | "unknown";

/** The resource a backup was taken of. */
export interface BackupResource {
  type: string | null;
  id: string | null;
  name: string | null;
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
  /** Restorable now, where the provider says. */
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
}
