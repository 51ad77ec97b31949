import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type MockProviders, startMockProviders } from "../src/index.js";
import { bearer, getFrom, mockPerTest } from "./helpers.js";

const seed = JSON.parse(
  readFileSync(
    new URL("../../../fixtures/northflank/list-backups.seed.json", import.meta.url),
    "utf8",
  ),
);

const start = mockPerTest("northflank");

/** GETs a path below the Northflank mock's base URL, with its token unless another is given. */
function get(m: MockProviders, path: string, token: string | null = tokenOf(m)) {
  return getFrom(m, "northflank", path, bearer(token));
}

function tokenOf(m: MockProviders): string {
  return m.providers.northflank?.credentials.token ?? "";
}

interface Backup {
  id: string;
  status: string;
  expiredBy: number | string;
  schedules?: unknown[];
}
interface List<T> {
  data: T[];
  pagination: { hasNextPage: boolean; cursor?: string; count: number };
}

/** Follows `pagination.cursor` from the first page; returns every item and each page's count. */
async function walk<T>(m: MockProviders, path: string, perPage: number) {
  const items: T[] = [];
  const counts: number[] = [];
  let cursor: string | undefined;
  do {
    const query = `per_page=${perPage}${cursor === undefined ? "" : `&cursor=${cursor}`}`;
    const { status, body } = await get(m, `${path}?${query}`);
    expect(status).toBe(200);
    const page = body as List<T>;
    // Destinations come nested, `{backupDestinations: [...]}`, as Northflank describes them.
    const data = page.data as T[] | { backupDestinations: T[] };
    items.push(...(Array.isArray(data) ? data : data.backupDestinations));
    counts.push(page.pagination.count);
    cursor = page.pagination.hasNextPage ? page.pagination.cursor : undefined;
    expect(page.pagination.hasNextPage ? typeof cursor : "last").toMatch(/string|last/);
  } while (cursor !== undefined);
  return { items, counts };
}

const backupsOf = (id: string) => `/v1/backup-destinations/${id}/backups`;

