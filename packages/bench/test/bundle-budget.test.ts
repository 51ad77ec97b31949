import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  BUDGET_GZIP_BYTES,
  bundleEntries,
  measureBundle,
  OVER_BUDGET_CEILINGS,
} from "../src/bundle.js";

const resolveDir = fileURLToPath(new URL("..", import.meta.url));
const withinBudget = bundleEntries.filter((entry) => !(entry.provider in OVER_BUDGET_CEILINGS));
const overBudget = bundleEntries.filter((entry) => entry.provider in OVER_BUDGET_CEILINGS);

describe("browser bundle budget", () => {
  it.each(withinBudget.map((entry) => [entry.provider, entry] as const))(
    "%s client + unwrap + converter bundles for the browser within 10,240 B gzipped",
    async (_provider, entry) => {
      const size = await measureBundle(entry, resolveDir);
      expect(size.gzipBytes).toBeGreaterThan(1000); // the entry really pulled the client in
      expect(size.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    },
  );

  it.each(overBudget.map((entry) => [entry.provider, entry] as const))(
    "%s, not within the budget yet, grows no further, and its exception goes once it fits",
    async (provider, entry) => {
      const size = await measureBundle(entry, resolveDir);
      expect(size.gzipBytes).toBeLessThanOrEqual(OVER_BUDGET_CEILINGS[provider] as number);
      expect(size.gzipBytes).toBeGreaterThan(BUDGET_GZIP_BYTES);
    },
  );

  it("lists exceptions for providers that have an entry only", () => {
    const providers = bundleEntries.map((entry) => entry.provider);
    for (const provider of Object.keys(OVER_BUDGET_CEILINGS)) expect(providers).toContain(provider);
  });

  it("fails for code that needs Node built-ins", async () => {
    await expect(
      measureBundle(
        {
          provider: "node-only",
          source: 'import { readFile } from "node:fs"; export { readFile };',
        },
        resolveDir,
      ),
    ).rejects.toThrow(/node:fs/);
  });

  it("takes the browser's variants of @backupkit/http, which follow no redirect", async () => {
    const entry = {
      provider: "redirects",
      source: 'export { createProviderClient } from "@backupkit/http";',
    };
    const { code } = await measureBundle(entry, resolveDir, { keepCode: true });
    expect(code).toContain("redirects are not followed in a browser");
    expect(code).not.toContain("to another origin");
  });
});
