import type { ProviderId } from "./backup.js";
import type { ConversionResult } from "./issues.js";
import type { ProviderMapping } from "./mapping.js";
import { fromLinode, linodeMapping } from "./providers/linode.js";
import { fromOnapp, onappMapping } from "./providers/onapp.js";

type Converter = (body: unknown) => ConversionResult;

const converters: Partial<Record<ProviderId, Converter>> = {
  linode: fromLinode,
  onapp: fromOnapp,
};

/** Every provider's mapping table, in provider order, for docs and tools. */
export const mappings: readonly ProviderMapping[] = [linodeMapping, onappMapping];

/** Converts a response body of `provider` into common Backup records. */
export function toBackups(provider: ProviderId, body: unknown): ConversionResult {
  const convert = converters[provider];
  if (!convert) throw new TypeError(`unknown provider ${JSON.stringify(provider)}`);
  return convert(body);
}
