/**
 * Opens the built site (dist/) in Debian's Chromium from a loopback server and
 * checks what a reader sees: the index links every page, each provider's
 * Redoc page renders every operation of its spec, and the model page shows
 * every Backup field and one mapping table per provider. Any page error,
 * console error or request to another host fails the test.
 *
 * Needs `npm run build` (turbo runs it before `npm test`) and /usr/bin/chromium.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BACKUP_FIELDS, BACKUP_RESOURCE_FIELDS, mappings } from "@backupkit/model";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApis } from "../src/apis.js";
import { operationsOf } from "./spec.js";
import { type StaticServer, serveDirectory } from "./static-server.js";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const root = fileURLToPath(new URL("../../../", import.meta.url));
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const screenshots = fileURLToPath(new URL("../screenshots/", import.meta.url));

const apis = await loadApis(root);

interface Session {
  server: StaticServer;
  context: BrowserContext;
  userDataDir: string;
}

/** Every request the site made to anything but the loopback server. */
const foreignRequests: string[] = [];

async function startSession(): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}; the docs browser test needs it. ` +
        "Install it with: apt-get update && apt-get install -y chromium",
    );
  }
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error(`${dist}index.html is missing: run \`npm run docs\` first`);
  }
  await mkdir(screenshots, { recursive: true });
  const server = await serveDirectory(dist);
  const userDataDir = await mkdtemp(join(tmpdir(), "backupkit-docs-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    foreignRequests.push(url);
    return route.abort("blockedbyclient");
  });
  return { server, context, userDataDir };
}

// Started once; every test awaits it, so a missing Chromium fails each test
// with the message above instead of skipping them.
let starting: Promise<Session>;
beforeAll(() => {
  starting = startSession();
  starting.catch(() => {});
});

afterAll(async () => {
  const session = await starting.catch(() => undefined);
  if (session === undefined) return;
  await session.context.close();
  await session.server.close();
  await rm(session.userDataDir, { recursive: true, force: true });
  expect(foreignRequests).toEqual([]);
});

interface Visit {
  page: Page;
  /** Page errors, console errors and failed responses, as messages. */
  problems: string[];
  /** Where this visit's part of `foreignRequests` starts: tests run one at a time. */
  foreignFrom: number;
}

async function openPage(): Promise<Visit> {
  const { context } = await starting;
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems, foreignFrom: foreignRequests.length };
}

/** Opens the index and follows its link to `href`, as a reader would. */
async function followFromIndex(href: string): Promise<Visit> {
  const { server } = await starting;
  const visit = await openPage();
  await visit.page.goto(`${server.origin}/index.html`);
  await visit.page.locator(`main a[href="${href}"]`).first().click();
  await visit.page.waitForURL(`${server.origin}/${href}`);
  return visit;
}

/** Asserts the visit was clean (no errors, nothing fetched from elsewhere) and closes it. */
async function finish({ page, problems, foreignFrom }: Visit): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.close();
  expect(foreignRequests.slice(foreignFrom), "requests to other hosts").toEqual([]);
  expect(problems, "page errors, console errors, failed responses").toEqual([]);
}

/** The local pages a page links to, without fragments; fails on any external link. */
async function linkedPages(page: Page): Promise<string[]> {
  const { server } = await starting;
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const pages = new Set<string>();
  for (const href of hrefs) {
    const url = new URL(href);
    expect(url.origin, `link to ${href}`).toBe(server.origin);
    pages.add(url.pathname.slice(1));
  }
  return [...pages].sort();
}

