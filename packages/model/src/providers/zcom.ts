import type { ZcomBackup, ZcomBackupList, ZcomBackupRun } from "@backupkit/zcom";
import {
  type Backup,
  type BackupResource,
  type BackupStatus,
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
  readTimestamp,
  verbatim,
} from "../fields.js";
import { BodyError, type ConversionResult, describeValue } from "../issues.js";
import type { ProviderMapping } from "../mapping.js";
import { refOf, refWithin } from "../ref.js";

/** The tables the converter uses; the mapping below shows them in the docs. */
const statuses: ProviderMapping["statuses"] = { available: "available", restoring: "restoring" };
const triggers: ProviderMapping["triggers"] = {};
const kinds: ProviderMapping["kinds"] = {};

// Stryker disable all: documentation text for the docs site; the tables it shows are the consts above, pinned row by row in test/mapping-tables.test.ts
export const zcomMapping: ProviderMapping = {
  provider: "zcom",
  title: "Z.com Cloud / ConoHa Compute API v2",
  endpoints: ["GET /{tenant_id}/backup", "GET /{tenant_id}/backup/{backup_id}"],
  fields: [
    { field: "id", from: "backupruns[].backuprun_id", note: "one record per backup run" },
    { field: "name", from: "(none)", note: "Z.com does not name backups: always null" },
    { field: "status", from: "backupruns[].status", note: 'see the status table; "" is no status' },
    { field: "providerStatus", from: "backupruns[].status", note: 'verbatim; null for ""' },
    {
      field: "restorable",
      from: "backupruns[].status",
      note: "from the status: available → true; otherwise null",
    },
    {
      field: "trigger",
      from: "(constant)",
      note: 'automatic: these endpoints list the runs of the automatic backup (ConoHa\'s page: "backups taken by the automatic backup")',
    },
    { field: "kind", from: "(none)", note: "not documented: always unknown" },
    {
      field: "resource.type",
      from: "backupruns[].type",
      note: 'instance and server → "instance", volume → "volume"',
    },
    {
      field: "resource.id",
      from: "instance_id of the backup; backupruns[].volume_id for volume runs",
      note: "a volume run without its own volume_id takes the backup's volume_id (the detail sample)",
    },
    { field: "resource.name", from: "(none)", note: "always null" },
    { field: "resource.ref", from: "instance_id of the backup", note: "null for volume runs" },
    { field: "parentId", from: "id of the enclosing backup", note: "the backup_id" },
    { field: "createdAt", from: "backupruns[].created_at", note: 'RFC 3339 UTC; "" is no time' },
    { field: "completedAt", from: "(none)", note: "always null" },
    { field: "updatedAt", from: "(none)", note: "always null" },
    { field: "expiresAt", from: "(none)", note: "always null" },
    { field: "sizeBytes", from: "(none)", note: "Z.com does not report sizes" },
    { field: "resourceSizeBytes", from: "(none)", note: "Z.com does not report sizes" },
    { field: "ref", from: "id/backuprun_id" },
  ],
  statuses,
  triggers,
  kinds,
  notes: [
    "Paths are relative to https://compute.{region}.cloud.z.com/v2: the docs' headings say /v1, their examples, ConoHa's pages and the service catalog say /v2.",
    "One record per backupruns[] entry; a backup with no runs yields no record, and a warning names it.",
    "The documented list body has trailing commas and is served as text/html: read it with parseZcomJson from @backupkit/zcom.",
    "The detail body wraps the backup in an array of one, like the list; a single object is accepted too.",
    'Run type "server" (the detail sample) means the same as "instance"; a missing or unknown type is read as the instance, with a warning.',
    'The docs show only the statuses available and restoring (and "" for none); any other value maps to "unknown" with a warning.',
  ],
};
// Stryker restore all

/**
 * The fields of a Z.com backup that no other provider's backup has. A single
 * `{backup: {...}}` is Z.com's only when the object has one of them, as
 * Huawei's ShowBackup body has the same wrapper.
 */
const OWN_KEYS = ["instance_id", "backupruns"] satisfies (keyof ZcomBackup)[];

/** Run `type` → the common `resource.type`. */
const RESOURCE_TYPES: Readonly<Record<string, "instance" | "volume">> = {
  instance: "instance",
  server: "instance",
  volume: "volume",
};

/** What a run needs to know about the backup it belongs to. */
interface ParentBackup {
  id: string | null;
  instanceId: string | null;
  volumeId: string | null;
  /** `refOf(id)` and `refOf(instanceId)`, checked once for all the runs. */
  ref: string | null;
  instanceRef: string | null;
}

