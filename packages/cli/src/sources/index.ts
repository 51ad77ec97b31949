import { linodeSource } from "./linode.js";
import { onappSource } from "./onapp.js";
import type { Source } from "./types.js";

/**
 * Every provider the CLI can read, in provider order. A provider is added by
 * one module in this folder and one entry here.
 */
export const sources: readonly Source[] = [linodeSource, onappSource];
