import type { LimitFunction } from "p-limit";

/** A request that got no answer in time. */
export class RequestTimeout extends Error {
  override name = "RequestTimeout";
  constructor(readonly seconds: number) {
    super(`no answer within ${seconds} s (--timeout)`);
  }
}

/**
 * The fetch every source's client uses in one run: at most `limit.concurrency`
 * requests wait for headers at once across all providers, and each request
 * gives up after `timeoutSeconds` (body included).
 */
export function boundedFetch(
  limit: LimitFunction,
  timeoutSeconds: number,
): (request: Request) => Promise<Response> {
  return (request) =>
    limit(async () => {
      const timeout = AbortSignal.timeout(timeoutSeconds * 1000);
      try {
        return await globalThis.fetch(request, {
          signal: AbortSignal.any([request.signal, timeout]),
        });
      } catch (err) {
        if (timeout.aborted) throw new RequestTimeout(timeoutSeconds);
        throw err;
      }
    });
}
