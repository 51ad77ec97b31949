export type { Fault, FaultAction, FaultMatch } from "./faults.js";
export { auditFleets, createAuditFleets } from "./fleets/index.js";
export type { FleetOptions } from "./fleets/plan.js";
export { mockProviders } from "./providers/index.js";
export { Random, zonelessUtc } from "./random.js";
export type { RateLimitOptions } from "./rate-limit.js";
export {
  type MockEndpoint,
  type MockProviders,
  type MockRequestRecord,
  type StartMockProvidersOptions,
  startMockProviders,
} from "./server.js";
export type {
  MockDataOptions,
  MockProvider,
  MockProviderDefinition,
  MockRequest,
  MockResponse,
  MockRoute,
} from "./types.js";
