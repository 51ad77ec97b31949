import { type Page, PaginationError, paginate } from "@backupkit/http";
import { describeHuaweiCbrError, type HuaweiCbrClient } from "./client.js";
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
}

/** A CBR request that failed: the HTTP status and CBR's own code and message. */
export class HuaweiCbrApiError extends Error {
  override name = "HuaweiCbrApiError";
  constructor(
    readonly status: number,
    readonly code: string | null,
    readonly providerMessage: string | null,
  ) {
    const detail = [code, providerMessage].filter((part) => part !== null).join(": ");
    super(`huawei-cbr: ListBackups failed with HTTP ${status}${detail ? ` (${detail})` : ""}`);
  }
}

/**
 * Streams every backup of a project, walking ListBackups page by page.
 *
 * Pages are chained with `marker` (the ID of the previous page's last backup)
 * rather than `offset`: a marker survives backups being added while the walk
 * runs, and a server that ignores it sends the same marker back, which stops
 * the walk with a PaginationError instead of looping. A page shorter than
 * `pageSize` is the last one. Yields top-level backups; their disk backups
 * stay nested in `children`.
 */
export async function* listAllBackups(
  client: HuaweiCbrClient,
  options: ListAllBackupsOptions,
): AsyncGenerator<Backup, void, undefined> {
  const pageSize = options.pageSize ?? HUAWEI_CBR_MAX_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > HUAWEI_CBR_MAX_PAGE_SIZE) {
    throw new RangeError(
      `huawei-cbr: pageSize must be an integer from 1 to ${HUAWEI_CBR_MAX_PAGE_SIZE}, got ${pageSize}`,
    );
  }

  const fetchPage = async (marker: string | null): Promise<Page<Backup, string | null>> => {
    const { data, error, response } = await client.GET("/v3/{project_id}/backups", {
      params: {
        path: { project_id: options.projectId },
        query: { ...options.query, limit: pageSize, ...(marker === null ? {} : { marker }) },
      },
    });
    if (data === undefined) {
      const { code, message } = describeHuaweiCbrError(error);
      throw new HuaweiCbrApiError(response.status, code, message);
    }
    const backups: unknown = data.backups;
    if (!Array.isArray(backups)) {
      throw new PaginationError(
        `huawei-cbr: ListBackups answered without a backups array${marker === null ? "" : ` after marker ${marker}`}`,
      );
    }
    return { items: backups, next: nextMarker(backups, pageSize) };
  };

  // `null` is the first page: no marker yet.
  yield* paginate<Backup, string | null>(null, fetchPage, { provider: "huawei-cbr" });
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
