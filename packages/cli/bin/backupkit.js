#!/usr/bin/env node
import { stopWhenOutputCloses } from "../dist/io.js";
import { main } from "../dist/main.js";

const exit = (code) => process.exit(code);
stopWhenOutputCloses(process.stdout, process.stderr, exit);
stopWhenOutputCloses(process.stderr, process.stderr, exit);

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
