import { type Page, PaginationError, paginate, unwrap } from "@backupkit/http";
import type { HuaweiCbrClient } from "./client.js";
import type { components, operations } from "./generated/schema.js";

type Backup = components["schemas"]["BackupResp"];
type ListBackupsQuery = NonNullable<operations["listBackups"]["parameters"]["query"]>;

/** The largest page CBR serves. */
export const HUAWEI_CBR_MAX_PAGE_SIZE = 1000;

export interface ListAllBackupsOptions {
  /** The project whose backups to list. */
  projectId: string;
  /** Filters and sorting; paging parameters are set by the walk. */
  query?: Omit<ListBackupsQuery, "limit" | "offset" | "marker">;
  /** Backups per request, 1–1000. Default 1000. */
  pageSize?: number;
  /** Cancels the walk, including any retry in progress. */
  signal?: AbortSignal;
  /** Stops with a PaginationError after this many pages. Default: `paginate`'s bound, 10,000. */
  maxPages?: number;
}

/**
 * Streams every backup of a project, walking ListBackups page by page:
 * `for await (const backup of listAllBackups(client, { projectId })) { ... }`.
 *
 * Pages are chained with `marker` (the ID of the previous page's last backup)
 * rather than `offset`: a marker survives backups being added while the walk
 * runs, and a server that ignores it sends the same marker back, which stops
 * the walk with a PaginationError instead of looping. A page shorter than
 * `pageSize` is the last one. Yields top-level backups; their disk backups
 * stay nested in `children`. A failed request throws the transport's
 * ProviderError, TransportError or TimeoutError (after its retries).
 */
export async function* listAllBackups(
  client: HuaweiCbrClient,
  options: ListAllBackupsOptions,
): AsyncGenerator<Backup, void, undefined> {
  const { projectId, query, signal, maxPages } = options;
  const pageSize = options.pageSize ?? HUAWEI_CBR_MAX_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > HUAWEI_CBR_MAX_PAGE_SIZE) {
    throw new RangeError(
      `huawei-cbr: pageSize must be an integer from 1 to ${HUAWEI_CBR_MAX_PAGE_SIZE}, got ${pageSize}`,
    );
  }

  const fetchPage = async (marker: string | null): Promise<Page<Backup, string | null>> => {
    const body = unwrap(
      await client.GET("/v3/{project_id}/backups", {
        params: {
          path: { project_id: projectId },
          query: { ...query, limit: pageSize, ...(marker === null ? {} : { marker }) },
        },
        signal,
      }),
    );
    const backups: unknown = body.backups;
    if (!Array.isArray(backups)) {
      throw new PaginationError(
        `huawei-cbr: ListBackups answered without a backups array${marker === null ? "" : ` after marker ${marker}`}`,
      );
    }
    return { items: backups, next: nextMarker(backups, pageSize) };
  };

  // `null` is the first page: no marker yet.
  yield* paginate<Backup, string | null>(null, fetchPage, { provider: "huawei-cbr", maxPages });
}

function nextMarker(backups: readonly Backup[], pageSize: number): string | undefined {
  if (backups.length < pageSize) return undefined;
  const last = backups.at(-1)?.id;
  if (typeof last !== "string" || last === "") {
    throw new PaginationError(
      "huawei-cbr: the last backup of a full page has no id, so the next page cannot be requested",
    );
  }
  return last;
}
