export {
  type ClientOptions,
  createProviderClient,
  DEFAULT_USER_AGENT,
  type ProviderClientConfig,
  requireCredential,
} from "./client.js";
