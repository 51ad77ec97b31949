import type { ProviderId } from "./backup.js";
import type { ConversionResult } from "./issues.js";
import type { ProviderMapping } from "./mapping.js";
import { fromHuaweiCbr, huaweiCbrMapping } from "./providers/huawei-cbr.js";
import { fromLinode, linodeMapping } from "./providers/linode.js";
import { fromNorthflank, northflankMapping } from "./providers/northflank.js";
import { fromOnapp, onappMapping } from "./providers/onapp.js";
import { fromZcom, zcomMapping } from "./providers/zcom.js";

type Converter = (body: unknown) => ConversionResult;

const converters: Record<ProviderId, Converter> = {
  linode: fromLinode,
  "huawei-cbr": fromHuaweiCbr,
  onapp: fromOnapp,
  zcom: fromZcom,
  northflank: fromNorthflank,
};

/** Every provider's mapping table, in provider order, for docs and tools. */
export const mappings: readonly ProviderMapping[] = [
  linodeMapping,
  huaweiCbrMapping,
  onappMapping,
  zcomMapping,
  northflankMapping,
];

/** Converts a response body of `provider` into common Backup records. */
export function toBackups(provider: ProviderId, body: unknown): ConversionResult {
  const convert = converters[provider];
  if (!convert) throw new TypeError(`unknown provider ${JSON.stringify(provider)}`);
  return convert(body);
}
