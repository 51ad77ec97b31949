export type {
  Authentication,
  Authorizer,
  AuthTarget,
  RequestSigner,
  SignableRequest,
} from "./auth/authentication.js";
export { AuthenticationError, type AuthenticationErrorInit } from "./auth/errors.js";
export { signedRequests } from "./auth/signed-requests.js";
export { staticHeaders } from "./auth/static-headers.js";
export { type TokenAuthOptions, tokenFrom } from "./auth/token-auth.js";
export {
  createTokenSource,
  DEFAULT_REFRESH_MARGIN_MS,
  type ObtainedToken,
  type TokenSource,
  type TokenSourceOptions,
} from "./auth/token-source.js";
export { NO_RETRY_REFILL, RETRY_COST, RetryBudget, TIMEOUT_RETRY_COST } from "./budget.js";
export {
  type ClientOptions,
  createProviderClient,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  type ProviderClientConfig,
  requireCredential,
} from "./client.js";
export {
  isRecord,
  ProviderError,
  type ProviderErrorDetails,
  type RequestDescription,
  TimeoutError,
  TransportError,
} from "./errors.js";
export { type Page, type PaginateOptions, PaginationError, paginate } from "./paginate.js";
export { REDACTED, redactText, scrubSecrets } from "./redact.js";
export {
  backoffDelay,
  DEFAULT_RETRY,
  parseResetHeader,
  parseRetryAfter,
  RETRYABLE_STATUSES,
  type ResetHeaderFormat,
  type RetryEvent,
  type RetryOptions,
} from "./retry.js";
export { type FetchResult, unwrap } from "./unwrap.js";
export { isPlainHttpUrl } from "./url.js";
