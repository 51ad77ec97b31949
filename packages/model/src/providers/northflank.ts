import type { NorthflankBackup } from "@backupkit/northflank";
import {
  type Backup,
  type BackupResource,
  type BackupStatus,
  type BackupTrigger,
  restorableFromStatus,
} from "../backup.js";
import {
  Cursor,
  type FieldsOf,
  forEachObject,
  hasOwnKeyOf,
  isObject,
  type JsonObject,
  kindOf,
  readBackupId,
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
import { refOf, refWithin } from "../ref.js";
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

// Stryker disable all: documentation text for the docs site; the tables it shows are the consts above, pinned row by row in test/mapping-tables.test.ts
export const northflankMapping: ProviderMapping = {
  provider: "northflank",
  title: "Northflank API v1",
  endpoints: ["GET /v1/backup-destinations/{backupDestinationId}/backups"],
  fields: [
    { field: "id", from: "id" },
    { field: "name", from: "name" },
    { field: "status", from: "status", note: "see the status table" },
    { field: "providerStatus", from: "status", note: "verbatim" },
    {
      field: "restorable",
      from: "status",
      note: "from the status: completed → true; failed, aborted → false; otherwise null",
    },
    {
      field: "trigger",
      from: "schedules",
      note: "non-empty → automatic; empty or absent → unknown (Northflank does not mark manual backups)",
    },
    { field: "kind", from: "(none)", note: "Northflank does not say: always unknown" },
    { field: "resource.type", from: "(constant)", note: '"addon": Northflank backs up addons' },
    { field: "resource.id", from: "addon.id", note: "unique within its project" },
    { field: "resource.name", from: "addon.name", note: "the project stays in raw.project" },
    {
      field: "resource.ref",
      from: "project.id/addon.id",
      note: "null when either is missing",
    },
    { field: "parentId", from: "(none)", note: "always null" },
    { field: "createdAt", from: "createdAt", note: "when the backup was initiated" },
    { field: "completedAt", from: "completedAt", note: "absent until the backup completes" },
    { field: "updatedAt", from: "(none)", note: "always null" },
    {
      field: "expiresAt",
      from: "expiredBy",
      note: 'epoch milliseconds, a number or a string such as "1729232400000.0"',
    },
    { field: "sizeBytes", from: "config.size", note: 'bytes, as a string ("1234")' },
    { field: "resourceSizeBytes", from: "(none)", note: "Northflank does not report it" },
    { field: "ref", from: "project.id/addon.id/id", note: "null when one is missing" },
  ],
  statuses,
  triggers,
  kinds,
  notes: [
    "expiredBy is documented as a number but sent as a string; both are read as epoch milliseconds.",
    "config.size is the size of the backup in bytes, sent as a string.",
    "A list body ({data, pagination}) yields one record per entry of data; a single backup object, bare or as {data: {...}}, yields one record.",
    "Addon ids are unique within a project only: resource.id is the addon id as sent, and raw.project names the project.",
    "project and addon, and their id and name, may each be absent (an uploaded dump has neither); config.source.type (global, snapshot, fileUpload, liveInstance, externalDump, sameAddon, …) stays in raw.",
  ],
};
// Stryker restore all

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
  const c = Cursor.start("northflank");
  const backups: Backup[] = [];

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
    if (isObject(body.data)) {
      c.at("$.data");
      addBackup(c, body.data, backups);
    } else forEachObject(c, body.data, "$.data", backups, addBackup);
  } else if (hasOwnKeyOf(body, OWN_KEYS)) {
    c.at("$");
    addBackup(c, body, backups);
  } else {
    throw new BodyError(
      "northflank",
      "not a Northflank backup body: expected a list ({data, pagination}) or a backup (id, status, …)",
    );
  }
  return { backups, issues: c.end(backups) };
}

function errorText(error: unknown): string {
  if (!isObject(error)) return describeValue(error);
  const message = typeof error.message === "string" && error.message !== "" ? error.message : null;
  const status = typeof error.status === "number" ? ` (HTTP ${error.status})` : "";
  return `${message ?? "(no message)"}${status}`;
}

function addBackup(c: Cursor, raw: JsonObject, out: Backup[]): void {
  const id = readBackupId(c, "id", raw.id);
  if (id !== null) out.push(new NorthflankRecord(c, raw, id));
}

