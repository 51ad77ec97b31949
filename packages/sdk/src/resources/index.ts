import type { ProviderId } from "@backupkit/model";
import { huaweiCbrResources } from "./huawei-cbr.js";
import { linodeResources } from "./linode.js";
import { northflankResources } from "./northflank.js";
import { onappResources } from "./onapp.js";
import type { ResourceLister } from "./types.js";
import { zcomResources } from "./zcom.js";

/**
 * How the audit reads each provider's protectable resources and their
 * backups. A provider is added by one module in this folder and one entry here.
 */
export const resourceListers: Readonly<Record<ProviderId, ResourceLister>> = {
  linode: linodeResources as ResourceLister,
  "huawei-cbr": huaweiCbrResources as ResourceLister,
  onapp: onappResources as ResourceLister,
  zcom: zcomResources as ResourceLister,
  northflank: northflankResources as ResourceLister,
};
