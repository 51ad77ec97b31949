import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuditReport, audit, DEFAULT_SETTINGS, northflankSource } from "../src/index.js";

// Northflank's addon ids are unique within a project only: two projects each
// with a `postgres` addon are two resources, and a backup of one says nothing
// of the other. Served on loopback: only shop's postgres has a backup.
const AT = Date.parse("2026-03-10T12:00:00Z");
const pagination = { hasNextPage: false, count: 1 };
const routes: Record<string, unknown> = {
  "/v1/projects": {
    data: {
      projects: [
        { id: "shop", name: "Shop" },
        { id: "blog", name: "Blog" },
      ],
    },
    pagination,
  },
  "/v1/projects/shop/addons": {
    data: { addons: [{ id: "postgres", name: "postgres" }] },
    pagination,
  },
  "/v1/projects/blog/addons": {
    data: { addons: [{ id: "postgres", name: "postgres" }] },
    pagination,
  },
  "/v1/projects/blog/addons/postgres/backup-schedules": { data: { schedules: [] } },
  "/v1/backup-destinations": { data: { backupDestinations: [{ name: "Backups" }] }, pagination },
  "/v1/backup-destinations/backups/backups": {
    data: [
      {
        id: "nightly-1",
        name: "Nightly",
        status: "completed",
        project: { id: "shop", name: "Shop" },
        addon: { id: "postgres", name: "postgres" },
        createdAt: new Date(AT - 3_600_000).toISOString(),
        completedAt: new Date(AT - 3_000_000).toISOString(),
      },
    ],
    pagination,
  },
};

let server: Server;
const requested: string[] = [];
let report: AuditReport;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    requested.push(path);
    const body = routes[path];
    response.writeHead(body === undefined ? 404 : 200, { "content-type": "application/json" });
    response.end(JSON.stringify(body ?? { error: { status: 404, message: "Not found" } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  report = await audit(
    [
      {
        source: northflankSource,
        config: { baseUrl: `http://127.0.0.1:${port}`, values: { token: "nf-token" } },
      },
    ],
    { at: new Date(AT), defaults: DEFAULT_SETTINGS },
    { concurrency: 2, timeoutSeconds: 5, maxAttempts: 1 },
  );
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const inProject = (project: string) =>
  report.resources.find((r) => r.resource.ref === `${project}/postgres`);

describe("a Northflank audit across projects whose addons share an id", () => {
  it("reports each project's addon as its own resource, named by its ref", () => {
    expect(report.providers[0]?.resources).toBe(2);
    expect(report.resources.map((r) => r.resource.ref).sort()).toEqual([
      "blog/postgres",
      "shop/postgres",
    ]);
    expect(report.resources.every((r) => r.resource.id === "postgres")).toBe(true);
  });

  it("counts a backup for the addon of its own project only", () => {
    expect(inProject("shop")).toMatchObject({ protected: true, backups: 1 });
    expect(inProject("blog")).toMatchObject({ protected: false, backups: 0 });
    expect(inProject("blog")?.findings.map((f) => f.control)).toContain("protected");
    expect(report.providers[0]?.unmatchedBackups).toBe(0);
  });

  it("asks for the schedules of the addon without backups, not of the one with them", () => {
    expect(requested).toContain("/v1/projects/blog/addons/postgres/backup-schedules");
    expect(requested).not.toContain("/v1/projects/shop/addons/postgres/backup-schedules");
  });
});
