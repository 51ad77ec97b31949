import type { OnappBackup } from "@backupkit/onapp";
import {
  type Backup,
  type BackupResource,
  type BackupStatus,
  restorableFromStatus,
} from "../backup.js";
import {
  Cursor,
  type FieldsOf,
  hasOwnKeyOf,
  isObject,
  type JsonObject,
  kindOf,
  readBackupId,
  readBoolean,
  readEnum,
  readId,
  readNumber,
  readString,
  readTimestamp,
} from "../fields.js";
import { BodyError, type ConversionResult, describeValue } from "../issues.js";
import type { ProviderMapping } from "../mapping.js";
import { refOf, refWithin } from "../ref.js";
import { KIB, toBytes } from "../units.js";

/**
 * OnApp has no status field: the status follows from three flags, checked in
 * this order. The first rule that holds is the record's `providerStatus`.
 */
const statusRules = {
  marked_for_delete: "deleting",
  built: "available",
  "locked, not built": "running",
  "not built": "pending",
} as const satisfies Record<string, BackupStatus>;

type StatusRule = keyof typeof statusRules;

/** The tables the converter uses; the mapping below shows them in the docs. */
const triggers: ProviderMapping["triggers"] = {
  manual: "manual",
  days: "automatic",
  weeks: "automatic",
  months: "automatic",
  years: "automatic",
};
const kinds: ProviderMapping["kinds"] = { normal: "full", incremental: "incremental" };

// Stryker disable all: documentation text for the docs site; the tables it shows are the consts above, pinned row by row in test/mapping-tables.test.ts
export const onappMapping: ProviderMapping = {
  provider: "onapp",
  title: "OnApp (Superb Flex Cloud)",
  endpoints: [
    "GET /virtual_machines/{virtual_machine_id}/backups/images.json",
    "GET /virtual_machines/{virtual_machine_id}/backups/images.xml (read with parseOnappBackupsXml)",
  ],
  fields: [
    { field: "id", from: "id", note: "integer, as a string" },
    { field: "name", from: "note", note: "the backup's note; null when it has none" },
    { field: "status", from: "marked_for_delete, built, locked", note: "see the status table" },
    {
      field: "providerStatus",
      from: "(derived)",
      note: "OnApp has no status field: the status table's rule that applied",
    },
    {
      field: "restorable",
      from: "built, locked, marked_for_delete",
      note: "from the status (available → true, deleting → false, pending → null), but false while a built backup is locked",
    },
    {
      field: "trigger",
      from: "initiated",
      note: "manual → manual; days, weeks, months, years → automatic",
    },
    { field: "kind", from: "backup_type", note: "normal → full, incremental → incremental" },
    {
      field: "resource.type",
      from: "target_type",
      note: "verbatim: Disk (normal backups) or VirtualMachine (incremental backups)",
    },
    { field: "resource.id", from: "target_id" },
    { field: "resource.name", from: "(none)", note: "always null" },
    {
      field: "resource.ref",
      from: "target_type, target_id",
      note: "disk/<target_id> for a Disk, virtual_machine/<target_id> for a VirtualMachine; null for another type",
    },
    { field: "parentId", from: "(none)", note: "always null" },
    { field: "createdAt", from: "created_at", note: "zone offset converted to UTC" },
    { field: "completedAt", from: "built_at", note: "zone offset converted to UTC" },
    { field: "updatedAt", from: "updated_at", note: "zone offset converted to UTC" },
    { field: "expiresAt", from: "(none)", note: "always null" },
    { field: "sizeBytes", from: "backup_size", note: "kB (KiB) × 1,024" },
    {
      field: "resourceSizeBytes",
      from: "(none)",
      note: "OnApp reports min_disk_size, what a restore needs, not the size backed up",
    },
    { field: "ref", from: "id", note: "OnApp addresses a backup by its id alone" },
  ],
  statuses: statusRules,
  triggers,
  kinds,
  notes: [
    "The status comes from flags, first match wins: marked_for_delete → deleting; built → available; locked but not built → running; not built → pending; built missing → unknown.",
    "locked means a transaction holds the backup: on a backup not built yet it is being taken (running); a built backup stays available but is not restorable until the lock is released.",
    "backup_size is in kB (1024 bytes).",
    "Timestamps carry the Control Panel's zone offset (e.g. +03:00) and are converted to UTC.",
    "The page documents allowed_resize_without_reboot but the API sends allow_resize_without_reboot; neither is mapped, both stay in raw.",
    "The XML body, read with parseOnappBackupsXml, gives the same records as the JSON body.",
  ],
};
// Stryker restore all

