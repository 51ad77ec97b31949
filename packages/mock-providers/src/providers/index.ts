import type { MockProviderDefinition } from "../types.js";
import { linodeMock } from "./linode.js";
import { onappMock } from "./onapp.js";

/** Every provider mock, in provider order. Adding a provider is one module and one entry here. */
export const mockProviders: readonly MockProviderDefinition[] = [linodeMock, onappMock];
