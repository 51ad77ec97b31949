import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { PaginationError, ProviderError } from "@backupkit/http";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  backupDestinationIdOf,
  createNorthflankClient,
  describeNorthflankError,
  listAllBackupDestinations,
  listAllBackups,
  type NorthflankBackup,
  type NorthflankBackupList,
  type NorthflankClient,
} from "../src/index.js";

const TOKEN = "nf-test-token-s3cret";
const seedText = readFileSync(
  new URL("../../../fixtures/northflank/list-backups.seed.json", import.meta.url),
  "utf8",
);
const seed = JSON.parse(seedText) as NorthflankBackupList;
const seedBackup = seed.data[0] as NorthflankBackup;

const backup = (id: string): NorthflankBackup => ({ ...seedBackup, id, name: `Backup ${id}` });

/** Three pages chained by cursor; the middle one is empty, as a cursor API may send. */
const cursorPages: Record<string, unknown> = {
  "": {
    data: [backup("b1"), backup("b2")],
    pagination: { hasNextPage: true, cursor: "c2", count: 2 },
  },
  c2: { data: [], pagination: { hasNextPage: true, cursor: "c3", count: 0 } },
  c3: { data: [backup("b3")], pagination: { hasNextPage: false, count: 1 } },
};

const destinationPages: Record<string, unknown> = {
  "": {
    data: [{ id: "dest-1", name: "First Destination" }],
    pagination: { hasNextPage: true, cursor: "d2", count: 1 },
  },
  // Northflank's official shape: nested, and items without ids.
  d2: {
    data: { backupDestinations: [{ id: "dest-2", name: "Second Destination" }] },
    pagination: { hasNextPage: false, count: 1 },
  },
};

const errorEnvelope = {
  error: { status: 404, message: "Backup destination not found", id: "err-42", details: {} },
};

let baseUrl = "";
const seen: {
  method?: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}[] = [];

function json(res: ServerResponse, status: number, body: unknown, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const cursor = url.searchParams.get("cursor") ?? "";
  seen.push({
    method: req.method,
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
  });
  switch (url.pathname) {
    case "/v1/backup-destinations/seed/backups":
    case "/v1/backup-destinations/dest-1/backups":
      return json(res, 200, seedText);
    case "/v1/backup-destinations/paged/backups":
    case "/v1/backup-destinations/dest-2/backups":
      return json(res, 200, cursorPages[cursor] ?? { error: { message: "bad cursor" } });
    case "/v1/backup-destinations/loop/backups":
      return json(res, 200, {
        data: [backup(`loop-${seen.length}`)],
        pagination: { hasNextPage: true, cursor: "same-cursor", count: 1 },
      });
    case "/v1/backup-destinations/no-cursor/backups":
      return json(res, 200, {
        data: [backup("only")],
        pagination: { hasNextPage: true, count: 1 },
      });
    case "/v1/backup-destinations/not-a-list/backups":
      return json(res, 200, { data: { id: "x" }, pagination: { hasNextPage: false, count: 1 } });
    case "/v1/backup-destinations/limited/backups":
      return json(
        res,
        429,
        { error: { status: 429, message: "Too many requests" } },
        { "x-ratelimit-limit": "1000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1800" },
      );
    case "/v1/backup-destinations/proxy/backups":
      res.writeHead(502, { "content-type": "text/html" });
      return res.end("Bad Gateway\n<html><body>upstream down</body></html>");
    case "/v1/backup-destinations":
    case "/v1/teams/team-a/backup-destinations":
      return json(res, 200, destinationPages[cursor] ?? { error: { message: "bad cursor" } });
    case "/v1/teams/team-a/backup-destinations/dest-2/backups":
      return json(res, 200, cursorPages[cursor] ?? { error: { message: "bad cursor" } });
    default:
      return json(res, 404, errorEnvelope);
  }
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
});

