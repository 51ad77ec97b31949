import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** What a browser app that reads one provider's backups imports and calls. */
export interface BundleEntry {
  provider: string;
  /** The module source: creates the client, makes one call, converts the body. */
  source: string;
}

/** One provider's call as a browser app makes it: the client, one GET, the converter. */
interface ProviderCall {
  provider: string;
  /** The package, its client factory and the factory's arguments. */
  from: string;
  factory: string;
  options: string;
  /** The `client.GET(...)` arguments. */
  get: string;
  /** The converter `@backupkit/model` exports, and what it is given besides the body. */
  converter: string;
  context?: string;
  /** The parameters of the entry's `run`, which hold the credentials. */
  credentials?: string;
}

const providerCalls: ProviderCall[] = [
  {
    provider: "linode",
    from: "@backupkit/linode",
    factory: "createLinodeClient",
    options: "{ token }",
    get: '"/linode/instances/{linodeId}/backups", { params: { path: { linodeId: 1 } } }',
    converter: "fromLinode",
    context: "{ linodeId: 1 }",
  },
  {
    provider: "huawei-cbr",
    from: "@backupkit/huawei-cbr",
    factory: "createHuaweiCbrClient",
    // AK/SK, as the README signs in: every request signed with SDK-HMAC-SHA256.
    options: '{ accessKey, secretKey, projectId: "p" }',
    get: '"/v3/{project_id}/backups/{backup_id}", { params: { path: { project_id: "p", backup_id: "b" } } }',
    converter: "fromHuaweiCbr",
    credentials: "accessKey, secretKey",
  },
  {
    provider: "onapp",
    from: "@backupkit/onapp",
    factory: "createOnappClient",
    options: '{ credentials: { user, apiKey }, baseUrl: "https://onapp.test" }',
    get: '"/virtual_machines/{virtual_machine_id}/backups/images.json", { params: { path: { virtual_machine_id: "vm" } } }',
    converter: "fromOnapp",
    credentials: "user, apiKey",
  },
  {
    provider: "zcom",
    from: "@backupkit/zcom",
    factory: "createZcomClient",
    options: "{ token }",
    get: '"/{tenant_id}/backup", { params: { path: { tenant_id: "t" } } }',
    converter: "fromZcom",
  },
  {
    provider: "northflank",
    from: "@backupkit/northflank",
    factory: "createNorthflankClient",
    options: "{ token }",
    get: '"/v1/backup-destinations/{backupDestinationId}/backups", { params: { path: { backupDestinationId: "d" } } }',
    converter: "fromNorthflank",
  },
];

/**
 * The entry's module. Without `unwrap` it reads `data` (an error status leaves
 * it undefined); with it, as the README's examples do, an error status throws
 * a ProviderError that describes the provider's error body.
 */
function entrySource(call: ProviderCall, withUnwrap: boolean): string {
  const body = withUnwrap
    ? `unwrap(await client.GET(${call.get}))`
    : `(await client.GET(${call.get})).data`;
  const imports = withUnwrap ? `${call.factory}, unwrap` : call.factory;
  return `
      import { ${imports} } from "${call.from}";
      import { ${call.converter} } from "@backupkit/model";
      export async function run(${call.credentials ?? "token"}) {
        const client = ${call.factory}(${call.options});
        return ${call.converter}(${body}${call.context ? `, ${call.context}` : ""});
      }`;
}

/**
 * The browser budget (issue 19): what the README writes, a provider's client,
 * `unwrap` and its converter, in at most 10,240 bytes gzipped per provider.
 */
export const BUDGET_GZIP_BYTES = 10 * 1024;

/**
 * The providers whose README pattern does not fit the budget yet, each with
 * the most bytes `npm test` lets it reach: its size when the ceiling was set
 * (2026-12-06) plus about 20 B. Huawei CBR is over by about 700 B: its AK/SK
 * signer (about 560 B gzipped) and its client's choice of sign-in and reading
 * of Huawei's error bodies (about 460 B) come on top of what every provider
 * carries. FINDINGS.md has the figures. The test fails once it fits, so that
 * its exception is removed and the budget holds for it from then on.
 */
export const OVER_BUDGET_CEILINGS: Readonly<Record<string, number>> = {
  "huawei-cbr": 10_965,
};

/** Each provider's client, `unwrap` and its converter, as the README writes them: what the budget is checked on. */
export const bundleEntries: BundleEntry[] = providerCalls.map((call) => ({
  provider: call.provider,
  source: entrySource(call, true),
}));

/** The same calls reading `data` without `unwrap` (the measure before issue 19): reported beside the budget. */
export const dataOnlyEntries: BundleEntry[] = providerCalls.map((call) => ({
  provider: `${call.provider}, data without unwrap`,
  source: entrySource(call, false),
}));

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
  /** The minified bundle, when asked for. */
  code?: string;
}

/** Bundles an entry for the browser (minified, tree-shaken) and measures it gzipped. */
export async function measureBundle(
  entry: BundleEntry,
  resolveDir: string,
  { keepCode = false } = {},
): Promise<BundleSize> {
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
    ...(keepCode ? { code: new TextDecoder().decode(code) } : {}),
  };
}
