#!/usr/bin/env node
// CommonJS (bin/package.json): the CLI's start-up bundle, dist/bundle/start.cjs, is
// CommonJS too, as Node's ES module loader alone costs a start more than the
// command table and `convert` take (see scripts/bundle.mjs).
require("../dist/bundle/start.cjs").start();
