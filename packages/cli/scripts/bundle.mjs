// Bundles the compiled CLI (dist/) into dist/bundle/, which bin/backupkit.js
// runs. Start-up time is mostly Node's own: its ES module loader, and each
// file resolved, read and compiled on its own. So the CLI starts in two parts:
//
// - start.cjs, CommonJS: the command table, `--help`, error reporting and
//   `convert` with @backupkit/model. Node's ES module loader costs a start
//   about as much as all of that (measured: `--help` 1.18× bare `node` as
//   ES modules, 1.02× as CommonJS; `convert` 1.29× and 1.09×, CPU time),
//   and `--help` and `convert` need no package an ES module would bring.
// - <command>.js, ES modules with shared chunks: the commands that use the
//   SDK and the provider clients (list, get, mock, audit, and the acting
//   commands in act.js). start.cjs loads the one a command needs with
//   import(), which also loads those packages as a program would, so the
//   CLI's dependencies stay as declared.
//
// start.cjs loads packages with import() only: a static import would become
// require() of an ES module there, which the build refuses.
import { rm } from "node:fs/promises";
import { build } from "esbuild";

/** Packages bundled into the CLI rather than imported: pure, no dependencies. */
const BUNDLED = new Set(["@backupkit/model", "@backupkit/sdk/limits"]);
/** The commands that run as ES modules, by the module that defines them. */
const ESM_COMMANDS = ["list", "get", "mock", "audit", "act"];
const ESM_COMMAND = new RegExp(`^\\./commands/(${ESM_COMMANDS.join("|")})\\.js$`);

const dist = (file) => new URL(`../dist/${file}`, import.meta.url).pathname;
const outdir = dist("bundle/");
const common = { bundle: true, platform: "node", target: "node20", logLevel: "warning" };

await rm(outdir, { recursive: true, force: true });

await build({
  ...common,
  entryPoints: ESM_COMMANDS.map((name) => dist(`commands/${name}.js`)),
  outdir,
  entryNames: "[name]",
  splitting: true,
  format: "esm",
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

await build({
  ...common,
  entryPoints: [dist("start.js")],
  outfile: `${outdir}start.cjs`,
  format: "cjs",
  plugins: [
    {
      name: "start-up-bundle",
      setup(b) {
        // The ES module commands: import() of their bundle built above.
        b.onResolve({ filter: ESM_COMMAND }, ({ path }) => ({
          path: path.replace("./commands/", "./"),
          external: true,
        }));
        b.onResolve({ filter: /^[^./]/ }, ({ path, kind, importer }) => {
          if (BUNDLED.has(path)) return undefined;
          if (path.startsWith("node:") || kind === "dynamic-import") {
            return { path, external: true };
          }
          return {
            errors: [
              {
                text: `${importer} imports ${path} statically: the CommonJS start-up bundle may load packages with import() only`,
              },
            ],
          };
        });
      },
    },
  ],
});
