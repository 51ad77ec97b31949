import { readFileSync } from "node:fs";
import { fixturePath } from "../files.js";
import { huaweiCbrMock } from "../providers/huawei-cbr.js";
import { Random, zonelessUtc } from "../random.js";
import type { MockProviderDefinition, MockRequest } from "../types.js";
import { DEFAULT_FLEET_SIZE, type FleetOptions, plan } from "./plan.js";

/** The routes the fleet serves itself; the base mock serves the rest (signing in). */
const FLEET_PATHS: readonly string[] = ["/v3/{project_id}/vaults", "/v3/{project_id}/backups"];

/** CBR's zone-less UTC time with microseconds, as the page's sample writes it. */
const cbrTime = (ms: number) => `${zonelessUtc(ms)}.${String(ms % 1000).padStart(3, "0")}000`;

/**
 * The CBR audit fleet: one vault holding every server, and each server's
 * backups. The never-backed-up server sits in the vault with a failed
 * protection (`protect_status: error`) and no backup.
 */
export const huaweiCbrFleet = (options: FleetOptions = {}): MockProviderDefinition => ({
  id: "huawei-cbr",
  create({ seed, resources = DEFAULT_FLEET_SIZE }) {
    const base = huaweiCbrMock.create({ seed, resources: 0 });
    const sample = JSON.parse(readFileSync(fixturePath("huawei-cbr/show-backup.seed.json"), "utf8"))
      .backup as Record<string, unknown>;
    const projectId = String(base.credentials.projectId);
    const random = new Random(seed);
    const vaultId = random.uuid();
    const now = Date.now();
    const planned = plan(resources, now, options);
    const servers = planned.map((r) => ({ r, id: random.uuid() }));
    const backups = servers.flatMap(({ r, id }) =>
      r.backups.map((b) => ({
        ...sample,
        id: random.uuid(),
        checkpoint_id: random.uuid(),
        vault_id: vaultId,
        project_id: projectId,
        resource_id: id,
        resource_name: r.name,
        resource_type: "OS::Nova::Server",
        status: b.ok ? "available" : "error",
        created_at: cbrTime(b.at),
        updated_at: cbrTime(b.at + 600_000),
        protected_at: cbrTime(b.at + 600_000),
        expired_at: cbrTime(b.at + b.retentionMs),
        name: `autobk_${r.name}`,
        children: [],
        parent_id: null,
      })),
    );
    // Newest first, as CBR sorts by default.
    backups.sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
    const vault = {
      id: vaultId,
      name: "vault-audit",
      description: "Servers under audit",
      project_id: projectId,
      provider_id: String(sample.provider_id),
      created_at: cbrTime(now - 400 * 86_400_000),
      auto_bind: false,
      bind_rules: {},
      enterprise_project_id: "0",
      billing: { object_type: "server", protect_type: "backup", status: "available", size: 1000 },
      resources: servers.map(({ r, id }) => ({
        id,
        name: r.name,
        type: "OS::Nova::Server",
        protect_status: r.kind === "never-backed-up" ? "error" : "available",
        size: 40,
        backup_count: r.backups.length,
      })),
      tags: [],
    };
    const wrongProject = (request: MockRequest) =>
      request.params.project_id !== projectId
        ? base.error(404, `Project ${request.params.project_id} not found.`)
        : null;
    const page = (request: MockRequest) => ({
      offset: Number(request.query.get("offset") ?? 0),
      limit: Number(request.query.get("limit") ?? 1000),
    });
    return {
      ...base,
      routes: [
        {
          method: "GET",
          path: "/v3/{project_id}/vaults",
          handle(request) {
            const { offset, limit } = page(request);
            const vaults = [vault].slice(offset, offset + limit);
            return (
              wrongProject(request) ?? { status: 200, body: { vaults, count: 1, limit, offset } }
            );
          },
        },
        {
          method: "GET",
          path: "/v3/{project_id}/backups",
          handle(request) {
            const { offset, limit } = page(request);
            let start = offset;
            const marker = request.query.get("marker");
            if (marker !== null) start = backups.findIndex((b) => b.id === marker) + 1 + offset;
            const body = { count: backups.length, backups: backups.slice(start, start + limit) };
            return wrongProject(request) ?? { status: 200, body };
          },
        },
        // The provider's other routes (signing in) stay as the base mock serves them.
        ...base.routes.filter((route) => !FLEET_PATHS.includes(route.path)),
      ],
    };
  },
});
