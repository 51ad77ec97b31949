/** A parsed YAML/JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export declare const repoRoot: string;

export interface ApiEntry {
  id: string;
  /** Absolute path of the spec's root file. */
  root: string;
}

export declare function listApis(): ApiEntry[];
export declare function loadSpec(id: string): JsonObject;
export declare function loadSpecFile(root: string): JsonObject;
export declare function pointer(document: Json, fragment: string, ref?: string): Json;
export declare function deref(spec: JsonObject, node: Json): Json;

export interface OperationEntry {
  path: string;
  method: string;
  operation: JsonObject;
  /** `#/paths/~1linode~1instances/get` */
  pointer: string;
}

export declare function listOperations(spec: JsonObject): OperationEntry[];
