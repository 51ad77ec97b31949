#!/usr/bin/env node
// Writes `repository`, `homepage` and `bugs` into every public package.json
// from the root package.json's `repository`, the one place the project's public
// URL is kept, and removes them while it has none. The install check fails
// when a package disagrees, so run this after setting or changing that URL.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expectedUrls, publicPackages, readJson } from "./workspace.mjs";

const root = resolve(fileURLToPath(new URL("../../../", import.meta.url)));
const rootManifest = readJson(join(root, "package.json"));

for (const { dir, manifest } of publicPackages(root)) {
  const urls = expectedUrls(rootManifest, dir.slice(root.length + 1));
  for (const field of ["repository", "homepage", "bugs"]) {
    if (urls[field]) manifest[field] = urls[field];
    else delete manifest[field];
  }
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}
