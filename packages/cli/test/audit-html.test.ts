/**
 * Opens the HTML audit report in Debian's Chromium from a file: nothing may be
 * requested but the file itself, no script runs, findings come first, and
 * every resource has its 30-day timeline. Saves a screenshot for people.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { backupkit } from "./run.js";

const CHROMIUM = "/usr/bin/chromium";
const screenshots = fileURLToPath(new URL("../screenshots/", import.meta.url));

describe("the HTML audit report in Chromium", () => {
  it("renders findings and timelines from the file alone", async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}: apt-get update && apt-get install -y chromium`,
      );
    }
    const dir = await mkdtemp(join(tmpdir(), "backupkit-audit-html-"));
    const file = join(dir, "audit.html");
    const run = await backupkit([
      "audit",
      "--mock",
      "--min-count",
      "2",
      "--min-retention",
      "7d",
      "-f",
      "html",
      "-o",
      file,
    ]);
    expect(run.code).toBe(4);
    const report = JSON.parse(
      (
        await backupkit([
          "audit",
          "--mock",
          "--min-count",
          "2",
          "--min-retention",
          "7d",
          "-f",
          "json",
        ])
      ).stdout,
    );

    const userDataDir = await mkdtemp(join(tmpdir(), "backupkit-audit-chromium-"));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1100, height: 900 },
    });
    const url = pathToFileURL(file).href;
    const foreign: string[] = [];
    const errors: string[] = [];
    try {
      await context.route("**/*", (route) => {
        if (route.request().url() === url) return route.continue();
        foreign.push(route.request().url());
        return route.abort("blockedbyclient");
      });
      const page = await context.newPage();
      page.on("pageerror", (err) => errors.push(err.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      await page.goto(url);
      await expect(page.locator("h1").textContent()).resolves.toBe("Backup audit");
      const findingRows = await page.locator("#findings + table tbody tr").count();
      // Same fleet, same controls; the two runs are seconds apart.
      expect(findingRows).toBe(report.findings.length);
      expect(await page.locator(".resource svg").count()).toBe(report.summary.resources);
      expect(await page.locator(".resource svg rect").count()).toBeGreaterThan(30);
      const findingsTop = await page.locator("#findings").boundingBox();
      const resourcesTop = await page.locator("#resources").boundingBox();
      expect(findingsTop?.y ?? 0).toBeLessThan(resourcesTop?.y ?? 0);
      await mkdir(screenshots, { recursive: true });
      const shot = join(screenshots, "audit.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect((await stat(shot)).size).toBeGreaterThan(10_000);
    } finally {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
