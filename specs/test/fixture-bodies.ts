import { parseOnappBackupsXml } from "@backupkit/onapp";
import { parseZcomJson } from "@backupkit/zcom";

/**
 * Which response each file under `fixtures/<id>/` is a body of. Every file
 * there must be listed, so none escapes the contract tests; `fixtures/README.md`
 * says where each one comes from.
 */
export interface FixtureBody {
  /** The operationId whose response the file is. */
  operation: string;
  /** The response's key in the spec; "200" when absent. */
  status?: string;
  /** The media type of the body; "application/json" when absent. */
  media?: string;
  /** Reads the file's text into the value the schema describes; `JSON.parse` when absent. */
  parse?: (text: string) => unknown;
}

export const fixtureBodies: Record<string, Record<string, FixtureBody>> = {
  linode: {
    "backup-view.seed.json": { operation: "getBackup" },
    "published/linode_api4-python.linode_instances_123_backups.json": { operation: "getBackups" },
    "published/linodego.instance_backups_get.json": { operation: "getBackups" },
    "official-model/openapi-4.189.0.get-backups.snapshot-in-progress.json": {
      operation: "getBackups",
    },
  },
  "huawei-cbr": {
    "show-backup.seed.json": { operation: "showBackup" },
    "published/gophertelekomcloud.fixtures.go.get-backup.json": { operation: "showBackup" },
    "official-model/go-sdk-0.1.188.list-backups.json": { operation: "listBackups" },
    "official-model/go-sdk-0.1.87.show-backup.json": { operation: "showBackup" },
    "official-model/iam-error.unauthorized.json": { operation: "showBackup", status: "401" },
    "official-model/code-message-error.json": { operation: "listBackups", status: "default" },
  },
  onapp: {
    "backups.seed.json": { operation: "listVirtualMachineBackupImagesJson" },
    // The spec types the XML body only as a string; read the way the client reads
    // it, it is the JSON call's body, so it must fit that call's schema.
    "backups.seed.xml": {
      operation: "listVirtualMachineBackupImagesJson",
      parse: parseOnappBackupsXml,
    },
    "backups.xml-seed.as-json.json": { operation: "listVirtualMachineBackupImagesJson" },
  },
  zcom: {
    // Published with trailing commas: read as the client reads it.
    "list-backups.seed.json": { operation: "listBackups", parse: parseZcomJson },
    "published/cloud.z.com.backup-get_backup_list_detailed.json": { operation: "getBackup" },
  },
  northflank: {
    "list-backups.seed.json": { operation: "listBackupDestinationBackups" },
    "official-model/js-client-0.9.5.list-backup-destinations.json": {
      operation: "listBackupDestinations",
    },
    "official-model/js-client-0.9.5.list-destination-backups.json": {
      operation: "listBackupDestinationBackups",
    },
  },
};
