import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type MockProviders, startMockProviders } from "../src/index.js";
import { getFrom, mockPerTest } from "./helpers.js";

const seed = JSON.parse(
  readFileSync(
    new URL("../../../fixtures/huawei-cbr/show-backup.seed.json", import.meta.url),
    "utf8",
  ),
) as { backup: Backup };
const PROJECT = "4229d7a45436489f8c3dc2b1d35d4987";
const SEED_ID = "6df2b54c-dd62-4059-a07c-1b8f24f2725d";
const SEED_CHILD_ID = "5d822633-2bbf-4af8-a16e-5ab1c7705235";

interface Backup {
  id: string;
  status: string;
  parent_id: string | null;
  resource_type: string;
  resource_id: string;
  resource_size: number;
  created_at: string;
  expired_at: string | null;
  name: string;
  children: Backup[];
  extend_info: { auto_trigger?: boolean; bootable?: boolean | null; is_multi_az?: boolean };
  incremental?: boolean;
}
interface BackupList {
  count: number;
  backups: Backup[];
}

const start = mockPerTest("huawei-cbr");

/** GETs a path below the mock's base URL, with its token unless another (or none) is given. */
function get(m: MockProviders, path: string, token: string | null = tokenOf(m)) {
  return getFrom(m, "huawei-cbr", path, token === null ? {} : { "x-auth-token": token });
}

function tokenOf(m: MockProviders): string {
  return m.providers["huawei-cbr"]?.credentials.token ?? "";
}

const list = (query = "") => `/v3/${PROJECT}/backups${query}`;

/** Walks ListBackups the way Huawei's console does: `limit` backups after the `marker`. */
async function walkByMarker(m: MockProviders, limit: number, filter = "") {
  const ids: string[] = [];
  let marker: string | undefined;
  for (let pages = 1; ; pages++) {
    const query = `?limit=${limit}${filter}${marker ? `&marker=${marker}` : ""}`;
    const { status, body } = await get(m, list(query));
    expect(status).toBe(200);
    const page = body as BackupList;
    ids.push(...page.backups.map((b) => b.id));
    if (page.backups.length < limit) return { ids, pages, count: page.count };
    marker = page.backups.at(-1)?.id;
  }
}

async function everything(m: MockProviders) {
  return (await get(m, list())).body as BackupList;
}

