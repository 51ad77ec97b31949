import type { MockProviderDefinition } from "../types.js";
import { linodeMock } from "./linode.js";
import { northflankMock } from "./northflank.js";

/** Every provider mock, in provider order. Adding a provider is one module and one entry here. */
export const mockProviders: readonly MockProviderDefinition[] = [linodeMock, northflankMock];
