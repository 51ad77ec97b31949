export {
  ProviderError,
  TimeoutError,
  TransportError,
  unwrap,
} from "@backupkit/http";
export {
  createOnappClient,
  listBackupImagesXml,
  type OnappClient,
  type OnappClientOptions,
  type OnappCredentials,
  type OnappXmlResult,
} from "./client.js";
export { describeOnappError, onappErrorMessages } from "./errors.js";
export type { components, operations, paths } from "./generated/schema.js";
export { OnappXmlError, parseOnappBackupsXml, parseOnappXml } from "./xml.js";

import type { components } from "./generated/schema.js";

/** One OnApp backup, as the API sends it (JSON, or XML through `parseOnappBackupsXml`). */
export type OnappBackup = components["schemas"]["Backup"];
/** One entry of the list, `{ backup: {...} }`; also the body of `GET /backups/{id}.json`. */
export type OnappBackupListItem = components["schemas"]["BackupListItem"];
/** The body of `GET /virtual_machines/{id}/backups/images.json`: `[{ backup: {...} }]`. */
export type OnappBackupList = components["schemas"]["BackupList"];
/** OnApp's error body: `{ errors: ["..."] }` or `{ errors: { field: ["..."] } }`. */
export type OnappErrorBody = components["schemas"]["ErrorBody"];
/** A virtual server, as `GET /virtual_machines.json` lists it. */
export type OnappVirtualMachine = components["schemas"]["VirtualMachine"];
/** The body of `GET /virtual_machines.json`: `[{ virtual_machine: {...} }]`. */
export type OnappVirtualMachineList = components["schemas"]["VirtualMachineList"];
