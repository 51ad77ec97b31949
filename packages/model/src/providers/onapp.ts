import type { OnappBackup } from "@backupkit/onapp";
import type { Backup, BackupStatus } from "../backup.js";
import {
  backupReader,
  type FieldReader,
  hasOwnKeyOf,
  isObject,
  type JsonObject,
  kindOf,
  readBoolean,
  readEnum,
  readId,
  readNumber,
  readString,
  readTimestamp,
} from "../fields.js";
import { BodyError, type ConversionResult, describeValue, IssueLog } from "../issues.js";
import type { ProviderMapping } from "../mapping.js";
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
      note: "built, not locked and not marked for deletion",
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
  const log = new IssueLog("onapp");
  const backups: Backup[] = [];
  const add = (wrapper: JsonObject, path: string) => {
    const backup = toBackup(log, wrapper, path);
    if (backup) backups.push(backup);
  };

  if (Array.isArray(body)) {
    body.forEach((entry: unknown, index) => {
      const path = `$[${index}]`;
      if (isObject(entry)) add(entry, path);
      else
        log.skip(path, null, `expected {backup: {...}} or a backup object, got ${kindOf(entry)}`);
    });
  } else if (
    isObject(body) &&
    "backup" in body &&
    // Huawei's ShowBackup is a {backup: {...}} too: the fields tell them apart.
    (!isObject(body.backup) || hasOwnKeyOf(body.backup, OWN_KEYS))
  ) {
    add(body, "$");
  } else if (isObject(body) && ("errors" in body || "error" in body)) {
    throw new BodyError("onapp", `the input is an OnApp error response: ${errorMessages(body)}`);
  } else {
    throw new BodyError(
      "onapp",
      `not an OnApp backups body: expected [{backup: {...}}] or {backup: {...}} with OnApp's fields (built, backup_size, ...), got ${kindOf(body)}`,
    );
  }
  return { backups, issues: log.issues };
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

/** Unwraps `{backup: {...}}`; an entry without `backup` is taken as a bare backup object. */
function toBackup(log: IssueLog, wrapper: JsonObject, wrapperPath: string): Backup | null {
  let raw = wrapper;
  let path = wrapperPath;
  if ("backup" in wrapper) {
    path = `${wrapperPath}.backup`;
    if (!isObject(wrapper.backup)) {
      log.skip(path, null, `expected a backup object, got ${kindOf(wrapper.backup)}`);
      return null;
    }
    raw = wrapper.backup;
  }
  const r = backupReader(log, raw, path);
  if (r === null) return null;
  const id = r.backupId;
  const status = readStatus(r);
  const note = readString(r, field("note"));
  return {
    provider: "onapp",
    id,
    name: note === "" ? null : note,
    status: status.rule === null ? "unknown" : statusRules[status.rule],
    providerStatus: status.rule,
    restorable: status.restorable,
    trigger: readEnum(r, field("initiated"), triggers, "unknown").value,
    kind: readEnum(r, field("backup_type"), kinds, "unknown").value,
    resource: {
      type: readString(r, field("target_type")),
      id: readId(r, field("target_id")),
      name: null,
    },
    parentId: null,
    createdAt: readTimestamp(r, field("created_at")),
    completedAt: readTimestamp(r, field("built_at")),
    updatedAt: readTimestamp(r, field("updated_at")),
    expiresAt: null,
    sizeBytes: sizeBytes(r),
    resourceSizeBytes: null,
    raw,
  };
}

/** Names an OnApp field; typed against the spec so a renamed field fails to compile. */
function field(name: keyof OnappBackup): string {
  return name;
}

function readStatus(r: FieldReader): { rule: StatusRule | null; restorable: boolean | null } {
  const markedForDelete = readBoolean(r, field("marked_for_delete"));
  const built = readBoolean(r, field("built"));
  const locked = readBoolean(r, field("locked"));
  if (markedForDelete === true) return { rule: "marked_for_delete", restorable: false };
  if (built === null) {
    const value = r.object[field("built")];
    if (value === undefined || value === null) r.warn(field("built"), "missing; status unknown");
    return { rule: null, restorable: null };
  }
  if (built) return { rule: "built", restorable: locked !== true };
  return { rule: locked === true ? "locked, not built" : "not built", restorable: false };
}

/** `backup_size` is kB (1024 bytes). */
function sizeBytes(r: FieldReader): number | null {
  const size = readNumber(r, field("backup_size"));
  if (size === null) return null;
  const bytes = toBytes(size, KIB);
  if (bytes === undefined) {
    r.warn(field("backup_size"), `expected a size in kB, got ${describeValue(size)}`);
    return null;
  }
  return bytes;
}
