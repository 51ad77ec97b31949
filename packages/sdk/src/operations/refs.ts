import { REF_PART } from "@backupkit/model";
import { ArgumentError } from "../errors.js";

/**
 * Splits a reference into the parts named by `names` (`["linodeId", "backupId"]`).
 * Each part must be a plain id: a reference is pasted from output and goes
 * into a URL path, so anything that could change the path is refused.
 */
export function refParts<const N extends string>(
  what: string,
  ref: string,
  names: readonly N[],
): Record<N, string> {
  const pieces = ref.split("/");
  if (pieces.length !== names.length || !pieces.every((p) => REF_PART.test(p))) {
    throw new ArgumentError(
      `${what} must be ${names.map((n) => `<${n}>`).join("/")}, got ${JSON.stringify(ref)}`,
    );
  }
  return Object.fromEntries(names.map((n, i) => [n, pieces[i]])) as Record<N, string>;
}

/** A positive whole number, as Linode's ids are. */
export function numericId(what: string, value: string): number {
  if (!/^[1-9]\d*$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new ArgumentError(
      `${what} must be a positive whole number, got ${JSON.stringify(value)}`,
    );
  }
  return Number(value);
}

/** The base URL requests go to, without a trailing slash. */
export function baseUrlOf(configured: string | undefined, fallback: string): string {
  return (configured ?? fallback).replace(/\/+$/, "");
}
