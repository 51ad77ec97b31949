import type { BackupKind, BackupStatus, BackupTrigger, ProviderId } from "./backup.js";

/** One common field and where a provider's value comes from. */
export interface FieldMapping {
  /** The common field, e.g. `createdAt` or `resource.id`. */
  field: string;
  /** The provider field or rule it comes from. */
  from: string;
  note?: string;
}

/**
 * How one provider's backups become common `Backup` records. The converter
 * reads its status, trigger and kind tables from here, and the docs site
 * renders the same object, so the documentation cannot drift from the code.
 */
export interface ProviderMapping {
  provider: ProviderId;
  /** The provider's name for people. */
  title: string;
  /** The endpoints whose bodies the converter accepts. */
  endpoints: string[];
  fields: FieldMapping[];
  /** Provider status value → common status. Values not listed map to "unknown". */
  statuses: Readonly<Record<string, BackupStatus>>;
  triggers: Readonly<Record<string, BackupTrigger>>;
  kinds: Readonly<Record<string, BackupKind>>;
  /** Units and other rules worth knowing, one sentence each. */
  notes: string[];
}
