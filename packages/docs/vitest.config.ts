import { defineConfig } from "vitest/config";

// The browser test loads several 2.5 MB Redoc pages in Chromium.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });
