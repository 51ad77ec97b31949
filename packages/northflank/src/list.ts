import { PaginationError, paginate, unwrap } from "@backupkit/http";
import type { NorthflankClient } from "./client.js";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** The most results Northflank returns per page, and the default here: fewer requests per hour. */
export const MAX_PER_PAGE = 100;

export interface ListAllOptions {
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
  const perPage = checkPerPage(options.perPage);
  const request = `GET /v1/backup-destinations/${backupDestinationId}/backups`;
  return paginate<Schemas["Backup"], string | null>(
    null,
    async (cursor) => {
      const body = unwrap(
        await client.GET("/v1/backup-destinations/{backupDestinationId}/backups", {
          params: { path: { backupDestinationId }, query: pageQuery(perPage, cursor) },
          signal,
        }),
      );
      return { items: asArray(body.data, request), next: nextCursor(body.pagination, request) };
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
      const body = unwrap(
        await client.GET("/v1/backup-destinations", {
          params: { query: pageQuery(perPage, cursor) },
          signal: options.signal,
        }),
      );
      // The reference page has shown both `data: [...]` and `data: {backupDestinations: [...]}`.
      const list = Array.isArray(body.data) ? body.data : body.data?.backupDestinations;
      return { items: asArray(list, request), next: nextCursor(body.pagination, request) };
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

export function pageQuery(perPage: number, cursor: string | null) {
  return cursor === null ? { per_page: perPage } : { per_page: perPage, cursor };
}

export function asArray<T>(items: readonly T[] | undefined, request: string): readonly T[] {
  if (Array.isArray(items)) return items;
  throw new PaginationError(`northflank: ${request}: the response's data is not a list`);
}

/** The cursor of the next page, or `undefined` on the last page. */
export function nextCursor(pagination: Schemas["Pagination"] | undefined, request: string) {
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
