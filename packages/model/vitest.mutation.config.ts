// The vitest settings StrykerJS runs the model's tests with (stryker.config.mjs).

import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * A mutant in a module-level table or regular expression is reached when the
 * module loads, so it runs every test file, and the run stops at the first
 * failing test: the tables' row-by-row tests go first, then the other value
 * tests (`*-values`, `*-edges`), then the rest, and the property tests last.
 */
class QuickValueTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = ({ moduleId }: TestSpecification) => {
      if (moduleId.endsWith("/mapping-tables.test.ts")) return 0;
      if (/-(values|edges)\.test\.ts$/.test(moduleId)) return 1;
      if (moduleId.endsWith(".property.test.ts")) return 3;
      return 2;
    };
    // Array.prototype.sort is stable: BaseSequencer's order holds within a rank.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // At most 100 generated inputs per property under mutation (see test/support/property-runs.ts).
    env: { BACKUPKIT_PROPERTY_RUNS: "100" },
    sequence: { sequencer: QuickValueTestsFirst },
  },
});
