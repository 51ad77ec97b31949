import { fileURLToPath } from "node:url";
import { it } from "vitest";
import { bundleEntries, measureBundle } from "../src/bundle.js";
const dir = fileURLToPath(new URL("..", import.meta.url));
it("sizes", async () => {
  for (const e of bundleEntries) { const s = await measureBundle(e, dir); console.log("SIZE", s.provider, s.minifiedBytes, s.gzipBytes); }
});
