import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { it } from "vitest";
import { bundleEntries } from "/work/main/packages/bench/src/bundle.js";
it("an", async () => {
  for (const e of bundleEntries) {
    const r = await build({ stdin: { contents: e.source, resolveDir: "/work/main/packages/bench", loader: "js" }, bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022", write: false, metafile: true, logLevel: "silent" });
    writeFileSync(`/tmp/bundle-${e.provider}.js`, r.outputFiles[0].contents);
    const ins = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
    console.log("BUNDLE", e.provider, Object.entries(ins).map(([k, v]) => `${k.replace(/.*node_modules\//, "nm/").replace(/.*packages\//, "")}=${v.bytesInOutput}`).join(" "));
  }
});
