import type { LimitFunction } from "p-limit";

/**
 * The fetch every source's client uses in one run: at most `limit.concurrency`
 * requests are in flight at once across all providers. Deadlines and retries
 * are the clients' own (see @backupkit/http); this only bounds the fan-out.
 */
export function boundedFetch(limit: LimitFunction): (request: Request) => Promise<Response> {
  return (request) => limit(() => globalThis.fetch(request));
}
