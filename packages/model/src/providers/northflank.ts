import type { NorthflankBackup } from "@backupkit/northflank";
import type { Backup, BackupResource, BackupTrigger } from "../backup.js";
import {
  backupReader,
  type FieldReader,
  forEachObject,
  hasOwnKeyOf,
  isObject,
  type JsonObject,
  kindOf,
  nestedReader,
  readEnum,
  readId,
  readNumber,
  readString,
  readTimestamp,
} from "../fields.js";
import { BodyError, type ConversionResult, describeValue, IssueLog } from "../issues.js";
import type { ProviderMapping } from "../mapping.js";
import { epochMsToIso } from "../timestamp.js";
import { toBytes } from "../units.js";

/** The tables the converter uses; the mapping below shows them in the docs. */
const statuses: ProviderMapping["statuses"] = {
  scheduled: "pending",
  "in-progress": "running",
  completed: "available",
  aborting: "cancelled",
  aborted: "cancelled",
  failed: "failed",
  "not-supported": "failed",
};
const triggers: ProviderMapping["triggers"] = {};
const kinds: ProviderMapping["kinds"] = {};

export const northflankMapping: ProviderMapping = {
  provider: "northflank",
  title: "Northflank API v1",
  endpoints: ["GET /v1/backup-destinations/{backupDestinationId}/backups"],
  fields: [
    { field: "id", from: "id" },
    { field: "name", from: "name" },
    { field: "status", from: "status", note: "see the status table" },
    { field: "providerStatus", from: "status", note: "verbatim" },
    { field: "restorable", from: "(none)", note: "Northflank does not say: always null" },
    {
      field: "trigger",
      from: "schedules",
      note: "non-empty → automatic; empty or absent → unknown (Northflank does not mark manual backups)",
    },
    { field: "kind", from: "(none)", note: "Northflank does not say: always unknown" },
    { field: "resource.type", from: "(constant)", note: '"addon": Northflank backs up addons' },
    { field: "resource.id", from: "addon.id", note: "unique within its project" },
    { field: "resource.name", from: "addon.name", note: "the project stays in raw.project" },
    { field: "parentId", from: "(none)", note: "always null" },
    { field: "createdAt", from: "createdAt", note: "when the backup was initiated" },
    { field: "completedAt", from: "completedAt" },
    { field: "updatedAt", from: "(none)", note: "always null" },
    {
      field: "expiresAt",
      from: "expiredBy",
      note: 'epoch milliseconds, a number or a string such as "1729232400000.0"',
    },
    { field: "sizeBytes", from: "config.size", note: 'bytes, as a string ("1234")' },
    { field: "resourceSizeBytes", from: "(none)", note: "Northflank does not report it" },
  ],
  statuses,
  triggers,
  kinds,
  notes: [
    "expiredBy is documented as a number but sent as a string; both are read as epoch milliseconds.",
    "config.size is the size of the backup in bytes, sent as a string.",
    "A list body ({data, pagination}) yields one record per entry of data; a single backup object, bare or as {data: {...}}, yields one record.",
    "Addon ids are unique within a project only: resource.id is the addon id as sent, and raw.project names the project.",
  ],
};

/**
 * Fields of a Northflank backup that no other provider's backup has: a bare
 * object is taken for a Northflank backup only with one of them.
 */
const OWN_KEYS = [
  "addon",
  "config",
  "schedules",
  "expiredBy",
  "createdAt",
  "completedAt",
] satisfies (keyof NorthflankBackup)[];

/**
 * Converts a Northflank backup body: the list body
 * (`GET /v1/backup-destinations/{id}/backups`, `{data: [...], pagination}`),
 * or one backup object. Throws `BodyError` for an error envelope or a body
 * that is neither.
 */
export function fromNorthflank(body: unknown): ConversionResult {
  const log = new IssueLog("northflank");
  const backups: Backup[] = [];
  const add = (raw: JsonObject, path: string) => {
    const backup = toBackup(log, raw, path);
    if (backup) backups.push(backup);
  };

  if (!isObject(body)) {
    throw new BodyError(
      "northflank",
      `expected a backup list or a backup object, got ${kindOf(body)}`,
    );
  }
  if ("error" in body && !("data" in body)) {
    throw new BodyError(
      "northflank",
      `the input is a Northflank error response: ${errorText(body.error)}`,
    );
  }
  if ("data" in body) {
    // A list carries an array; a single-backup response may wrap one object.
    if (isObject(body.data)) add(body.data, "$.data");
    else forEachObject(log, body.data, "$.data", add);
  } else if (hasOwnKeyOf(body, OWN_KEYS)) {
    add(body, "$");
  } else {
    throw new BodyError(
      "northflank",
      "not a Northflank backup body: expected a list ({data, pagination}) or a backup (id, status, …)",
    );
  }
  return { backups, issues: log.issues };
}

function errorText(error: unknown): string {
  if (!isObject(error)) return describeValue(error);
  const message = typeof error.message === "string" && error.message !== "" ? error.message : null;
  const status = typeof error.status === "number" ? ` (HTTP ${error.status})` : "";
  return `${message ?? "(no message)"}${status}`;
}

function toBackup(log: IssueLog, raw: JsonObject, path: string): Backup | null {
  const r = backupReader(log, raw, path);
  if (r === null) return null;
  const id = r.backupId;
  const status = readEnum(r, "status", statuses, "unknown");
  return {
    provider: "northflank",
    id,
    name: readString(r, "name"),
    status: status.value,
    providerStatus: status.verbatim,
    restorable: null,
    trigger: triggerOf(r),
    kind: "unknown",
    resource: addonOf(r),
    parentId: null,
    createdAt: readTimestamp(r, "createdAt"),
    completedAt: readTimestamp(r, "completedAt"),
    updatedAt: null,
    expiresAt: expiresAtOf(r),
    sizeBytes: sizeBytesOf(r),
    resourceSizeBytes: null,
    raw,
  };
}

/** A backup taken for a schedule is automatic; without schedules Northflank does not say. */
function triggerOf(r: FieldReader): BackupTrigger {
  const schedules = r.object.schedules;
  if (schedules === undefined || schedules === null) return "unknown";
  if (!Array.isArray(schedules)) {
    r.warn("schedules", `expected an array, got ${kindOf(schedules)}`);
    return "unknown";
  }
  return schedules.length > 0 ? "automatic" : "unknown";
}

function addonOf(r: FieldReader): BackupResource {
  const addon = nestedReader(r, "addon");
  return { type: "addon", id: readId(addon, "id"), name: readString(addon, "name") };
}

/** `expiredBy` is epoch milliseconds, sent as a number or a string such as "1729232400000.0". */
function expiresAtOf(r: FieldReader): string | null {
  const ms = readNumber(r, "expiredBy");
  if (ms === null) return null;
  const iso = epochMsToIso(ms);
  if (iso === undefined) r.warn("expiredBy", `epoch milliseconds out of range: ${ms}`);
  return iso ?? null;
}

/** `config.size` is bytes as a string; a number is read too. Negative or fractional is no size. */
function sizeBytesOf(r: FieldReader): number | null {
  const config = nestedReader(r, "config");
  const size = readNumber(config, "size");
  if (size === null) return null;
  const bytes = toBytes(size, 1);
  if (bytes === undefined) {
    config?.warn(
      "size",
      `expected a whole number of bytes from 0 to 2^53-1, got ${describeValue(config.object.size)}`,
    );
    return null;
  }
  return bytes;
}
