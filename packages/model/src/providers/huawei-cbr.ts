import type {
  HuaweiCbrBackup,
  HuaweiCbrBackupList,
  HuaweiCbrShowBackupBody,
} from "@backupkit/huawei-cbr";
import { type Backup, type BackupStatus, restorableFromStatus } from "../backup.js";
import {
  Cursor,
  type FieldsOf,
  forEachObject,
  hasOwnKeyOf,
  isObject,
  type JsonObject,
  kindOf,
  readBackupId,
  readBoolean,
  readEnum,
  readId,
  readNumber,
  readObject,
  readString,
  readTimestamp,
  verbatim,
} from "../fields.js";
import { BodyError, type ConversionResult, describeValue } from "../issues.js";
import type { ProviderMapping } from "../mapping.js";
import { refOf } from "../ref.js";
import { GIB, toBytes } from "../units.js";

/** The tables the converter uses; the mapping below shows them in the docs. */
const statuses: ProviderMapping["statuses"] = {
  waiting_protect: "pending",
  protecting: "running",
  available: "available",
  restoring: "restoring",
  waiting_restore: "restoring",
  deleting: "deleting",
  waiting_delete: "deleting",
  error: "failed",
};
const triggers: ProviderMapping["triggers"] = { true: "automatic", false: "manual" };
const kinds: ProviderMapping["kinds"] = { true: "incremental", false: "full" };

// Stryker disable all: documentation text for the docs site; the tables it shows are the consts above, pinned row by row in test/mapping-tables.test.ts
export const huaweiCbrMapping: ProviderMapping = {
  provider: "huawei-cbr",
  title: "Huawei Cloud CBR v3",
  endpoints: ["GET /v3/{project_id}/backups/{backup_id}", "GET /v3/{project_id}/backups"],
  fields: [
    { field: "id", from: "id" },
    { field: "name", from: "name" },
    { field: "status", from: "status", note: "see the status table" },
    { field: "providerStatus", from: "status", note: "verbatim" },
    {
      field: "restorable",
      from: "status, extend_info.supported_restore_mode",
      note: 'from the status (available → true; failed, cancelled, deleting → false; otherwise null), but false when supported_restore_mode is "na"',
    },
    {
      field: "trigger",
      from: "extend_info.auto_trigger",
      note: "true → automatic, false → manual",
    },
    {
      field: "kind",
      from: "incremental, else extend_info.incremental",
      note: "true → incremental, false → full; absent → unknown. The flag moved to the top level in 2024",
    },
    { field: "resource.type", from: "resource_type", note: "e.g. OS::Nova::Server" },
    { field: "resource.id", from: "resource_id" },
    { field: "resource.name", from: "resource_name" },
    {
      field: "resource.ref",
      from: "project_id/vault_id/resource_id",
      note: "the vault a new backup goes to and the resource; null when one is missing",
    },
    {
      field: "parentId",
      from: "the enclosing backup's id",
      note: "for entries of children[]; otherwise parent_id",
    },
    { field: "createdAt", from: "created_at", note: "zone-less values are UTC" },
    {
      field: "completedAt",
      from: "protected_at",
      note: 'Huawei\'s "backup time", when the data was protected; often null',
    },
    { field: "updatedAt", from: "updated_at" },
    { field: "expiresAt", from: "expired_at", note: "null: no expiry set" },
    { field: "sizeBytes", from: "(none)", note: "these endpoints do not report the stored size" },
    {
      field: "resourceSizeBytes",
      from: "resource_size",
      note: "GB (2^30 bytes) of the protected resource",
    },
    { field: "ref", from: "project_id/id", note: "as get takes it; null without project_id" },
  ],
  statuses,
  triggers,
  kinds,
  notes: [
    "A whole-server backup nests the backups of its disks in children[]; each child becomes its own record right after its parent, with parentId set.",
    "Timestamps come without a zone (read as UTC) or with +00:00; microseconds are cut to milliseconds.",
    "resource_size is in GB (2^30 bytes) and measures the protected server or disk, not the backup.",
    "protected_at, Huawei's \"backup time\", becomes completedAt; Huawei's samples leave it null or out.",
    "incremental is read at the top level of a backup (Huawei's SDK since 0.1.88, 2024-03-28) and, when absent there, in extend_info, where older responses carry it.",
    "replication_records (sent by ListBackups with show_replication=true), version, image_type and extend_info.is_multi_az stay in raw; a replication's destination vault is extra_info.destination_vault_id, spelled destinatio_vault_id before 2025-09.",
    "Error bodies in any of Huawei's three shapes ({error_code, error_msg}, {code, message}, or IAM's {error: {code, message}}) are rejected with their code and message.",
  ],
};
// Stryker restore all

