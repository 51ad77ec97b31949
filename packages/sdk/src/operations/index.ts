import type { Backup, ProviderId } from "@backupkit/model";
import type { SourceConfig, SourceContext } from "../sources/types.js";
import { UnsupportedOperationError } from "./errors.js";
import { providerOperations } from "./registry.js";
import type {
  OperationArgs,
  OperationName,
  OperationResult,
  PlannedRequest,
  ProviderOperation,
  WatchTarget,
} from "./types.js";

/** A configured provider, as `resolveSetups` gives it. */
export interface OperationSetup {
  provider: ProviderId;
  config: SourceConfig;
}

/**
 * One operation of one provider, or UnsupportedOperationError naming both.
 * `plan`, `loses` and `run` are what `--dry-run`, the confirmation prompt and
 * the real call use, so what is shown is what is sent.
 */
export function operationOf<N extends OperationName>(
  provider: ProviderId,
  name: N,
): ProviderOperation<OperationArgs[N]> {
  const entry = providerOperations.find((p) => p.provider === provider);
  const operation = entry?.operations[name] as ProviderOperation<OperationArgs[N]> | undefined;
  if (!operation) {
    throw new UnsupportedOperationError(
      provider,
      name,
      entry?.unsupported[name] ?? "not supported",
    );
  }
  return operation;
}

/** The requests an operation would send; nothing is sent. */
export function plan<N extends OperationName>(
  setup: OperationSetup,
  name: N,
  args: OperationArgs[N],
): PlannedRequest[] {
  return operationOf(setup.provider, name).plan(setup.config, args);
}

const run =
  <N extends OperationName>(name: N) =>
  (
    setup: OperationSetup,
    args: OperationArgs[N],
    context: SourceContext,
  ): Promise<OperationResult> =>
    operationOf(setup.provider, name).run(setup.config, args, context);

/** Takes a backup of `resource` (a `resource.ref`). */
export const create = run("create");
/** Restores the backup `ref` to itself, or to `target` (a `resource.ref`). */
export const restore = run("restore");
/** Deletes the backup `ref`. */
export const deleteBackup = run("delete");
/** Cancels the backup `ref` (Northflank: aborts it; Linode: cancels the Backup service). */
export const cancel = run("cancel");
/** Turns on the provider's automatic backups of `resource`. */
export const enableSchedule = run("enableSchedule");
/** Turns them off. */
export const disableSchedule = run("disableSchedule");

export interface WaitOptions {
  /** Give up after this long; WaitTimeoutError. */
  timeoutMs: number;
  /** The first wait between polls; it doubles up to `maxIntervalMs`. Default 500. */
  intervalMs?: number;
  maxIntervalMs?: number;
  /**
   * Called after each poll with what the provider said: the backup's common
   * status, `gone`, or a watched resource's own status (Linode `restoring`).
   */
  onProgress?: (status: string, elapsedMs: number) => void;
  signal?: AbortSignal;
}

/** The wait ran out before the operation ended. */
export class WaitTimeoutError extends Error {
  override name = "WaitTimeoutError";
}

/** Statuses after which a backup will not change on its own. */
const ENDED = new Set(["available", "failed", "cancelled"]);

/** One poll: the status to report, whether the operation has ended, and the backup seen. */
interface Poll {
  status: string;
  ended: boolean;
  backup: Backup | null;
}

/**
 * Polls `target` with backoff until the operation has ended: for a backup,
 * until it is available, failed or cancelled (`until: "available"`) or the
 * provider no longer has it (`until: "gone"`); for a resource, until the
 * provider no longer reports it busy (or it is gone). Returns the backup's
 * last record; null when it is gone, and for a resource.
 */
export async function waitFor(
  setup: OperationSetup,
  target: WatchTarget,
  context: SourceContext,
  options: WaitOptions,
): Promise<Backup | null> {
  const poll = poller(setup, target, context);
  const started = Date.now();
  let interval = options.intervalMs ?? 500;
  const maxInterval = options.maxIntervalMs ?? 10_000;
  for (;;) {
    const { status, ended, backup } = await poll();
    const elapsed = Date.now() - started;
    options.onProgress?.(status, elapsed);
    if (ended) return backup;
    if (elapsed + interval > options.timeoutMs) {
      throw new WaitTimeoutError(
        `still ${status} after ${Math.round(elapsed / 1000)} s; it goes on at the provider: check with "backupkit get" or "backupkit list"`,
      );
    }
    await new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, interval);
      options.signal?.addEventListener("abort", () => {
        clearTimeout(timer);
        reject(options.signal?.reason);
      });
    });
    interval = Math.min(maxInterval, interval * 2);
  }
}

/** How to poll one target at its provider; UnsupportedOperationError when it cannot be fetched. */
function poller(
  setup: OperationSetup,
  target: WatchTarget,
  context: SourceContext,
): () => Promise<Poll> {
  const entry = providerOperations.find((p) => p.provider === setup.provider);
  const cannot = (what: string) =>
    new UnsupportedOperationError(setup.provider, "waitFor" as OperationName, what);
  if ("resource" in target) {
    const state = entry?.resourceState;
    if (!state) throw cannot("it cannot fetch a resource's state");
    return async () => {
      const now = await state(setup.config, target.resource, context);
      if (now === null) return { status: "gone", ended: true, backup: null };
      return { status: now.status, ended: !now.busy, backup: null };
    };
  }
  const get = entry?.get;
  if (!get) throw cannot("it cannot fetch one backup");
  return async () => {
    const backup = await get(setup.config, target.ref, context);
    if (backup === null) return { status: "gone", ended: true, backup };
    return {
      status: backup.status,
      ended: target.until === "available" && ENDED.has(backup.status),
      backup,
    };
  };
}

export { OutcomeUnknownError, UnsupportedOperationError } from "./errors.js";
export { providerOperations } from "./registry.js";
export {
  type BackupWatch,
  OPERATION_NAMES,
  type OperationArgs,
  type OperationName,
  type OperationResult,
  type PlannedRequest,
  type ProviderOperation,
  type ProviderOperations,
  type ResourceState,
  type ResourceWatch,
  type WatchTarget,
} from "./types.js";
