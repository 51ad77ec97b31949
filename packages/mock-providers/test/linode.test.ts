import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type MockProviders, startMockProviders } from "../src/index.js";
import { get, mockPerTest } from "./helpers.js";

const seed = JSON.parse(
  readFileSync(new URL("../../../fixtures/linode/backup-view.seed.json", import.meta.url), "utf8"),
);

const start = mockPerTest("linode");

interface Page {
  data: { id: number; label: string; backups: { enabled: boolean } }[];
  page: number;
  pages: number;
  results: number;
}

async function allInstances(m: MockProviders, pageSize: number) {
  const ids: number[] = [];
  let pages = 1;
  for (let page = 1; page <= pages; page++) {
    const { status, body } = await get(m, `/linode/instances?page=${page}&page_size=${pageSize}`);
    expect(status).toBe(200);
    const data = body as Page;
    expect(data.page).toBe(page);
    pages = data.pages;
    ids.push(...data.data.map((i) => i.id));
  }
  return { ids, pages };
}

describe("linode mock", () => {
  it("serves below the spec's /v4 server path on loopback, with a fake token", async () => {
    const m = await start();
    expect(m.providers.linode?.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v4$/);
    expect(m.providers.linode?.credentials).toEqual({ token: "mock-linode-token" });
  });

  it("serves the API page's sample backup verbatim on instance 123", async () => {
    const m = await start();
    const { status, body } = await get(m, "/linode/instances/123/backups/1234");
    expect(status).toBe(200);
    expect(body).toEqual(seed);
    const list = await get(m, "/linode/instances/123/backups");
    expect(list.body).toMatchObject({ snapshot: { current: seed, in_progress: null } });
  });

  it("paginates 20 instances by default, seed instance first", async () => {
    const m = await start();
    const { body } = await get(m, "/linode/instances");
    expect(body).toMatchObject({ page: 1, pages: 1, results: 20 });
    expect((body as Page).data[0]).toMatchObject({ id: 123, label: "linode123" });
  });

  it("walks several pages when there are more instances than page_size", async () => {
    const m = await start({ providers: { linode: { resources: 60 } } });
    const { ids, pages } = await allInstances(m, 25);
    expect(pages).toBe(3);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    const past = await get(m, "/linode/instances?page=4&page_size=25");
    expect(past.body).toMatchObject({ data: [], page: 4, pages: 3, results: 60 });
  });

  it("generates 1,000 instances for benchmarks", async () => {
    const m = await start({ providers: { linode: { resources: 1000 } } });
    const { body } = await get(m, "/linode/instances?page_size=500");
    expect(body).toMatchObject({ pages: 2, results: 1000 });
  });

  it("serves an empty account for resources: 0", async () => {
    const m = await start({ providers: { linode: { resources: 0 } } });
    const { body } = await get(m, "/linode/instances");
    expect(body).toEqual({ data: [], page: 1, pages: 1, results: 0 });
  });

  it("generates the same data for the same seed, and other data for another", async () => {
    const first = await startMockProviders({ providers: ["linode"], seed: 7 });
    const again = await startMockProviders({ providers: ["linode"], seed: 7 });
    const other = await startMockProviders({ providers: ["linode"], seed: 8 });
    try {
      const [a, b, c] = await Promise.all(
        [first, again, other].map((m) => get(m, "/linode/instances").then((r) => r.text)),
      );
      expect(a).toBe(b);
      expect(a).not.toBe(c);
    } finally {
      await Promise.all([first, again, other].map((m) => m.close()));
    }
  });

  it("gives every backups-enabled instance automatic backups with disks", async () => {
    const m = await start();
    const { body } = await get(m, "/linode/instances");
    const enabled = (body as Page).data.filter((i) => i.backups.enabled);
    expect(enabled.length).toBeGreaterThan(10);
    for (const instance of enabled.slice(1)) {
      const list = await get(m, `/linode/instances/${instance.id}/backups`);
      const automatic = (list.body as { automatic: { type: string; disks: unknown[] }[] })
        .automatic;
      expect(automatic).toHaveLength(3);
      expect(automatic.every((b) => b.type === "auto" && b.disks.length === 2)).toBe(true);
    }
  });

  it.each([
    ["an unknown instance", "/linode/instances/1/backups", 404, "Not found"],
    ["an unknown backup", "/linode/instances/123/backups/1", 404, "Not found"],
    ["a non-integer id", "/linode/instances/abc/backups", 404, "linodeId must be integer"],
    ["a page_size below 25", "/linode/instances?page_size=10", 400, "page_size must be >= 25"],
    ["a page of 0", "/linode/instances?page=0", 400, "page must be >= 1"],
    ["an unknown path", "/linode/volumes", 404, "Not found"],
  ])("answers %s with Linode's error body", async (_name, path, status, reason) => {
    const m = await start();
    const response = await get(m, path);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ errors: [{ reason }] });
  });

  it.each([
    ["no token", null],
    ["a wrong token", "not-the-token"],
  ])("rejects %s with 401 Invalid Token", async (_name, token) => {
    const m = await start();
    const response = await get(m, "/linode/instances", token);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ errors: [{ reason: "Invalid Token" }] });
  });

  it("refuses a resource count that is not a whole number", async () => {
    await expect(startMockProviders({ providers: { linode: { resources: -1 } } })).rejects.toThrow(
      /resources must be a whole number/,
    );
  });
});