/**
 * Fields of a CBR backup that no other provider's backup has: a bare object is
 * taken for a CBR backup only with one of them (`id` and `status` are everyone's).
 */
const OWN_KEYS = [
  "resource_id",
  "resource_type",
  "resource_size",
  "extend_info",
  "protected_at",
] satisfies (keyof HuaweiCbrBackup)[];

/**
 * Converts a CBR backup body: ShowBackup's `{backup}`, ListBackups'
 * `{count, backups}`, or one bare backup object (as `listAllBackups` yields).
 * Throws `BodyError` when the body is none of these, e.g. CBR's error body.
 */
export function fromHuaweiCbr(body: unknown): ConversionResult {
  const c = Cursor.start("huawei-cbr");
  const backups: Backup[] = [];
  childrenOf = null;
  if (!isObject(body)) throw notABackupBody(body);
  if ("backup" in body) {
    const { backup } = body as HuaweiCbrShowBackupBody & JsonObject;
    if (isObject(backup)) {
      c.at("$.backup");
      addBackup(c, backup, backups);
    } else c.skip("$.backup", `expected a backup object, got ${kindOf(backup)}`);
  } else if ("backups" in body) {
    const list = body as HuaweiCbrBackupList & JsonObject;
    forEachObject(c, list.backups, "$.backups", backups, addBackup);
  } else if (hasOwnKeyOf(body, OWN_KEYS)) {
    c.at("$");
    addBackup(c, body, backups);
  } else throw notABackupBody(body);
  return { backups, issues: c.end(backups) };
}

/**
 * The id of the backup whose `children[]` are being read; null at the top
 * level. Conversions are synchronous, so one variable serves them all (an
 * object made per conversion would take its shape with it at every garbage
 * collection: see `Cursor`).
 */
let childrenOf: string | null = null;

/** Adds the backup the cursor is at, then its children: children follow their parent. */
function addBackup(c: Cursor, raw: JsonObject, out: Backup[]): void {
  const backup = toBackup(c, raw, childrenOf);
  if (backup) out.push(backup);
  const children = raw.children;
  // Most backups have no children: no path is built for them.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path: forEachObject skips absent and null children too
  if (children === undefined || children === null) return;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path: forEachObject visits nothing in an empty list
  if (Array.isArray(children) && children.length === 0) return;
  const outerId = childrenOf;
  childrenOf = backup?.id ?? null;
  forEachObject(c, children, `${c.path}.children`, out, addBackup);
  childrenOf = outerId;
}

/** Keys of the error shapes Huawei's SDK core reads. */
const ERROR_KEYS = ["error", "error_code", "error_msg", "message"];

/**
 * Why a body is no backup body: an error in one of the shapes Huawei's SDK
 * core reads (`{error_code, error_msg}` from CBR and the API gateway, `{code,
 * message}`, or either pair nested in `error`, as IAM sends it), said with
 * its code and message (IAM's numeric code is left to the HTTP status); or
 * not a CBR body at all.
 */
