/** One page of a paginated list, and where the next one starts (`undefined`: this was the last). */
export interface Page<T, C> {
  items: readonly T[];
  next: C | undefined;
}

/** The bounds every walk of pages has unless told otherwise. */
export const PAGINATION_LIMITS = {
  /** Pages fetched in all. */
  maxPages: 10_000,
  /** Items yielded in all. */
  maxItems: 1_000_000,
  /** Time from the first request to the start of the last page's, in ms (1 hour). */
  maxDurationMs: 3_600_000,
} as const;

export interface PaginateOptions {
  /** The provider id, for error messages. */
  provider: string;
  /** Stops after this many pages. Default 10,000. */
  maxPages?: number;
  /** Stops after this many items. Default 1,000,000. */
  maxItems?: number;
  /** Stops when a next page would start this long after the first, in ms. Default 1 hour. */
  maxDurationMs?: number;
}

/** How far a walk had got when it stopped. */
export interface PaginationProgress {
  /** Pages read in full. */
  pages: number;
  /** Items yielded before the walk stopped: the caller has them. */
  items: number;
}

/**
 * A paginated list that cannot be walked to its end: a repeated cursor, a
 * page that is not one, or a bound passed. It says how far the walk got;
 * every item read before it was yielded and is the caller's to keep.
 */
export class PaginationError extends Error {
  override name = "PaginationError";
  readonly pages: number | null;
  readonly items: number | null;

  constructor(message: string, progress?: PaginationProgress) {
    // Nothing read, nothing to keep: the count would only add noise.
    super(
      progress && progress.pages + progress.items > 0
        ? `${message} (after ${progress.pages} page${progress.pages === 1 ? "" : "s"} and ${progress.items} item${progress.items === 1 ? "" : "s"})`
        : message,
    );
    this.pages = progress?.pages ?? null;
    this.items = progress?.items ?? null;
  }
}

/**
 * Streams every item of a paginated list, one page in memory at a time.
 * `fetchPage` gets the cursor of the page to fetch (the first call gets
 * `first`) and returns its items and the next cursor. A cursor seen before, a
 * page without an items list, or a bound passed stops the walk with a
 * PaginationError instead of running on. Cursors are never quoted in it: a
 * server may put anything in one.
 */
export async function* paginate<T, C>(
  first: C,
  fetchPage: (cursor: C) => Promise<Page<T, C>>,
  options: PaginateOptions,
): AsyncGenerator<T, void, undefined> {
  const { provider } = options;
  const limits = {
    maxPages: options.maxPages ?? PAGINATION_LIMITS.maxPages,
    maxItems: options.maxItems ?? PAGINATION_LIMITS.maxItems,
    maxDurationMs: options.maxDurationMs ?? PAGINATION_LIMITS.maxDurationMs,
  };
  const started = Date.now();
  const seen = new Set<string>();
  const progress: PaginationProgress = { pages: 0, items: 0 };
  const stop = (why: string) => new PaginationError(`${provider}: ${why}`, { ...progress });
  let cursor: C | undefined = first;
  while (cursor !== undefined) {
    if (progress.pages >= limits.maxPages) {
      throw stop(`stopped at the limit of ${limits.maxPages} pages (maxPages)`);
    }
    if (Date.now() - started > limits.maxDurationMs) {
      throw stop(`stopped at the limit of ${limits.maxDurationMs} ms (maxDurationMs)`);
    }
    const key = JSON.stringify(cursor);
    if (seen.has(key)) {
      throw stop(`the server sent a cursor it had sent before; stopped to avoid a loop`);
    }
    seen.add(key);
    let page: Page<T, C>;
    try {
      page = await fetchPage(cursor);
    } catch (error) {
      // A page the provider's walker found malformed: say how far the walk got.
      if (error instanceof PaginationError && error.items === null) {
        throw new PaginationError(error.message, { ...progress });
      }
      throw error;
    }
    if (!Array.isArray(page?.items)) {
      throw stop(`page ${progress.pages + 1} has no list of items`);
    }
    // One yield per item: `yield*` over an array costs an extra promise per item in an async generator.
    for (const item of page.items) {
      if (progress.items >= limits.maxItems) {
        throw stop(`stopped at the limit of ${limits.maxItems} items (maxItems)`);
      }
      progress.items++;
      yield item;
    }
    progress.pages++;
    cursor = page.next;
  }
}
