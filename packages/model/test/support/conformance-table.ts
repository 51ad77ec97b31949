import type { Json } from "../../../../scripts/specs.mjs";
import type { ProviderId } from "../../src/index.js";

/** A body shape given by its schema, with where its backup-like objects sit. */
export interface ShapedBody {
  /** A schema over the spec's components, e.g. `{ $ref: "#/components/schemas/Backup" }`. */
  schema: Json;
  locations: readonly string[];
}

/**
 * What the converter property tests need to know about a provider that its
 * spec does not say. Everything else (the body schemas, the error bodies,
 * the documented keys) is read from `specs/<id>/openapi.yaml`.
 */
export interface ProviderConformance {
  /** The component schema of one backup-like object: `#/components/schemas/<backup>`. */
  backup: string;
  /**
   * The operations whose 200 body the converter accepts, by operationId, each
   * with where that body's backup-like objects sit (see `locateRecords`;
   * `..children[*]` reaches nested children, `.name?` and `[*]?` describe a
   * wrapper that may be left out): every one must become one Backup or one
   * error issue.
   */
  bodies: Record<string, readonly string[]>;
  /**
   * Bodies the converter accepts that no operation in the spec returns as
   * such, e.g. one backup on its own, as a client's pagination helper yields
   * it. Keyed by a name for the test titles.
   */
  shapes?: Record<string, ShapedBody>;
  /**
   * The top-level keys that make an object this provider's body. By default
   * any top-level property a body schema documents; name fewer when the
   * converter needs one of them (say, `backup` or `backups`) to accept a body.
   */
  markers?: readonly string[];
  /**
   * How the converter tells its bodies from other providers' where the
   * wrappers alone do not: the object at `at` (`"$"`, a bare backup; or a
   * top-level key such as `"backup"`) is taken only with one of `keys`.
   * Each key must be a property of `schema` that no other row's backup-like
   * schemas list; the converter's own list must be the same.
   */
  ownKeys?: { at: string; schema: string; keys: readonly string[] };
}

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** One row per provider with a spec in redocly.yaml and a converter in the registry. */
export const conformance: Partial<Record<ProviderId, ProviderConformance>> = {
  linode: {
    backup: "Backup",
    bodies: {
      getBackup: ["$"],
      getBackups: ["$.automatic[*]", "$.snapshot.current", "$.snapshot.in_progress"],
    },
  },
  "huawei-cbr": {
    backup: "BackupResp",
    bodies: {
      // A body without `backup` that has an id or a status is read as one bare backup.
      showBackup: ["$.backup?", "$.backup?..children[*]"],
      listBackups: ["$.backups[*]", "$.backups[*]..children[*]"],
    },
    shapes: {
      "bare backup": { schema: ref("BackupResp"), locations: ["$", "$..children[*]"] },
    },
    // `count` alone is not a body.
    markers: ["backup", "backups"],
    ownKeys: {
      at: "$",
      schema: "BackupResp",
      keys: ["resource_id", "resource_type", "resource_size", "extend_info", "protected_at"],
    },
  },
  onapp: {
    backup: "Backup",
    bodies: {
      // Entries are `{backup: {...}}`; the converter also reads bare backup objects.
      listVirtualMachineBackupImagesJson: ["$[*].backup?"],
    },
    shapes: {
      "single {backup}": { schema: ref("BackupListItem"), locations: ["$.backup?"] },
    },
    // Huawei's ShowBackup is a {backup: {...}} too.
    ownKeys: {
      at: "backup",
      schema: "Backup",
      keys: ["built", "backup_size", "backup_type", "initiated", "target_id", "target_type"],
    },
  },
  zcom: {
    backup: "BackupRun",
    bodies: {
      // `backup` is a list, or (the detail as client libraries read it) one backup.
      listBackups: ["$.backup[*]?.backupruns[*]"],
      getBackup: ["$.backup[*]?.backupruns[*]"],
    },
    ownKeys: { at: "backup", schema: "Backup", keys: ["instance_id", "backupruns"] },
  },
  northflank: {
    backup: "Backup",
    bodies: { listBackupDestinationBackups: ["$.data[*]?"] },
    shapes: {
      "bare backup": { schema: ref("Backup"), locations: ["$"] },
      "{data: backup}": {
        schema: { type: "object", required: ["data"], properties: { data: ref("Backup") } },
        locations: ["$.data[*]?"],
      },
    },
    // `pagination` alone is not a body.
    markers: ["data"],
    ownKeys: {
      at: "$",
      schema: "Backup",
      keys: ["addon", "config", "schedules", "expiredBy", "createdAt", "completedAt"],
    },
  },
};
