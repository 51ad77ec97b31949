import { huaweiCbrSource } from "./huawei-cbr.js";
import { linodeSource } from "./linode.js";
import { northflankSource } from "./northflank.js";
import { onappSource } from "./onapp.js";
import type { Source } from "./types.js";
import { zcomSource } from "./zcom.js";

/**
 * Every provider the CLI can read, in provider order. A provider is added by
 * one module in this folder and one entry here.
 */
export const sources: readonly Source[] = [
  linodeSource,
  huaweiCbrSource,
  onappSource,
  zcomSource,
  northflankSource,
];
