import { northflankMock, s3Destination } from "../providers/northflank.js";
import type { MockProviderDefinition, MockRequest } from "../types.js";
import { DEFAULT_FLEET_SIZE, type FleetOptions, plan } from "./plan.js";

const PROJECT = { id: "audit-project", name: "Audit Project" };
const DESTINATION_ID = "audit-backups";

/**
 * The Northflank audit fleet: one project's addons, a daily backup schedule
 * on each protected one, and their backups in one backup destination.
 */
export const northflankFleet = (options: FleetOptions = {}): MockProviderDefinition => ({
  id: "northflank",
  create({ seed, resources = DEFAULT_FLEET_SIZE }) {
    const base = northflankMock.create({ seed, resources: 0 });
    const now = Date.now();
    const fleet = plan(resources, now, options).map((r) => ({ r, id: `${r.name}` }));
    const addons = fleet.map(({ r, id }) => ({
      id,
      name: r.name,
      appId: `/audit/${PROJECT.id}/${id}`,
      tags: [],
      spec: { type: "postgresql", version: "16.4.0" },
      status: "running",
    }));
    const schedule = { interval: "daily" as const, minute: [0], hour: [3] };
    const backups = fleet.flatMap(({ r, id }) =>
      r.backups.map((b, i) => ({
        id: `${id}-${String(i).padStart(4, "0")}`,
        name: `Daily backup of ${r.name}`,
        status: b.ok ? "completed" : "failed",
        project: PROJECT,
        addon: { id, name: r.name },
        config: {
          addonVersion: "16.4.0",
          addonType: "postgresql",
          source: { type: "global" },
          size: String(b.ok ? 1_073_741_824 : 0),
        },
        schedules: [schedule],
        expiredBy: b.at + b.retentionMs,
        createdAt: new Date(b.at).toISOString(),
        completedAt: new Date(b.at + 300_000).toISOString(),
      })),
    );
    const paged = <T>(request: MockRequest, items: readonly T[]) => {
      const perPage = Number(request.query.get("per_page") ?? 50);
      const start = Number(request.query.get("cursor") ?? 0) || 0;
      const end = Math.min(items.length, start + perPage);
      return {
        items: items.slice(start, end),
        pagination: {
          hasNextPage: end < items.length,
          count: end - start,
          ...(end < items.length ? { cursor: String(end) } : {}),
        },
      };
    };
    return {
      ...base,
      routes: [
        {
          method: "GET",
          path: "/v1/projects",
          handle(request) {
            const { items, pagination } = paged(request, [
              { ...PROJECT, description: "Resources under audit" },
            ]);
            return { status: 200, body: { data: { projects: items }, pagination } };
          },
        },
        {
          method: "GET",
          path: "/v1/projects/{projectId}/addons",
          handle(request) {
            if (request.params.projectId !== PROJECT.id)
              return base.error(404, "Project not found");
            const { items, pagination } = paged(request, addons);
            return { status: 200, body: { data: { addons: items }, pagination } };
          },
        },
        {
          method: "GET",
          path: "/v1/projects/{projectId}/addons/{addonId}/backup-schedules",
          handle(request) {
            const found = fleet.find(({ id }) => id === request.params.addonId);
            if (request.params.projectId !== PROJECT.id || !found) {
              return base.error(404, "Addon not found");
            }
            const schedules = found.r.enabled
              ? [{ id: `${found.id}-daily`, backupType: "snapshot", scheduling: schedule }]
              : [];
            return { status: 200, body: { data: { schedules } } };
          },
        },
        {
          method: "GET",
          path: "/v1/backup-destinations",
          handle(request) {
            // Northflank's list items carry no id: clients derive "audit-backups" from the name.
            const destination = s3Destination("Audit Backups", null, "eu-west-1");
            const { items, pagination } = paged(request, [destination]);
            return { status: 200, body: { data: { backupDestinations: items }, pagination } };
          },
        },
        {
          method: "GET",
          path: "/v1/backup-destinations/{backupDestinationId}/backups",
          handle(request) {
            if (request.params.backupDestinationId !== DESTINATION_ID) {
              return base.error(404, "Backup destination not found");
            }
            const { items, pagination } = paged(request, backups);
            return { status: 200, body: { data: items, pagination } };
          },
        },
      ],
    };
  },
});
