/**
 * The key the audit matches a resource, or a backup's resource, by: its id,
 * or its ref for a lister that sets `matchByRef`. A resource without a ref
 * keeps its id, marked so that it never equals a ref (refs hold no control
 * characters). Null for a backup whose resource is unknown.
 */
export function resourceKey(matchByRef: boolean | undefined, resource: Keyed<string>): string;
export function resourceKey(matchByRef: boolean | undefined, resource: Keyed): string | null;
export function resourceKey(matchByRef: boolean | undefined, resource: Keyed): string | null {
  if (matchByRef !== true) return resource.id;
  return resource.ref ?? (resource.id === null ? null : `\u0000${resource.id}`);
}

interface Keyed<Id extends string | null = string | null> {
  id: Id;
  ref?: string | null;
}
