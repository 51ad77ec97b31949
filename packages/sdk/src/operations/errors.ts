import type { ProviderId } from "@backupkit/model";
import type { OperationName } from "./types.js";

/** The provider cannot do what was asked; nothing was sent. */
export class UnsupportedOperationError extends Error {
  override name = "UnsupportedOperationError";
  constructor(
    readonly provider: ProviderId,
    readonly operation: OperationName,
    reason: string,
  ) {
    super(`${provider} cannot ${operation}: ${reason}`);
  }
}

/**
 * A request that is not safe to repeat got no answer in time: it may or may
 * not have taken effect, and it was not sent again. The message says how to check.
 */
export class OutcomeUnknownError extends Error {
  override name = "OutcomeUnknownError";
}
