import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// The build copies the specs and the sample responses the mocks serve into the
// package's data/ folder (scripts/copy-data.mjs), so they ship with it. src/
// and dist/ are both one level below the package, so the same relative URL
// finds data/ from either.
const dataRoot = new URL("../data/", import.meta.url);

function dataPath(relative: string): string {
  const path = fileURLToPath(new URL(relative, dataRoot));
  if (!existsSync(path)) {
    throw new Error(
      `@backupkit/mock-providers: data/${relative} is missing (in the repository, "npm run build" copies it there)`,
    );
  }
  return path;
}

/** The path of a provider's spec, `specs/<relative>`, as shipped in the package. */
export function specPath(relative: string): string {
  return dataPath(`specs/${relative}`);
}

/** The path of a sample response, `fixtures/<relative>`, as shipped in the package. */
export function fixturePath(relative: string): string {
  return dataPath(`fixtures/${relative}`);
}
