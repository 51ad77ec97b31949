#!/usr/bin/env node
// Builds, tests and publishes every public package whose version is not on the
// registry yet (changesets' `publish`). Provenance needs a public source
// repository to point to, so it is asked for only once the root package.json
// names one (its `repository`, the one place the project's public URL is kept).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";

const root = new URL("../", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
const provenance = Boolean(manifest.repository);

function step(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A clean build: tsc never deletes the output of a source file that moved or
// was deleted, and turbo's cache would restore such a file with the rest.
for (const dir of readdirSync(new URL("packages/", root))) {
  rmSync(new URL(`packages/${dir}/dist/`, root), { recursive: true, force: true });
}
step("npm", ["run", "build", "--", "--force"]);
step("npm", ["test"]);
if (!provenance) {
  console.log("\nNo repository in package.json: publishing without provenance.");
}
step("npx", ["changeset", "publish"], provenance ? { NPM_CONFIG_PROVENANCE: "true" } : {});
