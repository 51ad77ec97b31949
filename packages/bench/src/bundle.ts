import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** What a browser app that reads one provider's backups imports and calls. */
export interface BundleEntry {
  provider: string;
  /** The module source: creates the client, makes one call, converts the body. */
  source: string;
}

/** Each provider's client plus its converter, as a browser app would use them. */
export const bundleEntries: BundleEntry[] = [
  {
    provider: "linode",
    source: `
      import { createLinodeClient } from "@backupkit/linode";
      import { fromLinode } from "@backupkit/model";
      export async function run(token) {
        const client = createLinodeClient({ token });
        const { data } = await client.GET("/linode/instances/{linodeId}/backups", { params: { path: { linodeId: 1 } } });
        return fromLinode(data, { linodeId: 1 });
      }`,
  },
  {
    provider: "huawei-cbr",
    source: `
      import { createHuaweiCbrClient } from "@backupkit/huawei-cbr";
      import { fromHuaweiCbr } from "@backupkit/model";
      export async function run(token) {
        const client = createHuaweiCbrClient({ token });
        const { data } = await client.GET("/v3/{project_id}/backups/{backup_id}", { params: { path: { project_id: "p", backup_id: "b" } } });
        return fromHuaweiCbr(data);
      }`,
  },
  {
    provider: "onapp",
    source: `
      import { createOnappClient } from "@backupkit/onapp";
      import { fromOnapp } from "@backupkit/model";
      export async function run(user, apiKey) {
        const client = createOnappClient({ credentials: { user, apiKey }, baseUrl: "https://onapp.test" });
        const { data } = await client.GET("/virtual_machines/{virtual_machine_id}/backups/images.json", { params: { path: { virtual_machine_id: "vm" } } });
        return fromOnapp(data);
      }`,
  },
  {
    provider: "zcom",
    source: `
      import { createZcomClient } from "@backupkit/zcom";
      import { fromZcom } from "@backupkit/model";
      export async function run(token) {
        const client = createZcomClient({ token });
        const { data } = await client.GET("/{tenant_id}/backup", { params: { path: { tenant_id: "t" } } });
        return fromZcom(data);
      }`,
  },
  {
    provider: "northflank",
    source: `
      import { createNorthflankClient } from "@backupkit/northflank";
      import { fromNorthflank } from "@backupkit/model";
      export async function run(token) {
        const client = createNorthflankClient({ token });
        const { data } = await client.GET("/v1/backup-destinations/{backupDestinationId}/backups", { params: { path: { backupDestinationId: "d" } } });
        return fromNorthflank(data);
      }`,
  },
];

/**
 * The same call without backupkit, for scale: no library, openapi-fetch alone
 * (the runtime every backupkit client is built on), axios, and the official
 * Linode SDK. Reported next to the budget, not checked by it.
 */
export const baselineEntries: BundleEntry[] = [
  {
    provider: "raw fetch",
    source: `
      export async function run(token) {
        const response = await fetch("https://api.linode.com/v4/linode/instances/1/backups", { headers: { Authorization: "Bearer " + token } });
        return response.json();
      }`,
  },
  {
    provider: "openapi-fetch alone",
    source: `
      import createClient from "openapi-fetch";
      export async function run(token) {
        const client = createClient({ baseUrl: "https://api.linode.com/v4", headers: { Authorization: "Bearer " + token } });
        const { data } = await client.GET("/linode/instances/{linodeId}/backups", { params: { path: { linodeId: 1 } } });
        return data;
      }`,
  },
  {
    provider: "axios",
    source: `
      import axios from "axios";
      export async function run(token) {
        const { data } = await axios.get("https://api.linode.com/v4/linode/instances/1/backups", { headers: { Authorization: "Bearer " + token } });
        return data;
      }`,
  },
  {
    provider: "@linode/api-v4 (official Linode SDK)",
    source: `
      import { getLinodeBackups, setToken } from "@linode/api-v4";
      export async function run(token) {
        setToken(token);
        return getLinodeBackups(1);
      }`,
  },
];

export interface BundleSize {
  provider: string;
  minifiedBytes: number;
  gzipBytes: number;
}

/** Bundles an entry for the browser (minified, tree-shaken) and measures it gzipped. */
export async function measureBundle(entry: BundleEntry, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: entry.source, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    provider: entry.provider,
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
  };
}