// Retries are quick here; their timing is tested in transport.test.ts.
const client = (): NorthflankClient =>
  createNorthflankClient({ token: TOKEN, baseUrl, retry: { baseDelayMs: 1 } });

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("createNorthflankClient", () => {
  it("sends Authorization: Bearer and returns the typed seed body", async () => {
    const { data, error } = await client().GET(
      "/v1/backup-destinations/{backupDestinationId}/backups",
      { params: { path: { backupDestinationId: "seed" } } },
    );
    expect(error).toBeUndefined();
    expect(data).toEqual(seed);
    expect(seen.at(-1)).toMatchObject({
      method: "GET",
      path: "/v1/backup-destinations/seed/backups",
      headers: {
        authorization: `Bearer ${TOKEN}`,
        "user-agent": expect.stringMatching(/^backupkit\//),
      },
    });
  });

  it("types data from the spec", async () => {
    const { data } = await client().GET("/v1/backup-destinations/{backupDestinationId}/backups", {
      params: { path: { backupDestinationId: "seed" } },
    });
    expectTypeOf(data).toEqualTypeOf<NorthflankBackupList | undefined>();
    expectTypeOf<NorthflankBackup["status"]>().toEqualTypeOf<
      | "scheduled"
      | "in-progress"
      | "completed"
      | "aborting"
      | "aborted"
      | "failed"
      | "not-supported"
    >();
    expectTypeOf<NorthflankBackup["expiredBy"]>().toEqualTypeOf<number | string>();
    expectTypeOf<NorthflankBackup["config"]["size"]>().toEqualTypeOf<string>();
    expect(data?.data[0]?.expiredBy).toBe("1729232400000.0");
    expect(data?.pagination).toEqual({ hasNextPage: false, count: 1 });
  });

  it("returns the error envelope on a 404", async () => {
    const { data, error, response } = await client().GET(
      "/v1/backup-destinations/{backupDestinationId}/backups",
      { params: { path: { backupDestinationId: "nope" } } },
    );
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual(errorEnvelope);
    expect(describeNorthflankError(error)).toEqual({
      code: "err-42",
      message: "Backup destination not found",
    });
  });

  it("exposes the rate-limit headers of a 429", async () => {
    const { error, response } = await client().GET(
      "/v1/backup-destinations/{backupDestinationId}/backups",
      { params: { path: { backupDestinationId: "limited" } } },
    );
    expect(response.status).toBe(429);
    expect(error?.error.message).toBe("Too many requests");
    expect(response.headers.get("x-ratelimit-reset")).toBe("1800");
  });

  it.each([
    ["a missing token", { token: "" }, /token option is required/],
    [
      "a bad base URL",
      { token: "t", baseUrl: "not a url" },
      /baseUrl must be an http or https URL/,
    ],
    [
      "a non-http base URL",
      { token: "t", baseUrl: "ftp://x" },
      /baseUrl must be an http or https URL/,
    ],
  ])("rejects %s", (_name, options, message) => {
    expect(() => createNorthflankClient(options as { token: string })).toThrow(message);
  });
});

describe("describeNorthflankError", () => {
  it.each([
    ["the envelope", errorEnvelope, { code: "err-42", message: "Backup destination not found" }],
    ["an envelope without id", { error: { message: "Nope" } }, { code: null, message: "Nope" }],
    ["an empty envelope", { error: {} }, { code: null, message: null }],
    ["an error that is not an object", { error: "boom" }, { code: null, message: null }],
    [
      "an id that is not a string",
      { error: { id: 7, message: "Nope" } },
      { code: null, message: "Nope" },
    ],
    // Text bodies (a proxy's page) are the transport's to describe.
    ["a text body", "Bad Gateway\n<html></html>", { code: null, message: null }],
    ["an empty text body", "  ", { code: null, message: null }],
    ["nothing", undefined, { code: null, message: null }],
  ])("reads %s", (_name, body, want) => {
    expect(describeNorthflankError(body)).toEqual(want);
  });
});

describe("listAllBackups", () => {
  it("yields the seed backup from a one-page list", async () => {
    const backups = await collect(listAllBackups(client(), { backupDestinationId: "seed" }));
    expect(backups).toEqual(seed.data);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.query.get("per_page")).toBe("100");
    expect(seen[0]?.query.has("cursor")).toBe(false);
  });

  it("follows pagination.cursor across three pages, in order", async () => {
    const backups = await collect(
      listAllBackups(client(), { backupDestinationId: "paged", perPage: 2 }),
    );
    expect(backups.map((b) => b.id)).toEqual(["b1", "b2", "b3"]);
    expect(seen.map((r) => [r.query.get("cursor"), r.query.get("per_page")])).toEqual([
      [null, "2"],
      ["c2", "2"],
      ["c3", "2"],
    ]);
  });

  it("fetches lazily: stopping early sends no further requests", async () => {
    for await (const b of listAllBackups(client(), { backupDestinationId: "paged" })) {
      expect(b.id).toBe("b1");
      break;
    }
    expect(seen).toHaveLength(1);
  });

  it("stops with a PaginationError when the server repeats a cursor forever", async () => {
    const walk = collect(listAllBackups(client(), { backupDestinationId: "loop" }));
    await expect(walk).rejects.toThrow(PaginationError);
    await expect(walk).rejects.toThrow(/sent cursor "same-cursor" again/);
    expect(seen).toHaveLength(2);
  });

  it("stops with a PaginationError on hasNextPage without a cursor, rather than guess", async () => {
    const walk = collect(listAllBackups(client(), { backupDestinationId: "no-cursor" }));
    await expect(walk).rejects.toThrow(PaginationError);
    await expect(walk).rejects.toThrow(/said hasNextPage but sent no cursor/);
    expect(seen).toHaveLength(1);
  });

  it("throws the shared ProviderError with the envelope's message, and never the token", async () => {
    const walk = collect(listAllBackups(client(), { backupDestinationId: "missing" }));
    await expect(walk).rejects.toThrow(ProviderError);
    const error = (await walk.catch((e: unknown) => e)) as ProviderError;
    expect(error.message).toBe(
      "northflank: GET /v1/backup-destinations/{backupDestinationId}/backups failed with 404 Not Found: err-42: Backup destination not found",
    );
    expect(error).toMatchObject({
      provider: "northflank",
      method: "GET",
      path: "/v1/backup-destinations/{backupDestinationId}/backups",
      status: 404,
      code: "err-42",
      providerMessage: "Backup destination not found",
      attempts: 1,
    });
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(error.stack).not.toContain(TOKEN);
  });

  it.each([
    [
      "a 429 asking for a longer wait than the retry cap",
      "limited",
      429,
      1,
      /429 Too Many Requests: Too many requests \(retry after 1800 s\)$/,
    ],
    [
      "a proxy's 502 text page, after retries",
      "proxy",
      502,
      3,
      /502 Bad Gateway: Bad Gateway\n<html>.*\(after 3 attempts\)$/s,
    ],
  ])(
    "throws a ProviderError on %s",
    async (_name, backupDestinationId, status, attempts, message) => {
      const walk = collect(listAllBackups(client(), { backupDestinationId }));
      await expect(walk).rejects.toThrow(ProviderError);
      await expect(walk).rejects.toMatchObject({ status, attempts });
      await expect(walk).rejects.toThrow(message);
      expect(seen).toHaveLength(attempts);
    },
  );

  it.each<[string, (signal: AbortSignal) => AsyncIterable<unknown>]>([
    [
      "listAllBackups",
      (signal) => listAllBackups(client(), { backupDestinationId: "seed", signal }),
    ],
    ["listAllBackupDestinations", (signal) => listAllBackupDestinations(client(), { signal })],
  ])("%s passes its signal on: an aborted walk sends nothing", async (_name, start) => {
    await expect(collect(start(AbortSignal.abort()))).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toHaveLength(0);
  });

  it("stops with a PaginationError on a body whose data is not a list", async () => {
    const walk = collect(listAllBackups(client(), { backupDestinationId: "not-a-list" }));
    await expect(walk).rejects.toThrow(PaginationError);
    await expect(walk).rejects.toThrow(/the response's data is not a list/);
  });

  it.each([
    ["perPage 0", { backupDestinationId: "seed", perPage: 0 }, RangeError],
    ["perPage 101", { backupDestinationId: "seed", perPage: 101 }, RangeError],
    ["perPage 2.5", { backupDestinationId: "seed", perPage: 2.5 }, RangeError],
    ["an empty destination id", { backupDestinationId: " " }, TypeError],
  ])("rejects %s before any request", (_name, options, type) => {
    expect(() => listAllBackups(client(), options)).toThrow(type);
    expect(seen).toHaveLength(0);
  });
});

describe("listAllBackupDestinations", () => {
  it("walks every page, reading both documented data shapes", async () => {
    const destinations = await collect(listAllBackupDestinations(client(), { perPage: 1 }));
    expect(destinations).toEqual([
      { id: "dest-1", name: "First Destination" },
      { id: "dest-2", name: "Second Destination" },
    ]);
    expect(seen.map((r) => [r.path, r.query.get("cursor"), r.query.get("per_page")])).toEqual([
      ["/v1/backup-destinations", null, "1"],
      ["/v1/backup-destinations", "d2", "1"],
    ]);
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("lists every backup of every destination, one page at a time", async () => {
    const nf = client();
    const ids: string[] = [];
    for await (const destination of listAllBackupDestinations(nf)) {
      const backupDestinationId = destination.id ?? "";
      for await (const b of listAllBackups(nf, { backupDestinationId })) ids.push(b.id);
    }
    expect(ids).toEqual(["example-backup", "b1", "b2", "b3"]);
  });

  it("walks a team's destinations and backups at the team-scoped paths", async () => {
    const nf = client();
    const names = (await collect(listAllBackupDestinations(nf, { teamId: "team-a" }))).map(
      (d) => d.name,
    );
    expect(names).toEqual(["First Destination", "Second Destination"]);
    const backups = await collect(
      listAllBackups(nf, { teamId: "team-a", backupDestinationId: "dest-2" }),
    );
    expect(backups.map((b) => b.id)).toEqual(["b1", "b2", "b3"]);
    expect([...new Set(seen.map((r) => r.path))]).toEqual([
      "/v1/teams/team-a/backup-destinations",
      "/v1/teams/team-a/backup-destinations/dest-2/backups",
    ]);
  });

  it.each(["", "team/../x", "a b"])("refuses the teamId %j before any request", (teamId) => {
    expect(() => listAllBackupDestinations(client(), { teamId })).toThrow(TypeError);
    expect(seen).toHaveLength(0);
  });
});

describe("backupDestinationIdOf", () => {
  type Case = [string, { given: { id?: unknown; name?: unknown }; want: unknown }];
  const cases: Case[] = [
    [
      "an id as sent",
      { given: { id: "dest-1", name: "X" }, want: { id: "dest-1", derived: false } },
    ],
    [
      "no id: the name slugified, as Northflank makes ids",
      {
        given: { name: "Example Backup Destination" },
        want: { id: "example-backup-destination", derived: true },
      },
    ],
    [
      "an empty id: the name",
      { given: { id: "", name: "Dumps" }, want: { id: "dumps", derived: true } },
    ],
    ["an id that would change the path", { given: { id: "../x", name: "Dumps" }, want: null }],
    ["an id of the wrong type", { given: { id: 7, name: "Dumps" }, want: null }],
    ["no id and a name that is no id", { given: { name: "Dümps!" }, want: null }],
    ["neither", { given: {}, want: null }],
  ];
  it.each(cases)("reads %s", (_name, { given, want }) => {
    expect(backupDestinationIdOf(given as { name: string })).toEqual(want);
  });
});
