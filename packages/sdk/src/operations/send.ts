import { TimeoutError, unwrap } from "@backupkit/http";
import { asSourceError } from "../sources/errors.js";
import { OutcomeUnknownError } from "./errors.js";

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Sends one request of an operation and returns its data. The transport never
 * repeats a POST (see `DEFAULT_RETRY.methods` in @backupkit/http), so a POST
 * that got no answer in time may have reached the provider: that is reported
 * as an outcome unknown, with `check` saying how to find out, rather than as
 * a failure someone would simply run again.
 */
export async function send<R extends FetchResult>(
  call: () => Promise<R>,
  outcome: { repeatable: boolean; what: string; check: string },
): Promise<Exclude<R["data"], undefined>> {
  try {
    return unwrap(await call());
  } catch (err) {
    if (err instanceof TimeoutError && !outcome.repeatable) {
      throw new OutcomeUnknownError(
        `${err.method} ${err.path} got no answer within ${err.timeoutMs} ms and was not sent again: ${outcome.what} may have happened. Check with ${outcome.check} before trying again.`,
      );
    }
    throw asSourceError(err);
  }
}
