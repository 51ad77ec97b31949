import type { MockProviderDefinition } from "../types.js";
import { huaweiCbrMock } from "./huawei-cbr.js";
import { linodeMock } from "./linode.js";
export const mockProviders: readonly MockProviderDefinition[] = [
  linodeMock,
  huaweiCbrMock,
  zcomMock,
  northflankMock,
];
