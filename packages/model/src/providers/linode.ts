import type { LinodeBackup, LinodeBackupList } from "@backupkit/linode";
import { type Backup, restorableFromStatus } from "../backup.js";
import {
  Cursor,
  forEachObject,
  isObject,
  type JsonObject,
  kindOf,
  readBackupId,
  readBoolean,
  readEnum,
  readString,
  readTimestamp,
  verbatim,
} from "../fields.js";
import { BodyError, type ConversionResult, describeValue } from "../issues.js";
import type { ProviderMapping } from "../mapping.js";
import { refOf } from "../ref.js";
import { MIB, toBytes } from "../units.js";

/** The tables the converter uses; the mapping below shows them in the docs. */
const statuses: ProviderMapping["statuses"] = {
  pending: "pending",
  paused: "pending",
  running: "running",
  needsPostProcessing: "running",
  successful: "available",
  failed: "failed",
  userAborted: "cancelled",
};
const triggers: ProviderMapping["triggers"] = { auto: "automatic", snapshot: "manual" };
const kinds: ProviderMapping["kinds"] = {};

// Stryker disable all: documentation text for the docs site; the tables it shows are the consts above, pinned row by row in test/mapping-tables.test.ts
export const linodeMapping: ProviderMapping = {
  provider: "linode",
  title: "Linode API v4",
  endpoints: [
    "GET /linode/instances/{linodeId}/backups/{backupId}",
    "GET /linode/instances/{linodeId}/backups",
  ],
  fields: [
    { field: "id", from: "id", note: "integer, as a string" },
    { field: "name", from: "label" },
    { field: "status", from: "status", note: "see the status table" },
    { field: "providerStatus", from: "status", note: "verbatim" },
    { field: "restorable", from: "available", note: "absent: from the status" },
    { field: "trigger", from: "type", note: "auto → automatic, snapshot → manual" },
    { field: "kind", from: "(none)", note: "Linode does not say: always unknown" },
    { field: "resource.type", from: "(constant)", note: '"linode"' },
    { field: "resource.id", from: "{linodeId} of the request", note: "when the caller passes it" },
    { field: "resource.name", from: "the Linode's label", note: "when the caller passes it" },
    {
      field: "resource.ref",
      from: "{linodeId}",
      note: 'such as "123"; null without the linodeId',
    },
    { field: "parentId", from: "(none)", note: "always null" },
    { field: "createdAt", from: "created", note: "zone-less, read as UTC" },
    { field: "completedAt", from: "finished", note: "zone-less, read as UTC" },
    { field: "updatedAt", from: "updated", note: "zone-less, read as UTC" },
    { field: "expiresAt", from: "(none)", note: "always null" },
    { field: "sizeBytes", from: "(none)", note: "Linode does not report the stored size" },
    { field: "resourceSizeBytes", from: "sum of disks[].size", note: "MB (MiB) × 1,048,576" },
    {
      field: "ref",
      from: "{linodeId}/id",
      note: 'such as "123/1234"; null without the linodeId',
    },
  ],
  statuses,
  triggers,
  kinds,
  notes: [
    "Timestamps carry no zone; Linode documents them as UTC.",
    "disks[].size is in MB (MiB); their sum is the size of what was backed up.",
    "A list body ({automatic, snapshot: {current, in_progress}}) yields one record per non-null entry.",
  ],
};
// Stryker restore all

/**
 * Every top-level field the spec documents for one Backup (typed against the
 * generated schema, so a field added to the spec must be added here). An
 * object with none of them, and without `automatic`/`snapshot`, is not a
 * Linode backup body.
 */
// Stryker disable BooleanLiteral: only the keys are read (Object.hasOwn)
const BACKUP_FIELDS: Readonly<Record<keyof LinodeBackup, true>> = {
  id: true,
  status: true,
  type: true,
  label: true,
  created: true,
  updated: true,
  finished: true,
  available: true,
  configs: true,
  disks: true,
  region: true,
};
// Stryker restore BooleanLiteral

/** What the request knew that the body does not carry. */
export interface LinodeContext {
  linodeId?: number | string;
  linodeLabel?: string;
}

/**
 * Converts a Linode backup body: one Backup (`GET …/backups/{backupId}`) or the
 * list body (`GET …/backups`). Throws `BodyError` when the body is neither.
 */