/**
 * The one `ParentBackup`, filled in for each backup in turn (conversions are
 * synchronous), for the reason the cursor is shared: V8 drops optimized code
 * that checks for an object's shape once the last object of that shape is
 * collected, and objects made per backup took their shape with them at every
 * garbage collection between conversions (`--trace-deopt`: "weak objects").
 * It holds the last backup's ids only, not the records: those go to `out`.
 */
// Filled in by the first backup, always in the same order, so it keeps one shape.
const parent = {} as ParentBackup;

/**
 * Converts a Z.com backup body, the list (`{backup: [...]}`) or the detail
 * (`{backup: [{...}]}` as documented, or `{backup: {...}}`), into one Backup per
 * backup run. Throws `BodyError` for an OpenStack fault body or anything that is
 * not a backup body.
 */
export function fromZcom(body: unknown): ConversionResult {
  const c = Cursor.start("zcom");
  const backups: Backup[] = [];
  const fault = isObject(body) ? faultOf(body) : undefined;
  if (fault !== undefined) {
    throw new BodyError("zcom", `the input is a Z.com error response: ${fault}`);
  }
  const backup = isObject(body) ? (body as ZcomBackupList & JsonObject).backup : undefined;
  // Huawei's ShowBackup is a {backup: {...}} too: the fields tell them apart.
  if (backup === undefined || (isObject(backup) && !hasOwnKeyOf(backup, OWN_KEYS))) {
    throw new BodyError(
      "zcom",
      `not a Z.com backup body: expected {backup: [...]} with Z.com's fields (instance_id, backupruns), got ${kindOf(body)}`,
    );
  }
  if (isObject(backup)) {
    c.at("$.backup");
    // The detail body's single object, which the spec's list type does not describe.
    addRuns(c, backup as JsonObject, backups);
  } else forEachObject(c, backup, "$.backup", backups, addRuns);
  return { backups, issues: c.end(backups) };
}

/**
 * Describes an OpenStack fault body, `{"itemNotFound": {"code": 404, "message": "..."}}`:
 * one key, holding an object with a code or a message. Undefined for anything else.
 */
function faultOf(body: JsonObject): string | undefined {
  const keys = Object.keys(body);
  const name = keys[0];
  // Stryker disable next-line ConditionalExpression: with one key, keys[0] is defined; the test is for the type checker
  if (keys.length !== 1 || name === undefined || name === "backup") return undefined;
  const detail = body[name];
  if (!isObject(detail) || !("code" in detail || "message" in detail)) return undefined;
  const code = typeof detail.code === "number" ? `, ${detail.code}` : "";
  // BodyError messages are one line; servers' messages may not be.
  const message =
    typeof detail.message === "string"
      ? detail.message.replace(/\s+/g, " ").trim()
      : "(no message)";
  return `${name}${code}: ${message}`;
}

/** Adds one record per run of the backup the cursor is at. */
function addRuns(c: Cursor, raw: FieldsOf<ZcomBackup>, out: Backup[]): void {
  const id = readId(c, "id", raw.id);
  // Stryker disable next-line ConditionalExpression: an absent, null or "" id always reads as null, so `id === null` adds nothing
  if (id === null && (raw.id === undefined || raw.id === null || raw.id === "")) {
    c.warn("id", "missing: the runs of this backup get no parentId");
  }
  c.backupId = id;
  parent.id = id;
  parent.instanceId = readId(c, "instance_id", raw.instance_id);
  parent.volumeId = readId(c, "volume_id", raw.volume_id);
  parent.ref = refOf(id);
  parent.instanceRef = refOf(parent.instanceId);
  const runs: unknown = raw.backupruns;
  if (runs === undefined || runs === null || (Array.isArray(runs) && runs.length === 0)) {
    // Not an error: a backup whose first run has not happened yet. But it must not vanish silently.
    // The issue names the backup by its backupId.
    c.warn("backupruns", "no backup runs, so this backup yields no record");
    return;
  }
  // Unlike status and created_at, runs are never documented as "": a string here is
  // the wrong type, an error as in `forEachObject`.
  if (!Array.isArray(runs)) {
    c.skip(`${c.path}.backupruns`, `expected an array of backups, got ${kindOf(runs)}`);
    return;
  }
  const start = out.length;
  // A loop of its own rather than `forEachObject`: its callback is megamorphic, and
  // the cursor steps into each run without a path string per backup.
  for (let i = 0; i < runs.length; i++) {
    const run: unknown = runs[i];
    c.into("backupruns", i);
    if (isObject(run)) addRun(c, run, parent, out);
    else c.skip(c.path, `expected a backup object, got ${kindOf(run)}`);
  }
  warnDuplicateIds(c, out, start);
}

