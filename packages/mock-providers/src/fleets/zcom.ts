import { zcomMock } from "../providers/zcom.js";
import { Random } from "../random.js";
import type { MockProviderDefinition } from "../types.js";
import { DEFAULT_FLEET_SIZE, type FleetOptions, plan } from "./plan.js";

/** The routes the fleet serves itself; the base mock serves the rest (signing in). */
const FLEET_PATHS: readonly string[] = ["/{tenant_id}/servers/detail", "/{tenant_id}/backup"];

const rfc3339 = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

/**
 * The Z.com audit fleet: VMs, and the automatic backup of those that have
 * one. Z.com reports no failed run (its statuses are `available` and
 * `restoring`), so the "latest failed" VM's newest run is being restored.
 */
export const zcomFleet = (options: FleetOptions = {}): MockProviderDefinition => ({
  id: "zcom",
  create({ seed, resources = DEFAULT_FLEET_SIZE }) {
    const base = zcomMock.create({ seed, resources: 0 });
    const tenantId = String(base.credentials.tenantId);
    const random = new Random(seed);
    const now = Date.now();
    const fleet = plan(resources, now, options).map((r) => ({ r, id: random.uuid() }));
    const servers = fleet.map(({ r, id }) => ({
      id,
      name: `vm-${id.slice(0, 8)}`,
      status: "ACTIVE",
      created: rfc3339(now - 400 * 86_400_000),
      updated: rfc3339(now - 30 * 86_400_000),
      tenant_id: tenantId,
      metadata: { instance_name_tag: r.name },
    }));
    const backup = fleet
      .filter(({ r }) => r.enabled)
      .map(({ r, id }) => ({
        instance_id: id,
        id: random.uuid(),
        backupruns: r.backups.map((b) => ({
          status: b.ok ? "available" : "restoring",
          created_at: rfc3339(b.at),
          backuprun_id: random.hex(32),
          type: "instance",
        })),
      }));
    const otherTenant = (tenant: string | undefined) =>
      tenant === tenantId ? null : base.error(400, `Malformed request URL: project_id '${tenant}'`);
    return {
      ...base,
      routes: [
        {
          method: "GET",
          path: "/{tenant_id}/servers/detail",
          handle(request) {
            const limit = Number(request.query.get("limit") ?? 1000);
            const marker = request.query.get("marker");
            const start = marker === null ? 0 : servers.findIndex((s) => s.id === marker) + 1;
            const page = servers.slice(start, start + limit);
            return (
              otherTenant(request.params.tenant_id) ?? { status: 200, body: { servers: page } }
            );
          },
        },
        {
          method: "GET",
          path: "/{tenant_id}/backup",
          handle(request) {
            return otherTenant(request.params.tenant_id) ?? { status: 200, body: { backup } };
          },
        },
        // The provider's other routes (signing in) stay as the base mock serves them.
        ...base.routes.filter((route) => !FLEET_PATHS.includes(route.path)),
      ],
    };
  },
});
