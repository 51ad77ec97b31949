#!/usr/bin/env node
// dist/bundle/ is the compiled CLI bundled by scripts/bundle.mjs, for a quicker start.
import { stopWhenOutputCloses } from "../dist/bundle/io.js";
import { main } from "../dist/bundle/main.js";

const exit = (code) => process.exit(code);
stopWhenOutputCloses(process.stdout, process.stderr, exit);
stopWhenOutputCloses(process.stderr, process.stderr, exit);

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
