/**
 * Builds the docs site into packages/docs/dist: one Redoc page per `apis:`
 * entry of redocly.yaml, the "Common backup model" page from the model
 * package's own tables, the "Authentication" page, and an index linking them. Run by `npm run build` /
 * `npm run docs` at the repository root.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BACKUP_FIELDS, BACKUP_RESOURCE_FIELDS, mappings } from "@backupkit/model";
import { providerOperations } from "@backupkit/sdk";
import { loadApis } from "./apis.js";
import { renderAuthPage } from "./auth-page.js";
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
  await writeFile(join(dist, "index.html"), renderIndexPage(apis, mappings));
  console.log(
    `docs: wrote ${apis.length} API page(s), model.html, operations.html, auth.html and index.html to ${dist}` +
      `\n      open ${join(dist, "index.html")}`,
  );
}

main().catch((error: unknown) => {
  console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
