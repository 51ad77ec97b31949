import type { MockProviderDefinition } from "../types.js";
import { huaweiCbrMock } from "./huawei-cbr.js";
import { linodeMock } from "./linode.js";
import { northflankMock } from "./northflank.js";
import { onappMock } from "./onapp.js";
import { zcomMock } from "./zcom.js";

/** Every provider mock, in provider order. Adding a provider is one module and one entry here. */
export const mockProviders: readonly MockProviderDefinition[] = [
  linodeMock,
  huaweiCbrMock,
  onappMock,
  zcomMock,
  northflankMock,
];
