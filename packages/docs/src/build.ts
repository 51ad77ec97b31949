/**
 * Builds the docs site into packages/docs/dist: one Redoc page per `apis:`
 * entry of redocly.yaml, the "Common backup model" page from the model
 * package's own tables, "Getting started" with the root README's example, the
 * CLI reference from `backupkit … --help`, the "Authentication" page, and an
 * index linking them. Run by `npm run build` /
 * `npm run docs` at the repository root.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BACKUP_FIELDS, BACKUP_RESOURCE_FIELDS, mappings } from "@backupkit/model";
import { providerOperations } from "@backupkit/sdk";
import { loadApis } from "./apis.js";
import { renderAuditPage } from "./audit-page.js";
import { renderAuthPage } from "./auth-page.js";
import { collectCliHelp } from "./cli-help.js";
import { renderCliPage } from "./cli-page.js";
import {
  type PackageSummary,
  renderGettingStartedPage,
  useItExample,
} from "./getting-started-page.js";
import { renderIndexPage } from "./index-page.js";
import { renderModelPage } from "./model-page.js";
import { renderOperationsPage } from "./operations-page.js";
import { buildApiPage } from "./redoc.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dist = fileURLToPath(new URL("../dist/", import.meta.url));

async function main(): Promise<void> {
  const apis = await loadApis(root);
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });

  await Promise.all(apis.map((api) => buildApiPage(root, api, join(dist, `${api.id}.html`))));
  const modelPage = renderModelPage({
    fields: BACKUP_FIELDS,
    resourceFields: BACKUP_RESOURCE_FIELDS,
    mappings,
    apiPages: new Set(apis.map((a) => a.id)),
  });
  await writeFile(join(dist, "model.html"), modelPage);
  await writeFile(join(dist, "operations.html"), renderOperationsPage(providerOperations));
  await writeFile(join(dist, "auth.html"), renderAuthPage());
  await writeFile(join(dist, "audit.html"), renderAuditPage());
  await writeFile(join(dist, "index.html"), renderIndexPage(apis, mappings));
  const readme = await readFile(join(root, "README.md"), "utf8");
  const gettingStarted = renderGettingStartedPage({
    packages: await publicPackages(),
    example: useItExample(readme),
  });
  await writeFile(join(dist, "getting-started.html"), gettingStarted);
  await writeFile(join(dist, "cli.html"), renderCliPage(collectCliHelp()));
  console.log(
    `docs: wrote ${apis.length} API page(s), model.html, auth.html, getting-started.html, cli.html, audit.html, operations.html and index.html to ${dist}` +
      `\n      open ${join(dist, "index.html")}`,
  );
}

/** The packages under packages/ that are published, as their package.json describes them. */
async function publicPackages(): Promise<PackageSummary[]> {
  const dirs = await readdir(join(root, "packages"), { withFileTypes: true });
  const manifests = await Promise.all(
    dirs
      .filter((dir) => dir.isDirectory())
      .map(async (dir) => {
        const text = await readFile(join(root, "packages", dir.name, "package.json"), "utf8");
        return JSON.parse(text) as PackageSummary & { private?: boolean };
      }),
  );
  return manifests
    .filter((manifest) => manifest.private !== true)
    .map(({ name, description }) => ({ name, description }));
}

main().catch((error: unknown) => {
  console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
