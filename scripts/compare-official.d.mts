import type { JsonObject } from "./specs.mjs";

/** An official description, as `readOfficial` reads it. */
export type Official =
  | { kind: "openapi"; doc: JsonObject }
  | {
      kind: "go";
      /** Struct name → JSON field name → Go type (`*[]ImageData`). */
      structs: Map<string, Map<string, string>>;
      /** Enum type name → the type of its values and the values. */
      enums: Map<string, { type: string; values: (string | number)[] }>;
    };

export interface Difference {
  /** Where: `BackupResp.incremental`, `listBackups query.status`, `getBackup 200.finished`. */
  where: string;
  message: string;
  /** Our `x-backupkit-deviation` note at that place, or null when the difference is unmarked. */
  deviation: string | null;
}

export declare function readOfficial(path: string): Official;
export declare function goModels(texts: string[]): Official;
export declare function compare(ours: JsonObject, official: Official): Difference[];
export declare function formatDifferences(differences: Difference[]): string;
