#!/usr/bin/env node
// Generates each provider's TypeScript types from its spec with openapi-typescript.
//
//   node scripts/codegen.mjs [--check] [api ...]
//
// The api ids and output paths come from redocly.yaml (`apis.<id>.root` and
// `apis.<id>.x-openapi-ts.output`), so adding a provider is one entry there.
// With --check nothing is written: the run fails when a committed file differs
// from what the spec generates, and names the command that fixes it.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BANNER = `/**
 * This file is generated from %SPEC% by scripts/codegen.mjs (openapi-typescript).
 * Do not edit it by hand: change the spec and run \`npm run generate\`.
 */

`;

async function loadApis() {
  const config = parse(await readFile(resolve(root, "redocly.yaml"), "utf8"));
  return Object.entries(config.apis ?? {}).map(([id, api]) => {
    const output = api["x-openapi-ts"]?.output;
    if (!output) throw new Error(`redocly.yaml: apis.${id} has no x-openapi-ts.output`);
    return { id, spec: resolve(root, api.root), output: resolve(root, output) };
  });
}

export async function generate(api) {
  const ast = await openapiTS(pathToFileURL(api.spec), { alphabetize: false });
  return BANNER.replace("%SPEC%", relative(root, api.spec)) + astToString(ast);
}

async function main(argv) {
  const check = argv.includes("--check");
  const wanted = argv.filter((a) => !a.startsWith("--"));
  const apis = (await loadApis()).filter((a) => wanted.length === 0 || wanted.includes(a.id));
  const unknown = wanted.filter((id) => !apis.some((a) => a.id === id));
  if (unknown.length > 0)
    throw new Error(`unknown api id(s): ${unknown.join(", ")} (see redocly.yaml)`);

  const stale = [];
  for (const api of apis) {
    const text = await generate(api);
    if (check) {
      const committed = await readFile(api.output, "utf8").catch(() => null);
      if (committed !== text) stale.push(relative(root, api.output));
    } else {
      await mkdir(dirname(api.output), { recursive: true });
      await writeFile(api.output, text);
      console.log(`generated ${relative(root, api.output)}`);
    }
  }
  if (stale.length > 0) {
    console.error(
      `Generated code is stale or was edited by hand:\n  ${stale.join("\n  ")}\n` +
        "Fix: run `npm run generate` and commit the result.",
    );
    process.exitCode = 1;
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(`codegen: ${err.message}`);
  process.exitCode = 1;
});
