// Mutation testing of the model's subtle modules: see TESTING.md at the root.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  // Fewer property-test runs, and the quick tests first: see that file.
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: ["src/providers/*.ts", "src/fields.ts", "src/timestamp.ts", "src/units.ts"],
  // Each mutant runs only the tests that reach it; a mutant in a module-level
  // table (reached at import, by every test) still runs them all.
  coverageAnalysis: "perTest",
  // The last run's results are reused for mutants whose code and tests did not change.
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  // The machine is shared: two test processes at most.
  concurrency: 2,
  // A folder at the repository root: the sandbox then sits as deep as this
  // package, so the tests' `../../../` paths (fixtures, scripts) reach the root.
  tempDirName: "../../.stryker-tmp-model",
  // Stryker rewrites tsconfig.json's `extends` for a sandbox two levels deeper
  // than the package; here `../../tsconfig.base.json` already holds, so the
  // rewrite is pointed at a file that does not exist.
  tsconfigFile: "no-tsconfig-rewrite.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // `break` is for the whole package; scripts/mutation-scores.mjs holds each file to 90%.
  thresholds: { high: 95, low: 90, break: 90 },
  // A mutant that loops for ever is a timeout: it is given its tests' time in the
  // first run × 1.5 plus this. The tests wait on no timers, so a short margin holds.
  timeoutMS: 5000,
};
