/** One page of a paginated list, and where the next one starts (`undefined`: this was the last). */
export interface Page<T, C> {
  items: readonly T[];
  next: C | undefined;
}

export interface PaginateOptions {
  /** The provider id, for error messages. */
  provider: string;
  /** A guard against lists that never end. Default 100,000 pages. */
  maxPages?: number;
}

/** A paginated list that would never end: a repeated cursor, or too many pages. */
export class PaginationError extends Error {
  override name = "PaginationError";
}

/**
 * Streams every item of a paginated list, one page in memory at a time.
 * `fetchPage` gets the cursor of the page to fetch (the first call gets
 * `first`) and returns its items and the next cursor. A cursor seen before
 * stops the walk with a PaginationError instead of looping forever.
 */
export async function* paginate<T, C>(
  first: C,
  fetchPage: (cursor: C) => Promise<Page<T, C>>,
  options: PaginateOptions,
): AsyncGenerator<T, void, undefined> {
  const maxPages = options.maxPages ?? 100_000;
  const seen = new Set<string>();
  let cursor: C | undefined = first;
  for (let pages = 0; cursor !== undefined; pages++) {
    if (pages >= maxPages) {
      throw new PaginationError(
        `${options.provider}: stopped after ${maxPages} pages; the list does not end`,
      );
    }
    const key = JSON.stringify(cursor);
    if (seen.has(key)) {
      throw new PaginationError(
        `${options.provider}: the server sent cursor ${key} again; stopped to avoid a loop`,
      );
    }
    seen.add(key);
    const page: Page<T, C> = await fetchPage(cursor);
    // One yield per item: `yield*` over an array costs an extra promise per item in an async generator.
    for (const item of page.items) yield item;
    cursor = page.next;
  }
}
