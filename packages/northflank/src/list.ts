import { PaginationError, paginate, unwrap } from "@backupkit/http";
import type { NorthflankClient } from "./client.js";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/**
 * The most results Northflank returns per page, and the default here (the
 * API's own default is 50): fewer requests per hour.
 */
export const MAX_PER_PAGE = 100;

export interface ListAllOptions {
  /**
   * The team whose destinations to read, for a team API token: the walk then
   * uses the `/v1/teams/{teamId}/…` paths. Absent: the token's own account.
   */
  teamId?: string;
  /** Results per request, 1 to 100. Default 100. */
  perPage?: number;
  /** Cancels the walk, including any retry in progress. */
  signal?: AbortSignal;
  /** Stops with a PaginationError after this many pages. Default: `paginate`'s guard. */
  maxPages?: number;
}

export interface ListAllBackupsOptions extends ListAllOptions {
  /** The backup destination whose backups to list. */
  backupDestinationId: string;
}

/**
 * Streams every backup saved to a backup destination, following
 * `pagination.cursor` page by page; only one page is held in memory.
 *
 * A response that is not a success throws the transport's typed errors
 * (`ProviderError`, `TransportError`, `TimeoutError`), after its retries.
 * A server that says `hasNextPage: true` without a cursor stops the walk with
 * a PaginationError: Northflank's cursor and page-number schemes are not
 * documented to agree, so falling back to `page` could skip or repeat backups.
 */
export function listAllBackups(
  client: NorthflankClient,
  options: ListAllBackupsOptions,
): AsyncGenerator<Schemas["Backup"], void, undefined> {
  const { backupDestinationId, signal } = options;
  if (typeof backupDestinationId !== "string" || backupDestinationId.trim() === "") {
    throw new TypeError(
      "northflank: backupDestinationId is required and must be a non-empty string",
    );
  }
  const teamId = checkTeamId(options.teamId);
  const perPage = checkPerPage(options.perPage);
  const request = `GET ${teamPrefix(teamId)}/backup-destinations/${backupDestinationId}/backups`;
  return paginate<Schemas["Backup"], string | null>(
    null,
    async (cursor) => {
      const query = pageQuery(perPage, cursor);
      const body = unwrap(
        teamId === undefined
          ? await client.GET("/v1/backup-destinations/{backupDestinationId}/backups", {
              params: { path: { backupDestinationId }, query },
              signal,
            })
          : await client.GET(
              "/v1/teams/{teamId}/backup-destinations/{backupDestinationId}/backups",
              {
                params: { path: { teamId, backupDestinationId }, query },
                signal,
              },
            ),
      );
      return { items: asArray(body.data, request), next: nextCursor(body.pagination, request) };
    },
    { provider: "northflank", maxPages: options.maxPages },
  );
}

/**
 * Streams every backup destination of the account, page by page, like
 * `listAllBackups`. Northflank's description gives list items no `id` (see
 * `backupDestinationIdOf`); destinations are yielded as sent.
 */
export function listAllBackupDestinations(
  client: NorthflankClient,
  options: ListAllOptions = {},
): AsyncGenerator<Schemas["BackupDestination"], void, undefined> {
  const teamId = checkTeamId(options.teamId);
  const perPage = checkPerPage(options.perPage);
  const request = `GET ${teamPrefix(teamId)}/backup-destinations`;
  return paginate<Schemas["BackupDestination"], string | null>(
    null,
    async (cursor) => {
      const query = pageQuery(perPage, cursor);
      const signal = options.signal;
      const body = unwrap(
        teamId === undefined
          ? await client.GET("/v1/backup-destinations", { params: { query }, signal })
          : await client.GET("/v1/teams/{teamId}/backup-destinations", {
              params: { path: { teamId }, query },
              signal,
            }),
      );
      // Northflank describes `data: {backupDestinations: [...]}`; a rendering
      // of its reference page showed `data: [...]`, which is read too.
      const list = Array.isArray(body.data) ? body.data : body.data?.backupDestinations;
      return { items: asArray(list, request), next: nextCursor(body.pagination, request) };
    },
    { provider: "northflank", maxPages: options.maxPages },
  );
}

/** Northflank's destination ids: lower case, words joined by "-" (`^[a-z0-9]+(-[a-z0-9]+)*$`). */
const DESTINATION_ID = /^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$/;

/**
 * The id to list a destination's backups by: its `id` when the list sent one,
 * else the id Northflank derives from its name. Northflank makes ids by
 * slugifying names ("Example Backup Destination" is
 * `example-backup-destination` on the single-destination GET), and its list
 * description gives items no `id`. `derived` says which it was; null when
 * there is neither a usable id nor a name to derive one from.
 */
export function backupDestinationIdOf(
  destination: Pick<Schemas["BackupDestination"], "id" | "name">,
): { id: string; derived: boolean } | null {
  const { id, name } = destination as { id?: unknown; name?: unknown };
  if (typeof id === "string" && DESTINATION_ID.test(id)) return { id, derived: false };
  if (id !== undefined && id !== null && id !== "") return null;
  if (typeof name !== "string") return null;
  const slug = name.trim().toLowerCase().replace(/\s+/g, "-");
  return DESTINATION_ID.test(slug) ? { id: slug, derived: true } : null;
}

function checkTeamId(teamId: string | undefined): string | undefined {
  if (teamId === undefined) return undefined;
  if (!DESTINATION_ID.test(teamId)) {
    throw new TypeError(
      `northflank: teamId must be a Northflank id (letters, digits and "-"), got ${JSON.stringify(teamId)}`,
    );
  }
  return teamId;
}

function teamPrefix(teamId: string | undefined): string {
  return teamId === undefined ? "/v1" : `/v1/teams/${teamId}`;
}

function checkPerPage(perPage: number | undefined): number {
  if (perPage === undefined) return MAX_PER_PAGE;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw new RangeError(
      `northflank: perPage must be an integer from 1 to ${MAX_PER_PAGE}, got ${perPage}`,
    );
  }
  return perPage;
}

function pageQuery(perPage: number, cursor: string | null) {
  return cursor === null ? { per_page: perPage } : { per_page: perPage, cursor };
}

function asArray<T>(items: readonly T[] | undefined, request: string): readonly T[] {
  if (Array.isArray(items)) return items;
  throw new PaginationError(`northflank: ${request}: the response's data is not a list`);
}

/** The cursor of the next page, or `undefined` on the last page. */
function nextCursor(pagination: Schemas["Pagination"] | undefined, request: string) {
  if (typeof pagination !== "object" || pagination === null) {
    throw new PaginationError(`northflank: ${request}: the response has no pagination object`);
  }
  if (pagination.hasNextPage !== true) return undefined;
  if (typeof pagination.cursor !== "string" || pagination.cursor === "") {
    throw new PaginationError(
      `northflank: ${request}: the server said hasNextPage but sent no cursor; stopped rather than guess the next page`,
    );
  }
  return pagination.cursor;
}
