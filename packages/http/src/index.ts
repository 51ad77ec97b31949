export {
  type ClientOptions,
  createProviderClient,
  DEFAULT_USER_AGENT,
  type ProviderClientConfig,
  type ProviderErrorDetails,
  requireCredential,
} from "./client.js";
export { type Page, type PaginateOptions, PaginationError, paginate } from "./paginate.js";