/**
 * Fields of an OnApp backup that no other provider's backup has: one
 * `{backup: {...}}` is OnApp's only with one of them, as Huawei's ShowBackup
 * body has the same wrapper.
 */
const OWN_KEYS = [
  "built",
  "backup_size",
  "backup_type",
  "initiated",
  "target_id",
  "target_type",
] satisfies (keyof OnappBackup)[];

/**
 * Converts an OnApp backups body: the list `[{backup: {...}}]` (entries may
 * also be bare backup objects) or one `{backup: {...}}`. XML bodies convert
 * the same once read with `parseOnappBackupsXml` from `@backupkit/onapp`.
 * Throws `BodyError` for an OnApp error body or anything that is not a backups body.
 */
export function fromOnapp(body: unknown): ConversionResult {
  const c = Cursor.start("onapp");
  const backups: Backup[] = [];

  if (Array.isArray(body)) {
    for (let i = 0; i < body.length; i++) {
      const entry: unknown = body[i];
      c.at("$", i);
      if (isObject(entry)) addBackup(c, entry, backups);
      else {
        c.skip(c.path, `expected {backup: {...}} or a backup object, got ${kindOf(entry)}`);
      }
    }
  } else if (
    isObject(body) &&
    "backup" in body &&
    // Huawei's ShowBackup is a {backup: {...}} too: the fields tell them apart.
    (!isObject(body.backup) || hasOwnKeyOf(body.backup, OWN_KEYS))
  ) {
    c.at("$");
    addBackup(c, body, backups);
  } else if (isObject(body) && ("errors" in body || "error" in body)) {
    throw new BodyError("onapp", `the input is an OnApp error response: ${errorMessages(body)}`);
  } else {
    throw new BodyError(
      "onapp",
      `not an OnApp backups body: expected [{backup: {...}}] or {backup: {...}} with OnApp's fields (built, backup_size, ...), got ${kindOf(body)}`,
    );
  }
  return { backups, issues: c.end(backups) };
}

/** The messages of `{errors: [...]}`, `{errors: {field: [...]}}` or `{error: "..."}`. */
function errorMessages(body: JsonObject): string {
  const errors = body.errors ?? body.error ?? [];
  const text = (message: unknown) =>
    typeof message === "string" ? message : describeValue(message);
  const messages = isObject(errors)
    ? Object.entries(errors).flatMap(([field, list]) =>
        [list].flat().map((m) => (field === "base" ? text(m) : `${field}: ${text(m)}`)),
      )
    : [errors].flat().map(text);
  return messages.join("; ") || "(no message given)";
}

function addBackup(c: Cursor, wrapper: JsonObject, out: Backup[]): void {
  const backup = toBackup(c, wrapper);
  if (backup) out.push(backup);
}

/**
 * Unwraps `{backup: {...}}`; an entry without `backup` is taken as a bare
 * backup object. The cursor is at the entry, and moves into `backup`.
 */
function toBackup(c: Cursor, wrapper: JsonObject): Backup | null {
  let raw: FieldsOf<OnappBackup> = wrapper;
  if ("backup" in wrapper) {
    c.into("backup", -1);
    if (!isObject(wrapper.backup)) {
      c.skip(c.path, `expected a backup object, got ${kindOf(wrapper.backup)}`);
      return null;
    }
    raw = wrapper.backup;
  }
  const id = readBackupId(c, "id", raw.id);
  return id === null ? null : new OnappRecord(c, raw, id);
}

/*
 * The record and its resource are made by constructors, not object literals,
 * for the reason given at Z.com's `RunBackup`: V8 allocates a literal's
 * objects that have outlived a few garbage collections straight into the old
 * generation, where every string stored in them takes the write barrier's
 * slow path. The fields are assigned in the order of `Backup`.
 */

