import { PaginationError, paginate } from "@backupkit/http";
import type { NorthflankClient } from "./client.js";
import { describeNorthflankError, NorthflankApiError } from "./errors.js";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** The most results Northflank returns per page, and the default here: fewer requests per hour. */
export const MAX_PER_PAGE = 100;

export interface ListAllOptions {
  /** Results per request, 1 to 100. Default 100. */
  perPage?: number;
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
 * A server that says `hasNextPage: true` without a cursor stops the walk with
 * a PaginationError: Northflank's cursor and page-number schemes are not
 * documented to agree, so falling back to `page` could skip or repeat backups.
 */
export function listAllBackups(
  client: NorthflankClient,
  options: ListAllBackupsOptions,
): AsyncGenerator<Schemas["Backup"], void, undefined> {
  const { backupDestinationId } = options;
  if (typeof backupDestinationId !== "string" || backupDestinationId.trim() === "") {
    throw new TypeError(
      "northflank: backupDestinationId is required and must be a non-empty string",
    );
  }
  const perPage = checkPerPage(options.perPage);
  const request = `GET /v1/backup-destinations/${backupDestinationId}/backups`;
  return paginate<Schemas["Backup"], string | null>(
    null,
    async (cursor) => {
      const { data, error, response } = await client.GET(
        "/v1/backup-destinations/{backupDestinationId}/backups",
        { params: { path: { backupDestinationId }, query: pageQuery(perPage, cursor) } },
      );
      if (data === undefined) throw failure(request, response, error);
      return { items: asArray(data.data, request), next: nextCursor(data.pagination, request) };
    },
    { provider: "northflank", maxPages: options.maxPages },
  );
}

/**
 * Streams every backup destination of the account, page by page, like
 * `listAllBackups`. Destinations without an `id` are yielded as sent; the
 * caller decides whether it can use them.
 */
export function listAllBackupDestinations(
  client: NorthflankClient,
  options: ListAllOptions = {},
): AsyncGenerator<Schemas["BackupDestination"], void, undefined> {
  const perPage = checkPerPage(options.perPage);
  const request = "GET /v1/backup-destinations";
  return paginate<Schemas["BackupDestination"], string | null>(
    null,
    async (cursor) => {
      const { data, error, response } = await client.GET("/v1/backup-destinations", {
        params: { query: pageQuery(perPage, cursor) },
      });
      if (data === undefined) throw failure(request, response, error);
      // The reference page has shown both `data: [...]` and `data: {backupDestinations: [...]}`.
      const list = Array.isArray(data.data) ? data.data : data.data?.backupDestinations;
      return { items: asArray(list, request), next: nextCursor(data.pagination, request) };
    },
    { provider: "northflank", maxPages: options.maxPages },
  );
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

function failure(request: string, response: Response, body: unknown): Error {
  // openapi-fetch gives neither data nor error for an empty 2xx body.
  if (response.ok) return new TypeError(`northflank: ${request}: the response has no body`);
  return new NorthflankApiError(response.status, describeNorthflankError(body), request);
}

function asArray<T>(items: readonly T[] | undefined, request: string): readonly T[] {
  if (Array.isArray(items)) return items;
  throw new TypeError(`northflank: ${request}: the response's data is not a list`);
}

/** The cursor of the next page, or `undefined` on the last page. */
function nextCursor(pagination: Schemas["Pagination"] | undefined, request: string) {
  if (typeof pagination !== "object" || pagination === null) {
    throw new TypeError(`northflank: ${request}: the response has no pagination object`);
  }
  if (pagination.hasNextPage !== true) return undefined;
  if (typeof pagination.cursor !== "string" || pagination.cursor === "") {
    throw new PaginationError(
      `northflank: ${request}: the server said hasNextPage but sent no cursor; stopped rather than guess the next page`,
    );
  }
  return pagination.cursor;
}
