import { huaweiCbrOperations } from "./huawei-cbr.js";
import { linodeOperations } from "./linode.js";
import { northflankOperations } from "./northflank.js";
import { onappOperations } from "./onapp.js";
import type { ProviderOperations } from "./types.js";
import { zcomOperations } from "./zcom.js";

/** What each provider can do, in provider order. One module per provider in this folder. */
export const providerOperations: readonly ProviderOperations[] = [
  linodeOperations,
  huaweiCbrOperations,
  onappOperations,
  zcomOperations,
  northflankOperations,
];
