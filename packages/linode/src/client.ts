import { type ClientOptions, createProviderClient, requireCredential } from "@backupkit/http";
import type { paths } from "./generated/schema.js";

export const LINODE_BASE_URL = "https://api.linode.com/v4";

export interface LinodeClientOptions extends ClientOptions {
  /** A personal access token or OAuth token, sent as `Authorization: Bearer`. */
  token: string;
}

/** Creates a typed client for the Linode API v4 backup endpoints. */
export function createLinodeClient(options: LinodeClientOptions) {
  const token = requireCredential("linode", "token", options.token);
  return createProviderClient<paths>({
    ...options,
    provider: "linode",
    defaultBaseUrl: LINODE_BASE_URL,
    authHeaders: { Authorization: `Bearer ${token}` },
  });
}

export type LinodeClient = ReturnType<typeof createLinodeClient>;
