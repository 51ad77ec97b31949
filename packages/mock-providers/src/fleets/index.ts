import type { MockProviderDefinition } from "../types.js";
import { huaweiCbrFleet } from "./huawei-cbr.js";
import { linodeFleet } from "./linode.js";
import { northflankFleet } from "./northflank.js";
import { onappFleet } from "./onapp.js";
import type { FleetOptions } from "./plan.js";
import { zcomFleet } from "./zcom.js";

/**
 * The audit fleets, one per provider, in provider order: pass them as
 * `startMockProviders({ definitions: auditFleets })`. `resources` counts
 * resources per provider (default 6: one healthy, then one failing each
 * control); backup times are relative to when the mock starts.
 */
export function createAuditFleets(options: FleetOptions = {}): readonly MockProviderDefinition[] {
  return [
    linodeFleet(options),
    huaweiCbrFleet(options),
    onappFleet(options),
    zcomFleet(options),
    northflankFleet(options),
  ];
}

export const auditFleets = createAuditFleets();
