// The vitest settings StrykerJS runs the model's tests with (stryker.config.mjs).

import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * A mutant in a module-level table or regular expression is reached when the
 * module loads, so it runs every test file, and the run stops at the first
 * failing test: the quick value tests go first, the property tests last.
 */
class PropertyTestsLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isProperty = (file: TestSpecification) => file.moduleId.endsWith(".property.test.ts");
    return [...sorted.filter((f) => !isProperty(f)), ...sorted.filter(isProperty)];
  }
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A few hundred generated inputs per property under mutation (see test/support/property-runs.ts).
    env: { BACKUPKIT_PROPERTY_RUNS: "100" },
    sequence: { sequencer: PropertyTestsLast },
  },
});
