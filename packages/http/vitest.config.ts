import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The same limits as the test script's flags, so a run started by another tool
    // (the mutation runner) gives the real-timer cases (1 s answers, 4 s deadlines) the same room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
