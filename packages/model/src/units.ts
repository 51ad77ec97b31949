/** Binary units, as the providers use them: Linode MB and OnApp kB are 1024-based, Huawei GB is 2^30. */
export const KIB = 1024;
export const MIB = 1024 * KIB;
export const GIB = 1024 * MIB;

/**
 * Multiplies a size by its unit, or returns `undefined` when the result is not
 * a finite non-negative safe integer (negative, fractional bytes, overflow).
 */
export function toBytes(size: number, unit: number): number | undefined {
  const bytes = size * unit;
  return Number.isSafeInteger(bytes) && bytes >= 0 ? bytes : undefined;
}
