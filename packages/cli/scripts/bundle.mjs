// Bundles the compiled CLI (dist/) into dist/bundle/, which bin/backupkit.js
// runs. Start-up time is mostly module loading: each file is resolved, read
// and compiled on its own, and on a busy machine each read waits for a turn.
// So the CLI's own modules and @backupkit/model (pure, no dependencies) are
// bundled, one chunk per command (esbuild's code splitting keeps the commands'
// lazy loading): `backupkit convert` reads 7 files instead of 23. Every other
// package stays an import, so the CLI uses the same @backupkit/sdk, clients and
// third-party packages a program would, and its dependencies stay as declared.
import { rm } from "node:fs/promises";
import { build } from "esbuild";

const BUNDLED = new Set(["@backupkit/model", "@backupkit/sdk/limits"]);
const outdir = new URL("../dist/bundle/", import.meta.url).pathname;

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: ["dist/main.js", "dist/io.js"].map(
    (file) => new URL(`../${file}`, import.meta.url).pathname,
  ),
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
  plugins: [
    {
      name: "packages-stay-imports",
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, ({ path }) =>
          BUNDLED.has(path) ? undefined : { path, external: true },
        );
      },
    },
  ],
});