/** Adds the record of the run the cursor is at; a run without an id is an error issue instead. */
function addRun(
  c: Cursor,
  raw: FieldsOf<ZcomBackupRun>,
  parent: ParentBackup,
  out: Backup[],
): void {
  const id = readBackupId(c, "backuprun_id", raw.backuprun_id, "a backup run needs a backuprun_id");
  if (id === null) return;
  // `""` is the documented "no status" (the detail sample): nothing to warn about.
  const noStatus = raw.status === "";
  const status = noStatus ? "unknown" : readEnum(c, "status", raw.status, statuses, "unknown");
  out.push(
    new RunBackup(
      id,
      status,
      noStatus ? null : verbatim(raw.status),
      readResource(c, raw, parent, id),
      parent.id,
      readTimestamp(c, "created_at", raw.created_at),
      raw,
      refWithin(parent.ref, id),
    ),
  );
}

/*
 * A run's record and its resource are made by constructors, not object
 * literals, for speed: V8 allocates the objects of a literal that have
 * outlived a few garbage collections (as a conversion's records all do)
 * straight into the old generation, where each new string stored in them
 * takes the write barrier's slow path; a constructor's objects start young.
 * The constructors only store what they are given, so that V8 inlines them
 * and allocates the record in place rather than through its generic
 * construct call. The fields are assigned in the order of `Backup`, which is
 * their order in JSON.
 */

class RunBackup implements Backup {
  declare provider: "zcom";
  declare id: string;
  declare name: null;
  declare status: BackupStatus;
  declare providerStatus: string | null;
  declare restorable: boolean | null;
  declare trigger: "automatic";
  declare kind: "unknown";
  declare resource: BackupResource;
  declare parentId: string | null;
  declare createdAt: string | null;
  declare completedAt: null;
  declare updatedAt: null;
  declare expiresAt: null;
  declare sizeBytes: null;
  declare resourceSizeBytes: null;
  declare raw: FieldsOf<ZcomBackupRun>;
  declare ref: string | null;

  constructor(
    id: string,
    status: BackupStatus,
    providerStatus: string | null,
    resource: BackupResource,
    parentId: string | null,
    createdAt: string | null,
    raw: FieldsOf<ZcomBackupRun>,
    ref: string | null,
  ) {
    this.provider = "zcom";
    this.id = id;
    this.name = null;
    this.status = status;
    this.providerStatus = providerStatus;
    this.restorable = restorableFromStatus(status);
    this.trigger = "automatic";
    this.kind = "unknown";
    this.resource = resource;
    this.parentId = parentId;
    this.createdAt = createdAt;
    this.completedAt = null;
    this.updatedAt = null;
    this.expiresAt = null;
    this.sizeBytes = null;
    this.resourceSizeBytes = null;
    this.raw = raw;
    this.ref = ref;
  }
}

class RunResource implements BackupResource {
  declare type: "instance" | "volume";
  declare id: string | null;
  declare name: null;
  declare ref: string | null;

  constructor(type: "instance" | "volume", id: string | null, ref: string | null) {
    this.type = type;
    this.id = id;
    this.name = null;
    this.ref = ref;
  }
}

function readResource(
  c: Cursor,
  raw: FieldsOf<ZcomBackupRun>,
  parent: ParentBackup,
  id: string,
): BackupResource {
  const type = readEnum(c, "type", raw.type, RESOURCE_TYPES, "instance");
  if (type === "volume") {
    const volumeId = readId(c, "volume_id", raw.volume_id) ?? parent.volumeId;
    if (volumeId === null) c.warn("volume_id", "missing: the volume of this run is unknown");
    return new RunResource(type, volumeId, null);
  }
  if (parent.instanceId === null) {
    c.warnAt(`${c.outerPath}.instance_id`, id, "missing: the instance of this run is unknown");
  }
  return new RunResource(type, parent.instanceId, parent.instanceRef);
}

/**
 * Both records are kept (nothing is lost), but a run id that appears twice in
 * one backup's runs is flagged, once. Ids are compared within each backup,
 * which has a handful of runs: a set of every id in the body would cost more
 * than the rest of the conversion of a large list.
 */
function warnDuplicateIds(c: Cursor, out: Backup[], start: number): void {
  for (let i = start; i < out.length; i++) {
    const id = (out[i] as Backup).id;
    let times = 1;
    for (let j = start; j < out.length && times > 0; j++) {
      // Stryker disable next-line EqualityOperator: j is never i here, so j < i and j <= i agree
      if (j !== i && (out[j] as Backup).id === id) times = j < i ? 0 : times + 1;
    }
    if (times > 1)
      c.warnAt(
        `${c.outerPath}.backupruns`,
        id,
        `backuprun_id ${describeValue(id)} appears ${times} times`,
      );
  }
}
