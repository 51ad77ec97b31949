import type { ProviderId } from "@backupkit/model";
import { huaweiCbrOperations } from "./huawei-cbr.js";
import { linodeOperations } from "./linode.js";
import { northflankOperations } from "./northflank.js";
import { onappOperations } from "./onapp.js";
import { OPERATION_NAMES, type ProviderOperations } from "./types.js";

/** The providers whose operations are specified but not built yet: every operation says so. */
function notYet(provider: ProviderId): ProviderOperations {
  const reason =
    "its endpoints are described in its spec, but backupkit does not send them yet (see the docs site)";
  return {
    provider,
    operations: {},
    unsupported: Object.fromEntries(OPERATION_NAMES.map((name) => [name, reason])),
  };
}

/** What each provider can do, in provider order. One module per provider in this folder. */
export const providerOperations: readonly ProviderOperations[] = [
  linodeOperations,
  huaweiCbrOperations,
  onappOperations,
  notYet("zcom"),
  northflankOperations,
];