describe("northflank mock", () => {
  it("serves at the spec's server root on loopback, with a fake token", async () => {
    const m = await start();
    expect(m.providers.northflank?.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(m.providers.northflank?.credentials).toEqual({ token: "mock-northflank-token" });
  });

  it("lists the example destination first, then the generated ones, by cursor", async () => {
    const m = await start();
    const { items, counts } = await walk<{ id?: string; name: string; credentials?: object }>(
      m,
      "/v1/backup-destinations",
      3,
    );
    // Northflank's official list shape: nested in backupDestinations, no ids.
    expect(items.map((d) => d.name)).toEqual([
      "Example Backup Destination",
      "Addon Backups EU",
      "Weekly Archive",
      "Unused Destination",
    ]);
    expect(items.some((d) => "id" in d)).toBe(false);
    expect(counts).toEqual([3, 1]);
    expect(items[0]).toEqual({ name: "Example Backup Destination" });
    // The list endpoint shows no secrets.
    expect(JSON.stringify(items)).not.toMatch(/secretKey|accessKey/);
  });

  it("serves the API page's sample verbatim in the example destination", async () => {
    const m = await start();
    const { status, body } = await get(m, backupsOf("example-backup-destination"));
    expect(status).toBe(200);
    expect(body).toEqual(seed);
  });

  it("walks 250 backups over three pages of 100 by cursor, and the same by page number", async () => {
    const m = await start();
    const byCursor = await walk<Backup>(m, backupsOf("addon-backups-eu"), 100);
    expect(byCursor.counts).toEqual([100, 100, 50]);
    const ids = byCursor.items.map((b) => b.id);
    expect(new Set(ids).size).toBe(250);
    const byPage: string[] = [];
    for (const page of [1, 2, 3]) {
      const { body } = await get(m, `${backupsOf("addon-backups-eu")}?per_page=100&page=${page}`);
      byPage.push(...(body as List<Backup>).data.map((b) => b.id));
      expect((body as List<Backup>).pagination.hasNextPage).toBe(page < 3);
    }
    expect(byPage).toEqual(ids);
    const past = await get(m, `${backupsOf("addon-backups-eu")}?per_page=100&page=4`);
    expect(past.body).toEqual({ data: [], pagination: { hasNextPage: false, count: 0 } });
  });

  it("sends 50 per page when per_page is not given", async () => {
    const m = await start();
    const { body } = await get(m, backupsOf("weekly-archive"));
    expect((body as List<Backup>).pagination).toEqual({ hasNextPage: false, count: 50 });
    const first = await get(m, backupsOf("addon-backups-eu"));
    expect((first.body as List<Backup>).pagination).toMatchObject({ hasNextPage: true, count: 50 });
  });

  it("generates every status, expiredBy as a number and as a string, and manual backups", async () => {
    const m = await start();
    const { items } = await walk<Backup>(m, backupsOf("addon-backups-eu"), 100);
    const statuses = new Set(items.map((b) => b.status));
    expect([...statuses].sort()).toEqual([
      "aborted",
      "aborting",
      "completed",
      "failed",
      "in-progress",
      "not-supported",
      "scheduled",
    ]);
    expect(items.some((b) => typeof b.expiredBy === "number")).toBe(true);
    expect(items.some((b) => typeof b.expiredBy === "string")).toBe(true);
    expect(items.some((b) => b.schedules === undefined)).toBe(true);
    expect(items.some((b) => b.schedules?.length === 0)).toBe(true);
    expect(items.filter((b) => b.schedules?.length === 1).length).toBeGreaterThan(200);
  });

  it("serves the same backup on whichever page it falls", async () => {
    const m = await start();
    const small = await get(m, `${backupsOf("addon-backups-eu")}?per_page=7&page=3`);
    const large = await get(m, `${backupsOf("addon-backups-eu")}?per_page=100`);
    expect((small.body as List<Backup>).data).toEqual(
      (large.body as List<Backup>).data.slice(14, 21),
    );
  });

  it("generates the same data for the same seed, and other data for another", async () => {
    const first = await startMockProviders({ providers: ["northflank"], seed: 7 });
    const again = await startMockProviders({ providers: ["northflank"], seed: 7 });
    const other = await startMockProviders({ providers: ["northflank"], seed: 8 });
    try {
      const [a, b, c] = await Promise.all(
        [first, again, other].map((m) =>
          get(m, `${backupsOf("addon-backups-eu")}?per_page=100`).then((r) => r.text),
        ),
      );
      expect(a).toBe(b);
      expect(a).not.toBe(c);
    } finally {
      await Promise.all([first, again, other].map((m) => m.close()));
    }
  });

  it("serves 100,000 backups over about 1,000 pages, generating only the page asked for", async () => {
    const m = await start({ providers: { northflank: { resources: 100_000 } } });
    const hourly = backupsOf("addon-backups-eu");
    const weekly = await get(m, `${backupsOf("weekly-archive")}?per_page=100`);
    expect((weekly.body as List<Backup>).pagination).toEqual({ hasNextPage: false, count: 52 });
    const last = await get(m, `${hourly}?per_page=100&page=1000`);
    expect((last.body as List<Backup>).pagination).toEqual({ hasNextPage: false, count: 48 });
    expect((last.body as List<Backup>).data.at(-1)?.id).toMatch(/-099947$/);
    // The cursor of a page far down the list leads on like any other.
    const middle = await get(m, `${hourly}?per_page=100&page=500`);
    const { cursor } = (middle.body as List<Backup>).pagination;
    const next = await get(m, `${hourly}?per_page=100&cursor=${cursor}`);
    const page501 = await get(m, `${hourly}?per_page=100&page=501`);
    expect(next.text).toBe(page501.text);
  });

  it("serves the same destinations and backups at the team-scoped paths of its team", async () => {
    const m = await start();
    const team = "/v1/teams/mock-team";
    expect((await get(m, `${team}/backup-destinations`)).body).toEqual(
      (await get(m, "/v1/backup-destinations")).body,
    );
    expect((await get(m, `${team}/backup-destinations/weekly-archive/backups`)).body).toEqual(
      (await get(m, backupsOf("weekly-archive"))).body,
    );
    const other = await get(m, "/v1/teams/other-team/backup-destinations");
    expect(other.status).toBe(404);
    expect(other.body).toEqual({
      error: { status: 404, message: "Team not found", id: "not-found" },
    });
  });

  it("uses Northflank's default of 50 per page when per_page is absent", async () => {
    const m = await start();
    const page = (await get(m, backupsOf("addon-backups-eu"))).body as List<Backup>;
    expect(page.pagination.count).toBe(50);
  });

  it("leaves completedAt out of a backup that has not finished", async () => {
    const m = await start();
    const { items } = await walk<Backup & { completedAt?: string }>(
      m,
      backupsOf("addon-backups-eu"),
      100,
    );
    const running = items.filter((b) =>
      ["scheduled", "in-progress", "aborting"].includes(b.status),
    );
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((b) => b.completedAt === undefined)).toBe(true);
    const done = items.filter((b) => b.status === "completed");
    expect(done.every((b) => typeof b.completedAt === "string")).toBe(true);
  });

  it("serves only the sample for resources: 0", async () => {
    const m = await start({ providers: { northflank: { resources: 0 } } });
    for (const id of ["addon-backups-eu", "weekly-archive", "unused-destination"]) {
      const { body } = await get(m, backupsOf(id));
      expect(body).toEqual({ data: [], pagination: { hasNextPage: false, count: 0 } });
    }
    expect((await get(m, backupsOf("example-backup-destination"))).body).toEqual(seed);
  });

  it.each([
    ["an unknown destination", backupsOf("nope"), 404, "Backup destination not found"],
    [
      "per_page above 100",
      `${backupsOf("addon-backups-eu")}?per_page=101`,
      400,
      "per_page must be <= 100",
    ],
    ["per_page 0", `${backupsOf("addon-backups-eu")}?per_page=0`, 400, "per_page must be >= 1"],
    ["a page of 0", "/v1/backup-destinations?page=0", 400, "page must be >= 1"],
    ["a page that is not a number", "/v1/backup-destinations?page=x", 400, "page must be integer"],
    [
      "a cursor that is not one",
      `${backupsOf("weekly-archive")}?cursor=abc`,
      400,
      "cursor is not valid for this list",
    ],
    ["an unknown path", "/v1/projects", 404, "Not found"],
  ])("answers %s with Northflank's error envelope", async (_name, path, status, message) => {
    const m = await start();
    const response = await get(m, path);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ error: { status, message, id: expect.any(String) } });
  });

  it("refuses a cursor from another list", async () => {
    const m = await start();
    const { body } = await get(m, `${backupsOf("addon-backups-eu")}?per_page=10`);
    const { cursor } = (body as List<Backup>).pagination;
    const response = await get(m, `${backupsOf("weekly-archive")}?cursor=${cursor}`);
    expect(response.status).toBe(400);
  });

  it.each([
    ["no token", null],
    ["a wrong token", "not-the-token"],
  ])("rejects %s with a 401 envelope that does not echo it", async (_name, token) => {
    const m = await start();
    const response = await get(m, "/v1/backup-destinations", token);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: {
        status: 401,
        message: "Unauthorized: the API token is missing, invalid or expired",
        id: "unauthorized",
      },
    });
    expect(response.text).not.toContain("not-the-token");
  });

  it("answers an injected 429 with Northflank's rate-limit headers", async () => {
    const m = await start({ faults: [{ type: "rate-limit", retryAfterSeconds: 2, times: 1 }] });
    const limited = await get(m, "/v1/backup-destinations");
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: { status: 429, id: "rate-limited" } });
    expect(limited.headers.get("x-ratelimit-reset")).toBe("1");
    expect(limited.headers.get("retry-after")).toBe("2");
    expect((await get(m, "/v1/backup-destinations")).status).toBe(200);
  });

  it("refuses a resource count that is not a whole number", async () => {
    await expect(
      startMockProviders({ providers: { northflank: { resources: 1.5 } } }),
    ).rejects.toThrow(/resources must be a whole number/);
  });
});
