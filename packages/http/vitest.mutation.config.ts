// The vitest settings StrykerJS runs the transport's tests with (stryker.config.mjs):
// those of vitest.config.ts (the source aliases, the limits), with fewer test files.

import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      // Left out under mutation: files that spend seconds waiting on real timers or
      // build 300 MiB bombs, and reach the mutated modules only along paths the value
      // tests already pin (TESTING.md lists the scores without them). `npm test` runs them.
      exclude: [
        ...configDefaults.exclude,
        // Pacing over loopback (rate-limit.ts is not mutated): 18 s of waiting.
        "test/rate-limit.test.ts",
        // The queue (transport.ts, not mutated).
        "test/sending.test.ts",
        // The shared provider scenarios, covered by retry's and timeout's value tests.
        "test/transport-scenarios.test.ts",
        // Compression bombs read by the built package in a child process: no mutant can reach it.
        "test/body-bomb.test.ts",
      ],
    },
  }),
);