/*
 * The record and its addon are made by constructors, not object literals,
 * for speed: V8 allocates the objects of a literal that have outlived a few
 * garbage collections (as a conversion's records all do) straight into the
 * old generation, where each new string stored in them takes the write
 * barrier's slow path; a constructor's objects start young. The fields are
 * assigned in the order of `Backup`, which is their order in JSON.
 */

class NorthflankRecord implements Backup {
  declare provider: "northflank";
  declare id: string;
  declare name: string | null;
  declare status: BackupStatus;
  declare providerStatus: string | null;
  declare restorable: boolean | null;
  declare trigger: BackupTrigger;
  declare kind: "unknown";
  declare resource: BackupResource;
  declare parentId: null;
  declare createdAt: string | null;
  declare completedAt: string | null;
  declare updatedAt: null;
  declare expiresAt: string | null;
  declare sizeBytes: number | null;
  declare resourceSizeBytes: null;
  declare raw: FieldsOf<NorthflankBackup>;
  declare ref: string | null;

  constructor(c: Cursor, raw: FieldsOf<NorthflankBackup>, id: string) {
    const status = readEnum(c, "status", raw.status, statuses, "unknown");
    const projectId = readId(c, "project.id", readObject(c, "project", raw.project)?.id);
    const resource = new Addon(c, raw.addon, projectId);
    this.provider = "northflank";
    this.id = id;
    this.name = readString(c, "name", raw.name);
    this.status = status;
    this.providerStatus = verbatim(raw.status);
    this.restorable = restorableFromStatus(status);
    this.trigger = triggerOf(c, raw.schedules);
    this.kind = "unknown";
    this.resource = resource;
    this.parentId = null;
    this.createdAt = readTimestamp(c, "createdAt", raw.createdAt);
    this.completedAt = readTimestamp(c, "completedAt", raw.completedAt);
    this.updatedAt = null;
    this.expiresAt = expiresAtOf(c, raw.expiredBy);
    this.sizeBytes = sizeBytesOf(c, raw.config);
    this.resourceSizeBytes = null;
    this.raw = raw;
    // resource.ref is refOf(projectId, resource.id): the backup is addressed within its addon.
    this.ref = refWithin(resource.ref, id);
  }
}

class Addon implements BackupResource {
  declare type: "addon";
  declare id: string | null;
  declare name: string | null;
  declare ref: string | null;

  constructor(c: Cursor, value: unknown, projectId: string | null) {
    const addon = readObject(c, "addon", value);
    this.type = "addon";
    this.id = readId(c, "addon.id", addon?.id);
    this.name = readString(c, "addon.name", addon?.name);
    this.ref = refOf(projectId, this.id);
  }
}

/** A backup taken for a schedule is automatic; without schedules Northflank does not say. */
function triggerOf(c: Cursor, schedules: unknown): BackupTrigger {
  if (schedules === undefined || schedules === null) return "unknown";
  if (!Array.isArray(schedules)) {
    c.warn("schedules", `expected an array, got ${kindOf(schedules)}`);
    return "unknown";
  }
  return schedules.length > 0 ? "automatic" : "unknown";
}

/** `expiredBy` is epoch milliseconds, sent as a number or a string such as "1729232400000.0". */
function expiresAtOf(c: Cursor, expiredBy: unknown): string | null {
  const ms = readNumber(c, "expiredBy", expiredBy);
  if (ms === null) return null;
  const iso = epochMsToIso(ms);
  if (iso === undefined) c.warn("expiredBy", `epoch milliseconds out of range: ${ms}`);
  return iso ?? null;
}

/** `config.size` is bytes as a string; a number is read too. Negative or fractional is no size. */
function sizeBytesOf(c: Cursor, value: unknown): number | null {
  const config = readObject(c, "config", value);
  const size = readNumber(c, "config.size", config?.size);
  if (size === null) return null;
  const bytes = toBytes(size, 1);
  if (bytes === undefined) {
    c.warn(
      "config.size",
      // Stryker disable next-line OptionalChaining: a size was read from config, so config is an object here
      `expected a whole number of bytes from 0 to 2^53-1, got ${describeValue(config?.size)}`,
    );
    return null;
  }
  return bytes;
}