function notABackupBody(body: unknown): BodyError {
  let why = `not a CBR backup body ({backup} or {count, backups}), got ${kindOf(body)}`;
  if (isObject(body) && hasOwnKeyOf(body, ERROR_KEYS)) {
    // A nested pair wins; a string or number `error` has no fields to read.
    const e = (body.error ?? body) as JsonObject;
    const said = [e.error_code ?? e.code, e.error_msg ?? e.message]
      .filter((part) => typeof part === "string" && part !== "")
      .join(": ");
    why = `the input is a Huawei error response: ${said || describeValue(body)}`;
  }
  return new BodyError("huawei-cbr", why);
}

function toBackup(
  c: Cursor,
  raw: FieldsOf<HuaweiCbrBackup>,
  enclosingId: string | null,
): Backup | null {
  const id = readBackupId(c, "id", raw.id);
  if (id === null) return null;
  const extend = readObject(c, "extend_info", raw.extend_info);
  const status = readEnum(c, "status", raw.status, statuses, "unknown");
  const projectId = readId(c, "project_id", raw.project_id);
  const resourceId = readId(c, "resource_id", raw.resource_id);
  return {
    provider: "huawei-cbr",
    id,
    name: readString(c, "name", raw.name),
    status,
    providerStatus: verbatim(raw.status),
    restorable: restorable(
      status,
      readString(c, "extend_info.supported_restore_mode", extend?.supported_restore_mode),
    ),
    trigger: byFlag(readBoolean(c, "extend_info.auto_trigger", extend?.auto_trigger), triggers),
    // The top-level flag (since 2024-03) wins; older responses carry it in extend_info.
    kind: byFlag(
      readBoolean(c, "incremental", raw.incremental) ??
        readBoolean(c, "extend_info.incremental", extend?.incremental),
      kinds,
    ),
    resource: {
      type: readString(c, "resource_type", raw.resource_type),
      id: resourceId,
      name: readString(c, "resource_name", raw.resource_name),
      ref: refOf(projectId, readId(c, "vault_id", raw.vault_id), resourceId),
    },
    parentId: parentIdOf(c, raw.parent_id, enclosingId),
    createdAt: readTimestamp(c, "created_at", raw.created_at),
    completedAt: readTimestamp(c, "protected_at", raw.protected_at),
    updatedAt: readTimestamp(c, "updated_at", raw.updated_at),
    expiresAt: readTimestamp(c, "expired_at", raw.expired_at),
    sizeBytes: null,
    resourceSizeBytes: resourceBytes(c, raw.resource_size),
    raw,
    ref: refOf(projectId, id),
  };
}

/** Looks a boolean up in a table keyed "true"/"false"; no flag is "unknown". */
function byFlag<T extends string>(
  flag: boolean | null,
  table: Readonly<Record<string, T>>,
): T | "unknown" {
  // Stryker disable next-line ConditionalExpression,StringLiteral: the tables have both "true" and "false", and no "null"
  return flag === null ? "unknown" : (table[String(flag)] ?? "unknown");
}

/** CBR's own word wins: "na" means the backup can only create new resources, not restore. */
function restorable(status: BackupStatus, restoreMode: string | null): boolean | null {
  return restoreMode === "na" ? false : restorableFromStatus(status);
}

/** A child's parent is the backup that encloses it; `parent_id` is the fallback. */
function parentIdOf(c: Cursor, parentId: unknown, enclosingId: string | null): string | null {
  const declared = readId(c, "parent_id", parentId);
  if (enclosingId !== null && declared !== null && declared !== enclosingId) {
    c.warn(
      "parent_id",
      `says ${describeValue(declared)} but the backup is a child of ${describeValue(enclosingId)}; using the enclosing backup`,
    );
  }
  return enclosingId ?? declared;
}

/** `resource_size` is GB (2^30 bytes) of the protected resource. */
function resourceBytes(c: Cursor, resourceSize: unknown): number | null {
  const size = readNumber(c, "resource_size", resourceSize);
  if (size === null) return null;
  const bytes = toBytes(size, GIB);
  if (bytes === undefined) {
    c.warn("resource_size", `expected a size in GB, got ${describeValue(size)}`);
    return null;
  }
  return bytes;
}
