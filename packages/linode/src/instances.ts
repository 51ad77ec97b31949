import { PaginationError, paginate, unwrap } from "@backupkit/http";
import type { LinodeClient } from "./client.js";
import type { components } from "./generated/schema.js";

type Linode = components["schemas"]["Linode"];

export interface ListAllLinodesOptions {
  /** Items per page, 25 to 500 (Linode's default is 100). */
  pageSize?: number;
  /** Cancels the walk, including any retry in progress. */
  signal?: AbortSignal;
  /** Stops with a PaginationError after this many pages. Default: `paginate`'s bound, 10,000. */
  maxPages?: number;
}

/**
 * Streams every Linode on the account, one page in memory at a time:
 * `for await (const linode of listAllLinodes(client)) { ... }`.
 *
 * Linode pages are numbered from 1 and each body says its `page` and the total
 * `pages`. The next page asked for is the one after the page the body says it
 * is, so a server that ignores `page` and keeps sending page 1 trips the
 * repeated-cursor guard instead of looping.
 */
export function listAllLinodes(
  client: LinodeClient,
  options: ListAllLinodesOptions = {},
): AsyncGenerator<Linode, void, undefined> {
  const { pageSize, signal, maxPages } = options;
  return paginate(
    1,
    async (page: number) => {
      const body = unwrap(
        await client.GET("/linode/instances", {
          params: { query: { page, page_size: pageSize } },
          signal,
        }),
      );
      if (
        !Array.isArray(body.data) ||
        !Number.isInteger(body.page) ||
        !Number.isInteger(body.pages)
      ) {
        throw new PaginationError(
          `linode: GET /linode/instances page ${page} is not a page: expected data[], page and pages`,
        );
      }
      return { items: body.data, next: body.page < body.pages ? body.page + 1 : undefined };
    },
    { provider: "linode", maxPages },
  );
}
