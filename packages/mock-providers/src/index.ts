export type { Fault, FaultAction, FaultMatch } from "./faults.js";
export { auditFleets } from "./fleets/index.js";
export { mockProviders } from "./providers/index.js";
export { Random, zonelessUtc } from "./random.js";
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
