import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  resolve: {
    // package.json "imports" point at dist/ (with a browser variant each): the tests,
    // and the mutation runner, exercise the sources the transport is built from.
    alias: {
      "#redirect": source("redirect.ts"),
      "#cause": source("cause.ts"),
      "#plan": source("plan.ts"),
    },
  },
  test: {
    // The same limits as the test script's flags, so a run started by another tool
    // (the mutation runner) gives the real-timer cases (1 s answers, 4 s deadlines) the same room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
