import {
  type ClientOptions,
  createProviderClient,
  pacerFor,
  requireCredential,
} from "@backupkit/http";
import { describeNorthflankError } from "./errors.js";
import type { paths } from "./generated/schema.js";

/** Every path of the API starts with `/v1`, so the base URL is the bare host. */
export const NORTHFLANK_BASE_URL = "https://api.northflank.com";

export interface NorthflankClientOptions extends ClientOptions {
  /** A personal or team API token, sent as `Authorization: Bearer`. */
  token: string;
}

/**
 * Creates a typed client for the Northflank v1 backup-destination endpoints,
 * with the shared transport's deadlines, retries and typed errors (see
 * @backupkit/http).
 */
export function createNorthflankClient(options: NorthflankClientOptions) {
  const { token: _token, ...transport } = options;
  const token = requireCredential("northflank", "token", options.token);
  return createProviderClient<paths>({
    ...transport,
    provider: "northflank",
    defaultBaseUrl: NORTHFLANK_BASE_URL,
    authHeaders: { Authorization: `Bearer ${token}` },
    describeError: describeNorthflankError,
    // Seconds until the hourly window resets, sent on every response; a 429
    // without Retry-After waits for it.
    rateLimitResetHeaders: { "x-ratelimit-reset": "delta-seconds" },
    // x-ratelimit-limit and -remaining come with it: requests are paced under the limit.
    pacerFor,
  });
}

export type NorthflankClient = ReturnType<typeof createNorthflankClient>;
