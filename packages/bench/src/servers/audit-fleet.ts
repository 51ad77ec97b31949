/**
 * The five mock providers serving their audit fleets, in their own process:
 * `node audit-fleet.js <resources per provider> <latencyMs>`. Reports every
 * provider's base URL and fake credentials as backupkit's environment.
 */
import { createAuditFleets, startMockProviders } from "@backupkit/mock-providers";
import { reportReady } from "../child.js";

const resources = Number(process.argv[2] ?? 2000);
const latencyMs = Number(process.argv[3] ?? 0);

// Without the unreadable resource: \`list\` would stop at it, and time less work than the audit.
const fleets = createAuditFleets({ unreadable: false });
const mock = await startMockProviders({
  definitions: fleets,
  providers: Object.fromEntries(fleets.map((d) => [d.id, { resources }])),
  latencyMs,
  seed: 1,
});
const endpoint = (id: string) => {
  const found = mock.providers[id];
  if (!found) throw new Error(`the ${id} mock did not start`);
  return found;
};
const [linode, huawei, onapp, zcom, northflank] = [
  "linode",
  "huawei-cbr",
  "onapp",
  "zcom",
  "northflank",
].map(endpoint);
const env: Record<string, string> = {
  LINODE_TOKEN: String(linode?.credentials.token),
  BACKUPKIT_LINODE_BASE_URL: String(linode?.baseUrl),
  HW_AUTH_TOKEN: String(huawei?.credentials.token),
  HW_PROJECT_ID: String(huawei?.credentials.projectId),
  HW_REGION_NAME: String(huawei?.credentials.region),
  BACKUPKIT_HUAWEI_CBR_BASE_URL: String(huawei?.baseUrl),
  ONAPP_USER: String(onapp?.credentials.user),
  ONAPP_API_KEY: String(onapp?.credentials.apiKey),
  BACKUPKIT_ONAPP_BASE_URL: String(onapp?.baseUrl),
  OS_AUTH_TOKEN: String(zcom?.credentials.token),
  OS_TENANT_ID: String(zcom?.credentials.tenantId),
  OS_REGION_NAME: String(zcom?.credentials.region),
  BACKUPKIT_ZCOM_BASE_URL: String(zcom?.baseUrl),
  NORTHFLANK_API_TOKEN: String(northflank?.credentials.token),
  BACKUPKIT_NORTHFLANK_BASE_URL: String(northflank?.baseUrl),
};

process.on("message", (message: { type?: string }) => {
  if (message.type !== "stats") return;
  process.send?.({ type: "stats", requests: mock.requests.length, failures: mock.failures.length });
});
reportReady({ baseUrl: String(linode?.baseUrl), info: { env } });
