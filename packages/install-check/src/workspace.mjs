// Reads the workspace: which packages are public, and whether each one's
// package.json, README and LICENSE say what a user on npm needs to know.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const ESM_ONLY_STATEMENT = "ESM only, Node ≥ 20.19 (where `require()` of ESM works)";

export function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Every workspace package that is not private, as `{ dir, manifest }`. */
export function publicPackages(root) {
  const rootManifest = readJson(join(root, "package.json"));
  const dirs = rootManifest.workspaces.flatMap((pattern) =>
    pattern.endsWith("/*")
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(root, pattern.slice(0, -2), entry.name))
      : [join(root, pattern)],
  );
  return dirs
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, manifest: readJson(join(dir, "package.json")) }))
    .filter(({ manifest }) => manifest.private !== true)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

/**
 * The repository metadata every public package carries, derived from the root
 * package.json's `repository` (the one place the project's public URL lives),
 * or nothing while it has none.
 */
export function expectedUrls(rootManifest, relativeDir) {
  const repository = rootManifest.repository;
  if (!repository) return {};
  const url = typeof repository === "string" ? repository : repository.url;
  const web = url.replace(/^git\+/, "").replace(/\.git$/, "");
  return {
    repository: { type: "git", url, directory: relativeDir },
    homepage: `${web}/tree/main/${relativeDir}#readme`,
    bugs: { url: `${web}/issues` },
  };
}

/** Problems with one public package's metadata, README and LICENSE, as messages. */
export function metadataProblems(root, { dir, manifest }, publicNames) {
  const rootManifest = readJson(join(root, "package.json"));
  const relativeDir = dir.slice(root.length + 1);
  const problems = [];
  const want = (ok, message) => ok || problems.push(`${manifest.name}: ${message}`);

  want(manifest.license === "MIT", `license is ${JSON.stringify(manifest.license)}, not "MIT"`);
  want(manifest.type === "module", `type is not "module"`);
  want(
    manifest.engines?.node === rootManifest.engines.node,
    `engines.node is not "${rootManifest.engines.node}"`,
  );
  want(manifest.publishConfig?.access === "public", `publishConfig.access is not "public"`);
  want(Array.isArray(manifest.files), "has no files list");
  want(!manifest.files?.some((f) => /^(test|bench)\b/.test(f)), "ships its tests or benchmarks");
  for (const field of ["repository", "homepage", "bugs"]) {
    const expected = expectedUrls(rootManifest, relativeDir)[field];
    want(
      JSON.stringify(manifest[field]) === JSON.stringify(expected),
      expected
        ? `${field} does not match the root package.json's repository (run "npm run sync:metadata")`
        : `has ${field}, but the root package.json has no repository to derive it from`,
    );
  }
  for (const [kind, deps] of Object.entries({
    dependencies: manifest.dependencies,
    peerDependencies: manifest.peerDependencies,
  })) {
    for (const [name, range] of Object.entries(deps ?? {})) {
      if (!name.startsWith("@backupkit/")) continue;
      want(publicNames.has(name), `${kind} names ${name}, which is private`);
      want(/^\^\d+\.\d+\.\d+$/.test(range), `${kind}.${name} is "${range}", not a caret range`);
    }
  }

  const license = join(dir, "LICENSE");
  want(
    existsSync(license) &&
      readFileSync(license, "utf8") === readFileSync(join(root, "LICENSE"), "utf8"),
    "LICENSE is missing or differs from the root LICENSE",
  );
  const readmePath = join(dir, "README.md");
  const readme = existsSync(readmePath) ? readFileSync(readmePath, "utf8") : "";
  want(readme.includes(ESM_ONLY_STATEMENT), `README.md does not say "${ESM_ONLY_STATEMENT}"`);
  want(
    new RegExp(`npm install (--global )?${manifest.name}\\b`).test(readme),
    "README.md has no install line",
  );
  want(/docs site/i.test(readme), "README.md does not point to the docs site");
  return problems;
}
