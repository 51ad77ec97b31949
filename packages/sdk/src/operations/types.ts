import type { Backup, ProviderId } from "@backupkit/model";
import type { SourceConfig, SourceContext } from "../sources/types.js";

/** The operations that change things, by the name programs call them. */
export const OPERATION_NAMES = [
  "create",
  "restore",
  "delete",
  "cancel",
  "enableSchedule",
  "disableSchedule",
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

/** What each operation takes. References are the `ref` and `resource.ref` of Backup records. */
export interface OperationArgs {
  create: { resource: string; label?: string };
  restore: { ref: string; target?: string; overwrite?: boolean };
  delete: { ref: string };
  cancel: { ref: string };
  enableSchedule: { resource: string };
  disableSchedule: { resource: string };
}

/** One request an operation sends, as `--dry-run` prints it. */
export interface PlannedRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The full URL, with the ids filled in; a `{placeholder}` where a value is only known once an earlier request answers. */
  url: string;
  body?: unknown;
  /**
   * Headers worth showing, where a provider adds its own to each request
   * (Huawei's AK/SK signature): credentials and signatures as `[redacted]`.
   */
  headers?: Readonly<Record<string, string>>;
}

/** What `waitFor` watches until an operation has ended: a backup, or the resource it keeps busy. */
export type WatchTarget = BackupWatch | ResourceWatch;

/** A backup the operation made or changes. */
export interface BackupWatch {
  /** The backup's ref. */
  ref: string;
  /** `available`: until it is available (or failed); `gone`: until the provider no longer has it. */
  until: "available" | "gone";
}

/**
 * A resource the operation keeps busy, for operations that change no backup
 * (a restore puts the target Linode in `restoring` until it is done).
 */
export interface ResourceWatch {
  /** The resource's ref (a `resource.ref`). */
  resource: string;
  /** Until the provider no longer reports the resource busy. */
  until: "idle";
}

/** A resource's state as the provider reports it, for `waitFor`. */
export interface ResourceState {
  /** The provider's own status, verbatim (Linode `restoring`, `running`). */
  status: string;
  /** Whether an operation is still running on it. */
  busy: boolean;
}

export interface OperationResult {
  provider: ProviderId;
  operation: OperationName;
  /** The backups the answer named, as common records (a new snapshot; none for an action that returns nothing). */
  backups: Backup[];
  /** One line for people: what was started. */
  message: string;
  /** Absent when there is nothing to wait for. */
  watch?: WatchTarget;
}

/** One operation of one provider. Arguments are checked by `plan`; nothing is sent there. */
export interface ProviderOperation<A> {
  /** The provider endpoints it calls, `METHOD /path`, for the docs. */
  endpoints: readonly string[];
  /** One or two sentences for the docs: what it does at this provider, and what it loses. */
  about: string;
  /** The requests it sends, for `--dry-run`; throws ArgumentError on a malformed reference. */
  plan(config: SourceConfig, args: A): PlannedRequest[];
  /** What is lost for good when it runs, for the confirmation prompt; null when nothing is. */
  loses(args: A): string | null;
  run(config: SourceConfig, args: A, context: SourceContext): Promise<OperationResult>;
}

/** What one provider can do. An operation it cannot do is absent, with the reason. */
export interface ProviderOperations {
  provider: ProviderId;
  operations: { [N in OperationName]?: ProviderOperation<OperationArgs[N]> };
  /** Why an operation is absent, one sentence each, for the error. */
  unsupported: { [N in OperationName]?: string };
  /** What else to know about this provider's operations, one paragraph each, for the docs. */
  notes?: readonly string[];
  /** One backup by its ref, for `waitFor`; null when the provider no longer has it. */
  get?(config: SourceConfig, ref: string, context: SourceContext): Promise<Backup | null>;
  /** One resource's state by its `resource.ref`, for `waitFor` on a ResourceWatch; null when it is gone. */
  resourceState?(
    config: SourceConfig,
    resource: string,
    context: SourceContext,
  ): Promise<ResourceState | null>;
}
