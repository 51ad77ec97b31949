import type { Backup, ConversionIssue, ProviderId } from "@backupkit/model";
import type { SourceConfig, SourceContext } from "../sources/types.js";

/** A resource a provider can back up: a Linode, a server in a CBR vault, a VM, an addon. */
export interface ProtectableResource {
  provider: ProviderId;
  /** The provider's own kind of resource: `linode`, `OS::Nova::Server`, `VirtualMachine`, `instance`, `addon`. */
  type: string;
  /** The provider's id, as the converters set `Backup.resource.id` for its backups. */
  id: string;
  name: string | null;
  /**
   * What the provider says of its backups: enabled or scheduled (`true`), not
   * (`false`), or nothing (`null`, when only its backups can tell).
   */
  backupsEnabled: boolean | null;
  /**
   * What create and schedule take for it, as the converters set
   * `Backup.resource.ref` for its backups. A lister that sets
   * `matchByRef` matches backups to resources by it.
   */
  ref?: string | null;
}

/**
 * One step of a provider's audit walk. A chunk may carry resources, backups or
 * both; backups are matched to resources by their `resource.id` (by
 * `resource.ref` for a lister that sets `matchByRef`), or, where the provider
 * lists backups per resource, to the `owner` they were listed for.
 */
export interface ResourceChunk {
  resources?: ProtectableResource[];
  backups?: Backup[];
  /**
   * The id of the resource these backups were listed for (OnApp backs up a
   * VM's disks); its ref, for a lister that sets `matchByRef`.
   */
  owner?: string;
  issues?: ConversionIssue[];
  /** Resources whose backups could not be read: the audit cannot vouch for them. */
  unreadable?: { resourceId: string; message: string }[];
}

/**
 * How the audit reads one provider: its protectable resources and their
 * backups, in one pass. Failures that stop the walk throw SourceError.
 */
export interface ResourceLister<K extends string = string> {
  id: ProviderId;
  /**
   * Match backups to resources by `resource.ref` rather than `resource.id`:
   * for a provider whose ids are unique only within a scope, such as
   * Northflank's addons within their project, where two projects' `postgres`
   * addons would otherwise be taken for one resource.
   */
  matchByRef?: boolean;
  list(config: SourceConfig<K>, context: SourceContext): AsyncIterable<ResourceChunk>;
}
