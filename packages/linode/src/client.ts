import {
  type ClientOptions,
  createProviderClient,
  pacerFor,
  requireCredential,
} from "@backupkit/http";
import { describeLinodeError } from "./errors.js";
import type { paths } from "./generated/schema.js";

export const LINODE_BASE_URL = "https://api.linode.com/v4";

export interface LinodeClientOptions extends ClientOptions {
  /** A personal access token or OAuth token, sent as `Authorization: Bearer`. */
  token: string;
}

/**
 * Creates a typed client for the Linode API v4 backup endpoints, with the
 * shared transport's deadlines, retries and typed errors (see @backupkit/http).
 */
export function createLinodeClient(options: LinodeClientOptions) {
  const { token: _token, ...transport } = options;
  const token = requireCredential("linode", "token", options.token);
  return createProviderClient<paths>({
    ...transport,
    provider: "linode",
    defaultBaseUrl: LINODE_BASE_URL,
    authHeaders: { Authorization: `Bearer ${token}` },
    describeError: describeLinodeError,
    // Epoch seconds, sent on every response; a 429 without Retry-After waits for it.
    rateLimitResetHeaders: { "X-RateLimit-Reset": "epoch-seconds" },
    // X-RateLimit-Limit and -Remaining come with it: requests are paced under the limit.
    pacerFor,
  });
}

export type LinodeClient = ReturnType<typeof createLinodeClient>;
