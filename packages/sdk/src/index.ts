export * from "./audit/index.js";
export { ArgumentError } from "./errors.js";
export { boundRaw, MAX_RAW_NESTING, nestedDeeperThan } from "./limits.js";
export {
  failureMessage,
  listAll,
  type ProviderResult,
  type RunOptions,
  sourceContext,
} from "./listing.js";
export {
  type BackupWatch,
  cancel,
  create,
  deleteBackup,
  disableSchedule,
  enableSchedule,
  OPERATION_NAMES,
  type OperationArgs,
  type OperationName,
  type OperationResult,
  type OperationSetup,
  OutcomeUnknownError,
  operationOf,
  type PlannedRequest,
  type ProviderOperation,
  type ProviderOperations,
  plan,
  providerOperations,
  type ResourceState,
  type ResourceWatch,
  restore,
  UnsupportedOperationError,
  type WaitOptions,
  WaitTimeoutError,
  type WatchTarget,
  waitFor,
} from "./operations/index.js";
export { resourceListers } from "./resources/index.js";
export type {
  ProtectableResource,
  ResourceChunk,
  ResourceLister,
} from "./resources/types.js";
export {
  baseUrlEnv,
  type ConfigFile,
  envFor,
  isHttpUrl,
  mockSetup,
  type ProviderSetup,
  resolveSetups,
  secretsOf,
} from "./settings.js";
export { asSourceError, converted, dataOf, SourceError } from "./sources/errors.js";
export { huaweiCbrSource } from "./sources/huawei-cbr.js";
export { sources } from "./sources/index.js";
export { linodeSource } from "./sources/linode.js";
export { northflankSource } from "./sources/northflank.js";
export { onappSource } from "./sources/onapp.js";
export type {
  GetCommand,
  SignIn,
  Source,
  SourceConfig,
  SourceContext,
  SourceField,
} from "./sources/types.js";
export { zcomSource } from "./sources/zcom.js";
