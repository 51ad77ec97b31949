import { sources } from "@backupkit/sdk";
import { describe, expect, it } from "vitest";
import { startMocks } from "../src/mocks.js";

describe("the embedded mocks, as --mock and npm start use them", () => {
  it("sign in to Huawei with AK/SK and to Z.com with a password, through Identity's catalog", async () => {
    const chosen = sources.filter((s) => s.id === "huawei-cbr" || s.id === "zcom");
    const { mock, setups } = await startMocks(chosen);
    try {
      const huawei = setups.find((s) => s.source.id === "huawei-cbr")?.config;
      const zcom = setups.find((s) => s.source.id === "zcom")?.config;
      expect(Object.keys(huawei?.values ?? {}).sort()).toEqual(
        ["accessKey", "projectId", "region", "secretKey"].sort(),
      );
      expect(Object.keys(zcom?.values ?? {}).sort()).toEqual(
        ["identityUrl", "password", "region", "tenantId", "tenantName", "username"].sort(),
      );
      // The compute endpoint comes from the service catalog, not from a base URL.
      expect(zcom?.baseUrl).toBeUndefined();
      for (const setup of setups) {
        for await (const chunk of setup.source.list(setup.config, {
          client: { fetch: (r) => fetch(r), timeoutMs: 10_000, retry: { maxAttempts: 1 } },
        })) {
          expect(chunk.backups.length).toBeGreaterThan(0);
          break;
        }
      }
      const signIns = mock.requests.filter((r) => r.method === "POST");
      expect(signIns.map((r) => r.url)).toEqual(["/identity/v2.0/tokens"]);
      expect(mock.failures).toEqual([]);
    } finally {
      await mock.close();
    }
  });
});
