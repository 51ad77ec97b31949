import {
  type Authentication,
  type ClientOptions,
  createProviderClient,
  type ProviderErrorDetails,
  REDACTED,
  requireCredential,
  signedRequests,
  staticHeaders,
} from "@backupkit/http";
import type { paths } from "./generated/schema.js";
import { type HuaweiAkSk, huaweiSigner } from "./signer.js";

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
  /**
   * An access key ID (AK): requests are then signed with SDK-HMAC-SHA256, as
   * Huawei's SDKs sign them. Needs `secretKey`; excludes `token`.
   */
  accessKey?: string;
  /** The secret access key (SK) that signs each request. It is never sent. */
  secretKey?: string;
  /** With temporary AK/SK: the security token, sent as `X-Security-Token`. */
  securityToken?: string;
  /** With AK/SK: the project, sent as `X-Project-Id`. */
  projectId?: string;
  /** An IAM user token (the `X-Subject-Token` IAM returns), sent as `X-Auth-Token`; excludes AK/SK. */
  token?: string;
  /** The region whose CBR endpoint to call; ignored when `baseUrl` is given. */
  region?: string;
}

/**
 * Creates a typed client for the Huawei Cloud CBR v3 backup endpoints, with the
 * shared transport's deadlines, retries and typed errors (see @backupkit/http).
 * It signs in one of two ways: AK/SK (`accessKey` + `secretKey`, each attempt
 * signed afresh) or an IAM `token`. Everything but the credentials and the
 * region (`baseUrl`, `timeoutMs`, `retry`, `signal`, `fetch`, `userAgent`)
 * goes to the transport as given.
 */
export function createHuaweiCbrClient(options: HuaweiCbrClientOptions) {
  const {
    token: _token,
    accessKey: _accessKey,
    secretKey: _secretKey,
    securityToken: _securityToken,
    projectId: _projectId,
    region,
    ...transport
  } = options;
  return createProviderClient<paths>({
    ...transport,
    provider: PROVIDER,
    defaultBaseUrl: huaweiCbrBaseUrl(region ?? HUAWEI_CBR_DEFAULT_REGION),
    auth: huaweiAuthentication(options),
    describeError: describeHuaweiCbrError,
    // Huawei sends the request id as X-Request-Id, the transport's default (errors raised
    // by its API gateway also carry it as `request_id` in the body). No rate-limit reset
    // header is documented: a 429 waits for Retry-After or backs off.
  });
}

export type HuaweiCbrClient = ReturnType<typeof createHuaweiCbrClient>;

/** Exactly one way in: AK/SK, or a token. Errors name the options, never their values. */
function huaweiAuthentication(options: HuaweiCbrClientOptions): Authentication {
  const { token, accessKey, secretKey, securityToken, projectId } = options;
  const signs = accessKey !== undefined || secretKey !== undefined || securityToken !== undefined;
  // None, or both: one message for the two mistakes.
  if (signs === (token !== undefined)) {
    throw new TypeError(
      `${PROVIDER}: give either accessKey and secretKey (AK/SK signing) or token (an IAM token)`,
    );
  }
  if (!signs) return staticHeaders({ "X-Auth-Token": requireCredential(PROVIDER, "token", token) });
  const credentials = { accessKey, secretKey, securityToken, projectId };
  for (const [name, value] of Object.entries(credentials)) {
    // The two keys are required, securityToken and projectId checked when given. Each is
    // sent in (or signs) a header: a line break would fail there, quoting it.
    if (value === undefined && !name.endsWith("Key")) continue;
    if (/[^\x20-\x7e]/.test(requireCredential(PROVIDER, name, value))) {
      throw new TypeError(`${PROVIDER}: ${name} has a character an HTTP header cannot carry`);
    }
  }
  const secrets = [secretKey, securityToken].filter((value) => value !== undefined);
  return signedRequests(huaweiSigner(credentials as HuaweiAkSk), secrets);
}

/**
 * The authentication headers each request of a client built with `options`
 * carries, as a dry run shows them: the token, the security token, the
 * signature and its signing time are `[redacted]` (the signature and its
 * time together would let a copied request be replayed for 15 minutes).
 * Only the project ID is shown. Nothing is signed or sent.
 */
export function huaweiCbrAuthHeadersShown(
  options: Pick<HuaweiCbrClientOptions, "accessKey" | "securityToken" | "projectId" | "token">,
): Record<string, string> {
  if (options.accessKey === undefined) return { "X-Auth-Token": REDACTED };
  return {
    "X-Sdk-Date": REDACTED,
    ...(options.projectId === undefined ? {} : { "X-Project-Id": options.projectId }),
    ...(options.securityToken === undefined ? {} : { "X-Security-Token": REDACTED }),
    Authorization: REDACTED,
  };
}

/**
 * What API Gateway says when X-Sdk-Date is more than 15 minutes from its
 * clock: "Incorrect app authentication information: signature expired,
 * signature time:…, server time:…" (APIG.0303), or for IAM's AK/SK check
 * "…calc ak sk signature fail:signature expired" (APIGW.0301).
 */
const CLOCK_SKEW = /signature expired/i;

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
  const code = text(e.error_code ?? e.code);
  const message = text(e.error_msg ?? e.message);
  // Not a bad key: this computer's clock is off. Said first, so it is what the user reads;
  // the gateway's own words follow in parentheses.
  return message !== null && CLOCK_SKEW.test(message)
    ? {
        code,
        message: `the signing time (X-Sdk-Date) is more than 15 minutes from the server's clock: check this computer's clock (${message})`,
      }
    : { code, message };
}

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
