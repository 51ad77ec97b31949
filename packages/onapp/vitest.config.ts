import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The XML property tests run thousands of generated cases; while every
    // package's suite runs at once (npm test) one can take longer than 5 s.
    testTimeout: 30_000,
  },
});
