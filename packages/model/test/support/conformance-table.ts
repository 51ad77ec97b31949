import type { ProviderId } from "../../src/index.js";

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
   * `..children[*]` reaches nested children): every one must become one
   * Backup or one error issue.
   */
  bodies: Record<string, readonly string[]>;
  /**
   * The top-level keys that make an object this provider's body. By default
   * any top-level property a body schema documents; name fewer when the
   * converter needs one of them (say, `backup` or `backups`) to accept a body.
   */
  markers?: readonly string[];
}

/** One row per provider with a spec in redocly.yaml and a converter in the registry. */
export const conformance: Partial<Record<ProviderId, ProviderConformance>> = {
  linode: {
    backup: "Backup",
    bodies: {
      getBackup: ["$"],
      getBackups: ["$.automatic[*]", "$.snapshot.current", "$.snapshot.in_progress"],
    },
  },
};
