import { fileURLToPath } from "node:url";

// src/ and dist/ are both one level below the package, so the same relative
// URL finds the repository's specs/ and fixtures/ from either.
const repoRoot = new URL("../../../", import.meta.url);

/** The path of a file under the repository's `specs/` folder. */
export function specPath(relative: string): string {
  return fileURLToPath(new URL(`specs/${relative}`, repoRoot));
}

/** The path of a file under the repository's `fixtures/` folder. */
export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`fixtures/${relative}`, repoRoot));
}
