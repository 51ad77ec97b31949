import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Each case starts the CLI as a process; on a busy two-core machine that can take seconds.
    testTimeout: 30_000,
  },
});