export function fromLinode(body: unknown, context: LinodeContext = {}): ConversionResult {
  const c = Cursor.start("linode");
  const backups: Backup[] = [];
  request = context;

  if (!isObject(body)) {
    throw new BodyError("linode", `expected a Backup or a backup list object, got ${kindOf(body)}`);
  }
  if (Array.isArray(body.errors)) {
    throw new BodyError(
      "linode",
      `the input is a Linode error response: ${errorReasons(body.errors)}`,
    );
  }
  if (Object.hasOwn(body, "automatic") || Object.hasOwn(body, "snapshot")) {
    const list = body as LinodeBackupList & JsonObject;
    forEachObject(c, list.automatic, "$.automatic", backups, addBackup);
    const snapshot: unknown = list.snapshot;
    if (isObject(snapshot)) {
      for (const slot of ["current", "in_progress"] as const) {
        const entry = snapshot[slot];
        if (isObject(entry)) {
          c.at(`$.snapshot.${slot}`);
          addBackup(c, entry, backups);
        } else if (entry !== null && entry !== undefined) {
          c.skip(`$.snapshot.${slot}`, `expected a backup object or null, got ${kindOf(entry)}`);
        }
      }
    } else if (snapshot !== null && snapshot !== undefined) {
      c.skip("$.snapshot", `expected an object, got ${kindOf(snapshot)}`);
    }
  } else if (Object.keys(body).some((key) => Object.hasOwn(BACKUP_FIELDS, key))) {
    c.at("$");
    addBackup(c, body, backups);
  } else {
    throw new BodyError(
      "linode",
      "not a Linode backup body: expected a Backup (id, status, …) or a list ({automatic, snapshot})",
    );
  }
  return { backups, issues: c.end(backups) };
}

function errorReasons(errors: unknown[]): string {
  const reasons = errors.map((e) =>
    isObject(e) && typeof e.reason === "string" ? e.reason : describeValue(e),
  );
  return reasons.join("; ") || "(no reason given)";
}

/**
 * What the request of the body being converted knew. Conversions are
 * synchronous, so one variable serves them all (an object made per
 * conversion would take its shape with it at every garbage collection: see
 * `Cursor`).
 */
let request: LinodeContext = {};

function addBackup(c: Cursor, raw: JsonObject, out: Backup[]): void {
  const backup = toBackup(c, raw, request);
  if (backup) out.push(backup);
}

function toBackup(c: Cursor, raw: JsonObject, context: LinodeContext): Backup | null {
  const id = readBackupId(c, "id", raw.id);
  if (id === null) return null;
  const status = readEnum(c, "status", raw.status, statuses, "unknown");
  const linodeId = context.linodeId === undefined ? null : String(context.linodeId);
  return {
    provider: "linode",
    id,
    name: readString(c, "label", raw.label),
    status,
    providerStatus: verbatim(raw.status),
    // Linode's own flag; a body without it falls back to the common rule.
    restorable: readBoolean(c, "available", raw.available) ?? restorableFromStatus(status),
    trigger: readEnum(c, "type", raw.type, triggers, "unknown"),
    kind: "unknown",
    resource: {
      type: "linode",
      id: linodeId,
      name: context.linodeLabel ?? null,
      ref: refOf(linodeId),
    },
    parentId: null,
    createdAt: readTimestamp(c, "created", raw.created),
    completedAt: readTimestamp(c, "finished", raw.finished),
    updatedAt: readTimestamp(c, "updated", raw.updated),
    expiresAt: null,
    sizeBytes: null,
    resourceSizeBytes: diskTotalBytes(c, raw.disks),
    raw,
    ref: refOf(linodeId, id),
  };
}

/** Sums `disks[].size` (MiB) into bytes; any unreadable disk makes the total unknown. */
function diskTotalBytes(c: Cursor, disks: unknown): number | null {
  if (disks === undefined || disks === null) return null;
  if (!Array.isArray(disks)) {
    c.warn("disks", `expected an array, got ${kindOf(disks)}`);
    return null;
  }
  let total = 0;
  for (let i = 0; i < disks.length; i++) {
    const disk: unknown = disks[i];
    const size = isObject(disk) ? disk.size : undefined;
    const bytes = typeof size === "number" ? toBytes(size, MIB) : undefined;
    if (bytes === undefined) {
      c.warn(
        `disks[${i}].size`,
        `expected a size in MB, got ${describeValue(size)}; total size unknown`,
      );
      return null;
    }
    total += bytes;
    if (!Number.isSafeInteger(total)) {
      c.warn(
        "disks",
        "the disks' sizes add up to more bytes than can be counted; total size unknown",
      );
      return null;
    }
  }
  return disks.length === 0 ? null : total;
}
