import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BUDGET_GZIP_BYTES, bundleEntries, measureBundle } from "../src/bundle.js";

const resolveDir = fileURLToPath(new URL("..", import.meta.url));

describe("browser bundle budget", () => {
  it.each(bundleEntries.map((entry) => [entry.provider, entry] as const))(
    "%s client + unwrap + converter bundles for the browser within 10,240 B gzipped",
    async (_provider, entry) => {
      const size = await measureBundle(entry, resolveDir);
      expect(size.gzipBytes).toBeGreaterThan(1000); // the entry really pulled the client in
      expect(size.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    },
  );

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
});