describe("docs site in Chromium", () => {
  it("index links one page per API in redocly.yaml, the model, auth, getting started and CLI pages, all reachable", async () => {
    const { server } = await starting;
    const visit = await openPage();
    await visit.page.goto(`${server.origin}/index.html`);
    await visit.page.screenshot({ path: join(screenshots, "index.png"), fullPage: true });

    const pages = await linkedPages(visit.page);
    expect(pages).toEqual(
      [
        "index.html",
        "getting-started.html",
        "cli.html",
        "auth.html",
        "model.html",
        "audit.html",
        "operations.html",
        ...apis.map((api) => `${api.id}.html`),
      ].sort(),
    );
    for (const target of pages) {
      expect((await fetch(`${server.origin}/${target}`)).status, target).toBe(200);
    }
    await finish(visit);
  });

  it.each(apis.map((api) => [api.id, api] as const))(
    "%s page renders every operation of its spec",
    async (id, api) => {
      const operations = operationsOf(api.spec);
      expect(operations.length).toBeGreaterThan(0);
      const visit = await followFromIndex(`${id}.html`);
      const { page } = visit;
      await page.locator("#redoc h1").first().waitFor();
      await page.screenshot({ path: join(screenshots, `${id}.png`) });

      const menuEntry = (summary: string) =>
        page.locator('[data-component-name="Menu/MenuItem"]').getByText(summary, { exact: true });
      const section = (heading: string) =>
        page
          .locator("[data-section-id]")
          .filter({ has: page.locator("h2").getByText(heading, { exact: true }) });

      const seen = new Map<string, number>();
      for (const operation of operations) {
        // Two operations may share a summary (a JSON and an XML variant):
        // take the sidebar entries in spec order, and the section by its path.
        const nth = seen.get(operation.summary) ?? 0;
        seen.set(operation.summary, nth + 1);

        // Redoc collapses the operations of a tag behind "+ Show" (one tag
        // open at a time) and lists them in the sidebar once shown. A click
        // before hydration does nothing, so click until the entry is there.
        const show =
          operation.tag === undefined
            ? undefined
            : section(operation.tag).getByRole("button", { name: "+ Show", exact: true });
        // Redoc renders a section only once it is near the viewport: a long
        // spec description keeps the tag out of reach until the sidebar scrolls to it.
        if (operation.tag !== undefined) {
          await menuEntry(operation.tag).first().click();
        }
        await expect
          .poll(
            async () => {
              if (show !== undefined && (await show.count()) > 0) {
                await show.click({ timeout: 2_000 }).catch(() => {});
              }
              return menuEntry(operation.summary).count();
            },
            { timeout: 30_000, message: `sidebar entry of ${operation.summary}` },
          )
          .toBeGreaterThan(nth);

        // Redoc renders an operation when it is scrolled to: go there from the sidebar.
        await menuEntry(operation.summary).nth(nth).click();
        const rendered = section(operation.summary).filter({
          has: page.getByText(operation.path, { exact: true }),
        });
        await rendered
          .getByText(operation.path, { exact: true })
          .filter({ visible: true })
          .first()
          .waitFor();
        await rendered
          .getByText(new RegExp(`^${operation.method}$`, "i"))
          .filter({ visible: true })
          .first()
          .waitFor();
        const name = `${id}-${operation.method}${operation.path}`.replace(/\W+/g, "-");
        await page.screenshot({ path: join(screenshots, `${name.replace(/-$/, "")}.png`) });
      }
      await finish(visit);
    },
  );

  it.each([["getting-started.html"], ["cli.html"]])(
    "%s renders, and every link on it works",
    async (href) => {
      const { server } = await starting;
      const visit = await followFromIndex(href);
      const { page } = visit;
      await page.screenshot({
        path: join(screenshots, href.replace(".html", ".png")),
        fullPage: true,
      });
      expect(await page.locator("main pre").count()).toBeGreaterThan(0);
      for (const target of await linkedPages(page)) {
        expect((await fetch(`${server.origin}/${target}`)).status, target).toBe(200);
      }
      const anchors = await page
        .locator('a[href^="#"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")?.slice(1) ?? ""));
      for (const anchor of anchors) expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
      await finish(visit);
    },
  );

  it("model page shows every Backup field and one mapping table per provider", async () => {
    const { server } = await starting;
    const visit = await followFromIndex("model.html");
    const { page } = visit;
    await page.screenshot({ path: join(screenshots, "model.png"), fullPage: true });

    const rows = await page
      .locator("table.model-fields tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
      );
    const described = BACKUP_FIELDS.flatMap((field) => [
      { name: field.name, meaning: field.meaning },
      ...(field.name === "resource"
        ? BACKUP_RESOURCE_FIELDS.map((sub) => ({
            name: `resource.${sub.name}`,
            meaning: sub.meaning,
          }))
        : []),
    ]);
    expect(rows.map(([name]) => name)).toEqual(described.map((f) => f.name));
    described.forEach(({ meaning }, i) => {
      expect(rows[i]?.[2]).toContain(meaning);
    });

    const tables = page.locator("table.mapping-fields");
    expect(await tables.count()).toBe(mappings.length);
    for (const mapping of mappings) {
      const fields = page.locator(`table.mapping-fields[data-provider="${mapping.provider}"]`);
      expect(await fields.locator("tbody tr").count()).toBe(mapping.fields.length);
      expect(await fields.isVisible()).toBe(true);
      const statuses = page.locator(`table.mapping-status[data-provider="${mapping.provider}"]`);
      expect(await statuses.locator("tbody tr").count()).toBe(Object.keys(mapping.statuses).length);
      await expect(
        page.locator(`section[id="${mapping.provider}"] h2`).innerText(),
      ).resolves.toContain(mapping.title);
    }

    // Every link on the page leads somewhere that exists.
    for (const target of await linkedPages(page)) {
      expect((await fetch(`${server.origin}/${target}`)).status, target).toBe(200);
    }
    const anchors = await page
      .locator('a[href^="#"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")?.slice(1) ?? ""));
    for (const anchor of anchors) expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
    await finish(visit);
  });

  it("audit page shows the controls and the policy file reference", async () => {
    const visit = await followFromIndex("audit.html");
    const { page } = visit;
    await page.screenshot({ path: join(screenshots, "audit.png"), fullPage: true });
    await expect(page.locator("h1").textContent()).resolves.toBe("Audit");
    for (const id of ["controls", "outputs", "exit-codes", "policy", "match"]) {
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    }
    expect(await page.locator("#controls + p + table tbody tr").count()).toBe(6);
    await finish(visit);
  });
});
