/**
 * What `convert` accepts, so that a hostile or mistaken input (a disk image,
 * /dev/zero, a body nested a million levels deep) ends in a one-line message
 * instead of exhausting memory or the stack. A page of backups from any
 * provider is kilobytes to a few megabytes and a dozen levels deep.
 */
// The subpath, not the package: the whole SDK loads every provider client, which `convert` does not need.
import { MAX_RAW_NESTING, nestedDeeperThan } from "@backupkit/sdk/limits";
import { UserError } from "./io.js";

/** The most bytes `convert` reads; reading stops there, so memory stays bounded. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
export const MAX_INPUT_TEXT = "64 MiB";

/**
 * The deepest nesting `convert` accepts. Far beyond any provider's body, and
 * far below what `JSON.stringify` of the output (records keep their `raw`
 * object) could overflow the stack on.
 */
export const MAX_NESTING = MAX_RAW_NESTING;

function tooDeep(provider: string, where: string): UserError {
  return new UserError(
    `${provider}: the input is nested deeper than ${MAX_NESTING} levels${where}`,
  );
}

/**
 * Checks JSON text for nesting before it is parsed, so no parser ever builds
 * (or recurses into) millions of levels. Strings are skipped; invalid JSON is
 * left for the parser to report.
 */
export function checkJsonNesting(provider: string, text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) throw tooDeep(provider, ` (at character ${i})`);
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
}

/** Checks a parsed value for nesting, whatever format it was parsed from. */
export function checkNesting(provider: string, value: unknown): void {
  if (nestedDeeperThan(value, MAX_NESTING)) throw tooDeep(provider, "");
}