describe("huawei-cbr mock", () => {
  it("serves at the root of a loopback port, with a fake key pair, token, project and region", async () => {
    const m = await start();
    expect(m.providers["huawei-cbr"]?.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(m.providers["huawei-cbr"]?.credentials).toEqual({
      accessKey: "MOCKHUAWEICBRACCESS1",
      secretKey: "mock-huawei-cbr-secret-key-0123456789abcd",
      token: "mock-huawei-cbr-token",
      projectId: PROJECT,
      region: "ap-southeast-1",
    });
  });

  it("serves the ShowBackup page's sample verbatim, and its disk backup by its own id", async () => {
    const m = await start();
    const shown = await get(m, `/v3/${PROJECT}/backups/${SEED_ID}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual(seed);
    expect(shown.headers.get("x-request-id")).toMatch(/^[0-9a-f]{32}$/);
    const child = await get(m, `/v3/${PROJECT}/backups/${SEED_CHILD_ID}`);
    expect(child.body).toEqual({ backup: seed.backup.children[0] });
    const { backups } = await everything(m);
    expect(backups.find((b) => b.id === SEED_ID)).toEqual(seed.backup);
  });

  it("lists 20 servers' backups by default, newest first, each with its disks as children", async () => {
    const m = await start();
    const { count, backups } = await everything(m);
    expect(count).toBe(backups.length);
    const servers = new Set(backups.map((b) => b.resource_id));
    expect(servers.size).toBe(20);
    // Seven daily backups per generated server, some with a manual one too.
    expect(backups.length).toBeGreaterThanOrEqual(1 + 19 * 7);
    expect(backups.length).toBeLessThanOrEqual(1 + 19 * 8);
    const created = backups.map((b) => b.created_at);
    expect(created).toEqual([...created].sort().reverse());
    for (const backup of backups) {
      expect(backup).toMatchObject({ parent_id: null, resource_type: "OS::Nova::Server" });
      expect(backup.children.length).toBeGreaterThanOrEqual(1);
      expect(backup.children.length).toBeLessThanOrEqual(3);
      for (const child of backup.children) {
        expect(child).toMatchObject({
          parent_id: backup.id,
          resource_type: "OS::Cinder::Volume",
          status: backup.status,
          children: [],
        });
      }
    }
    const generated = backups.filter((b) => b.id !== SEED_ID);
    expect(
      generated.every(
        (b) => b.resource_size === b.children.reduce((sum, c) => sum + c.resource_size, 0),
      ),
    ).toBe(true);
    expect(generated.every((b) => b.children[0]?.extend_info.bootable === true)).toBe(true);
  });

  it("mixes statuses, automatic and manual, full and incremental backups", async () => {
    const m = await start({ providers: { "huawei-cbr": { resources: 60 } } });
    const backups = (await everything(m)).backups.filter((b) => b.id !== SEED_ID);
    const statuses = new Set(backups.map((b) => b.status));
    expect(statuses.has("available")).toBe(true);
    expect(statuses.size).toBeGreaterThanOrEqual(4);
    const auto = backups.filter((b) => b.extend_info.auto_trigger === true);
    const manual = backups.filter((b) => b.extend_info.auto_trigger === false);
    expect(auto.length).toBeGreaterThan(manual.length);
    expect(manual.length).toBeGreaterThan(0);
    expect(auto.every((b) => b.expired_at !== null && b.name.startsWith("autobk_"))).toBe(true);
    expect(manual.every((b) => b.expired_at === null)).toBe(true);
    // One full backup per server (its oldest), every later one incremental.
    const full = backups.filter((b) => b.incremental === false);
    expect(new Set(full.map((b) => b.resource_id)).size).toBe(59);
    expect(full).toHaveLength(59);
    expect(backups.filter((b) => b.incremental === true).length).toBeGreaterThan(59);
  });

  it.each([[1], [25], [1000]])(
    "walks every backup with limit %i and marker, each once",
    async (limit) => {
      const m = await start();
      const all = await everything(m);
      const { ids, pages, count } = await walkByMarker(m, limit);
      expect(ids).toEqual(all.backups.map((b) => b.id));
      expect(pages).toBe(Math.floor(all.backups.length / limit) + 1);
      expect(count).toBe(all.count);
    },
  );

  it("pages with limit and offset, and offset counts from the marker", async () => {
    const m = await start();
    const all = (await everything(m)).backups.map((b) => b.id);
    const page = (await get(m, list("?limit=10&offset=20"))).body as BackupList;
    expect(page.backups.map((b) => b.id)).toEqual(all.slice(20, 30));
    expect(page.count).toBe(all.length);
    const after = (await get(m, list(`?limit=5&offset=2&marker=${all[9]}`))).body as BackupList;
    expect(after.backups.map((b) => b.id)).toEqual(all.slice(12, 17));
    const past = (await get(m, list(`?offset=${all.length}`))).body as BackupList;
    expect(past).toEqual({ count: all.length, backups: [] });
  });

  it.each([
    ["status", "&status=available", (b: Backup) => b.status === "available"],
    [
      "status repeated",
      "&status=error&status=protecting",
      (b: Backup) => b.status === "error" || b.status === "protecting",
    ],
    ["incremental", "&incremental=false", (b: Backup) => b.incremental === false],
    ["resource_type", "&resource_type=OS::Cinder::Volume", () => false],
  ])("filters by %s, paging over the matches", async (_name, filter, keep) => {
    const m = await start();
    const want = (await everything(m)).backups.filter(keep).map((b) => b.id);
    const { ids, count } = await walkByMarker(m, 10, filter);
    expect(ids).toEqual(want);
    expect(count).toBe(want.length);
  });

  it("has no backups in another project", async () => {
    const m = await start();
    const other = await get(m, "/v3/0000000000000000000000000000000a/backups");
    expect(other.body).toEqual({ count: 0, backups: [] });
    const shown = await get(m, `/v3/0000000000000000000000000000000a/backups/${SEED_ID}`);
    expect(shown.status).toBe(404);
  });

  it.each([
    ["an unknown backup", `/v3/${PROJECT}/backups/nope`, 404, "BackupService.6302", /not found/],
    ["an unknown marker", list("?marker=nope"), 400, "BackupService.9900", /marker/],
    ["a limit of 0", list("?limit=0"), 400, "BackupService.9900", /limit/],
    ["a limit over 1000", list("?limit=1001"), 400, "BackupService.9900", /limit/],
    ["a negative offset", list("?offset=-1"), 400, "BackupService.9900", /offset/],
    ["an unknown status", list("?status=frozen"), 400, "BackupService.9900", /status/],
    [
      "an unknown status after a known one",
      list("?status=available&status=frozen"),
      400,
      "BackupService.9900",
      /status/,
    ],
    ["a used_percent of 0", list("?used_percent=0"), 400, "BackupService.9900", /used_percent/],
    ["an unknown path", `/v3/${PROJECT}/vaults`, 404, "BackupService.6302", /Not found/],
  ])("answers %s with CBR's error body", async (_name, path, status, code, message) => {
    const m = await start();
    const response = await get(m, path);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ error_code: code, error_msg: expect.stringMatching(message) });
  });

  it.each([
    ["no token", null, "x-auth-token not found"],
    ["a wrong token", "not-the-token", "decrypt token fail"],
  ])("rejects %s with the API gateway's 401", async (_name, token, why) => {
    const m = await start();
    const response = await get(m, list(), token);
    expect(response.status).toBe(401);
    const requestId = response.headers.get("x-request-id");
    expect(response.body).toEqual({
      error_code: "APIGW.0301",
      error_msg: `Incorrect IAM authentication information: ${why}`,
      request_id: requestId,
    });
  });

  it("answers an injected rate limit with the gateway's 429 and Retry-After", async () => {
    const m = await start({ faults: [{ type: "rate-limit", retryAfterSeconds: 2, times: 1 }] });
    const limited = await get(m, list());
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(limited.body).toMatchObject({
      error_code: "APIGW.0308",
      request_id: expect.any(String),
    });
    expect((await get(m, list())).status).toBe(200);
  });

  it("generates the same data for the same seed, and other data for another", async () => {
    const runs = await Promise.all(
      [7, 7, 8].map((seedValue) =>
        startMockProviders({ providers: ["huawei-cbr"], seed: seedValue }),
      ),
    );
    try {
      const [a, b, c] = await Promise.all(runs.map((m) => get(m, list()).then((r) => r.text)));
      expect(a).toBe(b);
      expect(a).not.toBe(c);
    } finally {
      await Promise.all(runs.map((m) => m.close()));
    }
  });

  it("serves an empty project for resources: 0 and refuses a count that is not whole", async () => {
    const m = await start({ providers: { "huawei-cbr": { resources: 0 } } });
    expect((await get(m, list())).body).toEqual({ count: 0, backups: [] });
    await expect(
      startMockProviders({ providers: { "huawei-cbr": { resources: 2.5 } } }),
    ).rejects.toThrow(/resources must be a whole number/);
  });
});
