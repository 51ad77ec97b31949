import { type Fault, type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { afterEach, describe, expect, it } from "vitest";
import { ArgumentError, linodeSource, sourceContext } from "../src/index.js";
import { collect } from "./support/collect.js";

let mock: MockProviders | undefined;
afterEach(async () => {
  expect(mock?.failures ?? []).toEqual([]);
  await mock?.close();
  mock = undefined;
});

async function start(resources: number, faults: Fault[] = []) {
  mock = await startMockProviders({ providers: { linode: { resources } }, faults });
  const endpoint = mock.providers.linode;
  if (!endpoint) throw new Error("no linode mock");
  const config = { baseUrl: endpoint.baseUrl, values: { token: endpoint.credentials.token ?? "" } };
  return {
    mock,
    config,
    context: sourceContext({ concurrency: 8, timeoutSeconds: 10, maxAttempts: 1 }),
  };
}

describe("the Linode source", () => {
  it("walks every page of instances at Linode's largest page size", async () => {
    const { mock, config, context } = await start(620);
    const { backups, issues } = await collect(linodeSource.list(config, context));
    expect(issues).toEqual([]);
    const pages = mock.requests.filter((r) => r.url.includes("/linode/instances?"));
    expect(pages.map((r) => r.url)).toEqual([
      "/v4/linode/instances?page=1&page_size=500",
      "/v4/linode/instances?page=2&page_size=500",
    ]);
    const backupRequests = mock.requests.filter((r) => r.url.endsWith("/backups"));
    // Instances without the Backup service are not asked: they cannot have backups.
    expect(backupRequests.length).toBeGreaterThan(450);
    expect(backupRequests.length).toBeLessThan(620);
    expect(new Set(backups.map((b) => b.resource.id)).size).toBe(backupRequests.length);
  });

  it("yields backups in instance order, whatever order the answers come in", async () => {
    // The first instance answers last.
    const { config, context } = await start(30, [
      { type: "delay", ms: 80, path: "/linode/instances/123/backups" },
    ]);
    const first = await collect(linodeSource.list(config, context));
    const resourceOrder = [...new Set(first.backups.map((b) => b.resource.id))];
    const listed = await fetch(`${config.baseUrl}/linode/instances`, {
      headers: { authorization: `Bearer ${config.values.token}` },
    }).then((r) => r.json() as Promise<{ data: { id: number; backups: { enabled: boolean } }[] }>);
    const want = listed.data.filter((i) => i.backups.enabled).map((i) => String(i.id));
    expect(resourceOrder).toEqual(want);
    expect(resourceOrder[0]).toBe("123");
  });

  it("lists nothing for an account without instances", async () => {
    const { config, context } = await start(0);
    expect(await collect(linodeSource.list(config, context))).toEqual({ backups: [], issues: [] });
  });

  it("refuses ids that are not positive whole numbers before any request", async () => {
    const { mock, config, context } = await start(1);
    const run = linodeSource.get?.run;
    await expect(run?.(config, { "linode-id": "1e3", "backup-id": "1" }, context)).rejects.toThrow(
      ArgumentError,
    );
    expect(mock.requests).toEqual([]);
  });
});