class OnappRecord implements Backup {
  declare provider: "onapp";
  declare id: string;
  declare name: string | null;
  declare status: BackupStatus;
  declare providerStatus: StatusRule | null;
  declare restorable: boolean | null;
  declare trigger: Backup["trigger"];
  declare kind: Backup["kind"];
  declare resource: BackupResource;
  declare parentId: null;
  declare createdAt: string | null;
  declare completedAt: string | null;
  declare updatedAt: string | null;
  declare expiresAt: null;
  declare sizeBytes: number | null;
  declare resourceSizeBytes: null;
  declare raw: FieldsOf<OnappBackup>;
  declare ref: string | null;

  constructor(c: Cursor, raw: FieldsOf<OnappBackup>, id: string) {
    const locked = readBoolean(c, "locked", raw.locked);
    const rule = statusRule(c, raw, locked);
    const note = readString(c, "note", raw.note);
    const status = rule === null ? "unknown" : statusRules[rule];
    const targetType = readString(c, "target_type", raw.target_type);
    const targetId = readId(c, "target_id", raw.target_id);
    this.provider = "onapp";
    this.id = id;
    this.name = note === "" ? null : note;
    this.status = status;
    this.providerStatus = rule;
    // A lock is OnApp's own word that a built backup cannot be restored yet.
    this.restorable = rule === "built" && locked === true ? false : restorableFromStatus(status);
    this.trigger = readEnum(c, "initiated", raw.initiated, triggers, "unknown");
    this.kind = readEnum(c, "backup_type", raw.backup_type, kinds, "unknown");
    this.resource = new TargetResource(targetType, targetId);
    this.parentId = null;
    this.createdAt = readTimestamp(c, "created_at", raw.created_at);
    this.completedAt = readTimestamp(c, "built_at", raw.built_at);
    this.updatedAt = readTimestamp(c, "updated_at", raw.updated_at);
    this.expiresAt = null;
    this.sizeBytes = sizeBytes(c, raw.backup_size);
    this.resourceSizeBytes = null;
    this.raw = raw;
    this.ref = refOf(id);
  }
}

class TargetResource implements BackupResource {
  declare type: string | null;
  declare id: string | null;
  declare name: null;
  declare ref: string | null;

  constructor(type: string | null, id: string | null) {
    this.type = type;
    this.id = id;
    this.name = null;
    this.ref = targetRef(type, id);
  }
}

/**
 * A disk is backed up on its own (`POST /settings/disks/{id}/backups`) and a
 * virtual machine's schedule is its autobackup: the kind prefix says which
 * endpoints a resource reference is for.
 */
function targetRef(type: string | null, id: string | null): string | null {
  // Stryker disable next-line ConditionalExpression: TARGET_KINDS has no "null" key, so looking null up gives undefined too
  const kind = type === null ? undefined : TARGET_KINDS[type];
  // The kinds are valid reference parts: only the id needs checking.
  return kind === undefined ? null : refWithin(kind, id);
}

const TARGET_KINDS: Readonly<Record<string, string>> = {
  Disk: "disk",
  VirtualMachine: "virtual_machine",
};

/**
 * The first status rule that holds, or null when `built` cannot be read
 * (missing is warned about here, the wrong type by `readBoolean`).
 */
function statusRule(
  c: Cursor,
  raw: FieldsOf<OnappBackup>,
  locked: boolean | null,
): StatusRule | null {
  const markedForDelete = readBoolean(c, "marked_for_delete", raw.marked_for_delete);
  const built = readBoolean(c, "built", raw.built);
  if (markedForDelete === true) return "marked_for_delete";
  if (built === null) {
    if (raw.built === undefined || raw.built === null) c.warn("built", "missing; status unknown");
    return null;
  }
  if (built) return "built";
  return locked === true ? "locked, not built" : "not built";
}

/** `backup_size` is kB (1024 bytes). */
function sizeBytes(c: Cursor, backupSize: unknown): number | null {
  const size = readNumber(c, "backup_size", backupSize);
  if (size === null) return null;
  const bytes = toBytes(size, KIB);
  if (bytes === undefined) {
    c.warn("backup_size", `expected a size in kB, got ${describeValue(size)}`);
    return null;
  }
  return bytes;
}
