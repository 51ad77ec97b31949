/**
 * How many inputs a property test generates. `BACKUPKIT_PROPERTY_RUNS` caps
 * it: mutation testing reruns the tests once per mutant, where a few hundred
 * inputs per property find what they find and tens of thousands cost minutes
 * (see TESTING.md). Unset, every property runs its full count.
 */
export function propertyRuns(runs: number): number {
  const cap = Number(process.env.BACKUPKIT_PROPERTY_RUNS);
  return Number.isSafeInteger(cap) && cap > 0 ? Math.min(runs, cap) : runs;
}
