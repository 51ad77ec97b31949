import { paginate, unwrap } from "@backupkit/http";
import type { NorthflankClient } from "./client.js";
import type { paths } from "./generated/schema.js";
import { asArray, MAX_PER_PAGE, nextCursor, pageQuery } from "./list.js";

/** The JSON body of a path's 200 to GET (some paths have no GET: an action is POST only). */
type Ok<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { "application/json": infer T } } } };
}
  ? T
  : never;

/** One project, as `GET /v1/projects` lists it. */
export type NorthflankProject = Ok<"/v1/projects">["data"]["projects"][number];
/** One addon, as `GET /v1/projects/{projectId}/addons` lists it. */
export type NorthflankAddon = Ok<"/v1/projects/{projectId}/addons">["data"]["addons"][number];
/** One backup schedule of an addon. */
export type NorthflankAddonBackupSchedule = NonNullable<
  Ok<"/v1/projects/{projectId}/addons/{addonId}/backup-schedules">["data"]["schedules"]
>[number];

/** Streams every project of the account, page by page (cursor paging). */
export function listAllProjects(
  client: NorthflankClient,
): AsyncGenerator<NorthflankProject, void, undefined> {
  const request = "GET /v1/projects";
  return paginate<NorthflankProject, string | null>(
    null,
    async (cursor) => {
      const body = unwrap(
        await client.GET("/v1/projects", { params: { query: pageQuery(MAX_PER_PAGE, cursor) } }),
      );
      return {
        items: asArray(body.data?.projects, request),
        next: nextCursor(body.pagination, request),
      };
    },
    { provider: "northflank" },
  );
}

/** Streams every addon of one project. */
export function listAllAddons(
  client: NorthflankClient,
  projectId: string,
): AsyncGenerator<NorthflankAddon, void, undefined> {
  const request = `GET /v1/projects/${projectId}/addons`;
  return paginate<NorthflankAddon, string | null>(
    null,
    async (cursor) => {
      const body = unwrap(
        await client.GET("/v1/projects/{projectId}/addons", {
          params: { path: { projectId }, query: pageQuery(MAX_PER_PAGE, cursor) },
        }),
      );
      return {
        items: asArray(body.data?.addons, request),
        next: nextCursor(body.pagination, request),
      };
    },
    { provider: "northflank" },
  );
}

/** Streams every backup schedule of one addon. */
export function listAllAddonBackupSchedules(
  client: NorthflankClient,
  projectId: string,
  addonId: string,
): AsyncGenerator<NorthflankAddonBackupSchedule, void, undefined> {
  const request = `GET /v1/projects/${projectId}/addons/${addonId}/backup-schedules`;
  return paginate<NorthflankAddonBackupSchedule, string | null>(
    null,
    async (cursor) => {
      const body = unwrap(
        await client.GET("/v1/projects/{projectId}/addons/{addonId}/backup-schedules", {
          params: { path: { projectId, addonId }, query: pageQuery(MAX_PER_PAGE, cursor) },
        }),
      );
      // The page documents no pagination object for schedules: absent means one page.
      const next = body.pagination ? nextCursor(body.pagination, request) : undefined;
      return { items: asArray(body.data?.schedules, request), next };
    },
    { provider: "northflank" },
  );
}
