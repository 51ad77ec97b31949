import { fileURLToPath } from "node:url";

/** The repository root: this file is `packages/bench/{src,dist}/paths.*`. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** A file under the repository root. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(relative, new URL("../../../", import.meta.url)));
}

/** A compiled script of this package, relative to `dist/` (this file is `dist/paths.js`). */
export function ownScript(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.url));
}
