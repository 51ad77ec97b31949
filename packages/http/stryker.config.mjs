// Mutation testing of the transport's subtle modules: see TESTING.md at the root.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  // The value tests without the slow real-timer and child-process files: see that file.
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: [
    "src/retry.ts",
    "src/redact.ts",
    "src/budget.ts",
    "src/timeout.ts",
    "src/body.ts",
    "src/paginate.ts",
    // How requests are authenticated, once it has its own folder.
    "src/auth/**/*.ts",
  ],
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: "perTest",
  // The last run's results are reused for mutants whose code and tests did not change.
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  // The machine is shared: two test processes at most.
  concurrency: 2,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // `break` is for the whole package; scripts/mutation-scores.mjs holds each file to 90%.
  thresholds: { high: 95, low: 90, break: 90 },
  // A mutant that stalls a test (a deadline that never fires, a walk that never
  // ends) is a timeout: it is given its tests' time in the first run × 1.5 plus
  // this. The real-timer tests' own waits are in that time already; each stall
  // costs this much wall time, so it is kept short.
  timeoutMS: 5000,
};
