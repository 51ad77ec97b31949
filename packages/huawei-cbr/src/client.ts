import {
  type ClientOptions,
  createProviderClient,
  type ProviderErrorDetails,
  requireCredential,
} from "@backupkit/http";
import type { paths } from "./generated/schema.js";

const PROVIDER = "huawei-cbr";

/** The region used when none is given. */
export const HUAWEI_CBR_DEFAULT_REGION = "ap-southeast-1";

// Region IDs look like `ap-southeast-1` or `cn-north-4`; anything else would
// change which host the token is sent to.
const REGION_ID = /^[a-z]{2}(?:-[a-z0-9]+)+$/;

/** The CBR endpoint of one region, e.g. `https://cbr.ap-southeast-1.myhuaweicloud.com`. */
export function huaweiCbrBaseUrl(region: string): string {
  if (!REGION_ID.test(region)) {
    throw new TypeError(
      `${PROVIDER}: region must be a Huawei Cloud region ID such as "${HUAWEI_CBR_DEFAULT_REGION}", got ${JSON.stringify(region)}`,
    );
  }
  return `https://cbr.${region}.myhuaweicloud.com`;
}

export interface HuaweiCbrClientOptions extends ClientOptions {
  /** An IAM user token (the `X-Subject-Token` IAM returns), sent as `X-Auth-Token`. */
  token: string;
  /** The region whose CBR endpoint to call; ignored when `baseUrl` is given. */
  region?: string;
}

/**
 * Creates a typed client for the Huawei Cloud CBR v3 backup endpoints, with the
 * shared transport's deadlines, retries and typed errors (see @backupkit/http).
 * Everything but the token and the region (`baseUrl`, `timeoutMs`, `retry`,
 * `signal`, `fetch`, `userAgent`) goes to the transport as given.
 */
export function createHuaweiCbrClient(options: HuaweiCbrClientOptions) {
  const { token: givenToken, region, ...transport } = options;
  const token = requireCredential(PROVIDER, "token", givenToken);
  return createProviderClient<paths>({
    ...transport,
    provider: PROVIDER,
    defaultBaseUrl: huaweiCbrBaseUrl(region ?? HUAWEI_CBR_DEFAULT_REGION),
    authHeaders: { "X-Auth-Token": token },
    describeError: describeHuaweiCbrError,
    // Huawei sends the request id as X-Request-Id; errors raised by its API gateway
    // also carry it as `request_id` in the body. No rate-limit reset header is
    // documented: a 429 waits for Retry-After or backs off.
    requestIdHeaders: ["X-Request-Id"],
  });
}

export type HuaweiCbrClient = ReturnType<typeof createHuaweiCbrClient>;

/**
 * Reads a Huawei error body into a code and a message, in the three shapes
 * Huawei's SDK core reads: `{error_code, error_msg}` (CBR, the API gateway),
 * `{code, message}`, and either pair nested in `error` (IAM's `{"error":
 * {code, message, title}}`). Fields that are absent, empty or not strings
 * read as `null` (IAM's numeric code too: the status says as much).
 */
export function describeHuaweiCbrError(body: unknown): ProviderErrorDetails {
  // Reading a field of a text body, or of a string `error`, gives undefined.
  const top = (body ?? {}) as Record<string, unknown>;
  const e = (top.error ?? top) as Record<string, unknown>;
  return { code: text(e.error_code ?? e.code), message: text(e.error_msg ?? e.message) };
}

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
