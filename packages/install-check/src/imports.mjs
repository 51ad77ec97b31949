// Every module a package's shipped files import must be one it depends on, or a
// Node built-in: a `.d.ts` that imports a devDependency compiles in the
// workspace and breaks for a user with `skipLibCheck: false`.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { join } from "node:path";

// TypeScript's own scanner finds import and export declarations, `import()`
// (types included) and `require()`, and nothing inside strings or comments.
const ts = createRequire(import.meta.url)("typescript");
const BUILTINS = new Set(builtinModules);

function importedModules(text) {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function* shippedModules(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(m?js|d\.m?ts)$/.test(entry.name)) {
      yield join(entry.parentPath ?? entry.path, entry.name);
    }
  }
}

/** Imports of an installed package's `.js` and `.d.ts` files that it does not depend on. */
export function undeclaredImports(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const declared = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
  const found = new Set();
  for (const file of shippedModules(packageDir)) {
    if (file.includes(`${packageDir}/node_modules/`)) continue;
    for (const specifier of importedModules(readFileSync(file, "utf8"))) {
      // `#name` is one of the package's own "imports" (@backupkit/http's Node and browser variants).
      if (/^[.#]/.test(specifier) || specifier.startsWith("node:")) continue;
      if (BUILTINS.has(specifier)) continue;
      const name = packageName(specifier);
      if (!declared.has(name)) found.add(`${name} (${file.slice(packageDir.length + 1)})`);
    }
  }
  return [...found];
}
