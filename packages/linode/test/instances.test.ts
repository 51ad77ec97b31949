import { afterEach, describe, expect, it } from "vitest";
import {
  type Fault,
  type FaultServer,
  replyJson,
  startFaultServer,
} from "../../http/test/support/fault-server.js";
import { createLinodeClient, type LinodeInstance, listAllLinodes } from "../src/index.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(script: Fault[]) {
  server = await startFaultServer(script);
  const client = createLinodeClient({
    token: "test-token",
    baseUrl: `${server.origin}/v4`,
    retry: { baseDelayMs: 1 },
  });
  return { server, client };
}

const linode = (id: number): LinodeInstance => ({ id, label: `linode${id}` });
const page = (n: number, pages: number, ids: number[]) =>
  replyJson(200, JSON.stringify({ data: ids.map(linode), page: n, pages, results: ids.length }));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("listAllLinodes", () => {
  it("walks page 1 to pages, asking for each page in turn", async () => {
    const { server, client } = await clientFor([
      page(1, 3, [1, 2]),
      page(2, 3, [3]),
      page(3, 3, [4, 5]),
    ]);
    const ids = (await collect(listAllLinodes(client, { pageSize: 25 }))).map((l) => l.id);
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/v4/linode/instances?page=1&page_size=25",
      "/v4/linode/instances?page=2&page_size=25",
      "/v4/linode/instances?page=3&page_size=25",
    ]);
  });

  it("stops after one request for a single page, or an empty account", async () => {
    const { server, client } = await clientFor([page(1, 1, [])]);
    expect(await collect(listAllLinodes(client))).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("fetches lazily: breaking out early sends no further requests", async () => {
    const { server, client } = await clientFor([page(1, 9, [1, 2]), page(2, 9, [3])]);
    for await (const _ of listAllLinodes(client)) break;
    expect(server.requests).toHaveLength(1);
  });

  it("retries a throttled page and carries on", async () => {
    const { server, client } = await clientFor([
      page(1, 2, [1]),
      replyJson(429, '{"errors":[{"reason":"Too many requests"}]}', { "retry-after": "0" }),
      page(2, 2, [2]),
    ]);
    expect((await collect(listAllLinodes(client))).map((l) => l.id)).toEqual([1, 2]);
    expect(server.requests).toHaveLength(3);
  });

  it("throws the provider's error when a page fails", async () => {
    const { client } = await clientFor([
      page(1, 2, [1]),
      replyJson(401, '{"errors":[{"reason":"Invalid Token"}]}'),
    ]);
    await expect(collect(listAllLinodes(client))).rejects.toThrow(
      "linode: GET /linode/instances failed with 401 Unauthorized: Invalid Token",
    );
  });

  it("stops with an error when the server keeps sending the same page", async () => {
    const { server, client } = await clientFor([page(1, 3, [1])]);
    await expect(collect(listAllLinodes(client))).rejects.toThrow(
      "linode: the server sent a cursor it had sent before; stopped to avoid a loop (after 2 pages and 2 items)",
    );
    expect(server.requests).toHaveLength(2);
  });

  it("stops with an error when the page count never ends", async () => {
    const { client } = await clientFor([
      page(1, 1_000, [1]),
      page(2, 1_000, [2]),
      page(3, 1_000, [3]),
    ]);
    await expect(collect(listAllLinodes(client, { maxPages: 2 }))).rejects.toThrow(
      "linode: stopped at the limit of 2 pages (maxPages) (after 2 pages and 2 items)",
    );
  });

  it.each([
    ["no data array", { page: 1, pages: 1 }],
    ["no page number", { data: [], pages: 1 }],
    ["an error body with 200", { errors: [{ reason: "odd" }] }],
  ])("rejects a body with %s", async (_name, body) => {
    const { client } = await clientFor([replyJson(200, JSON.stringify(body))]);
    await expect(collect(listAllLinodes(client))).rejects.toThrow(
      "linode: GET /linode/instances page 1 is not a page: expected data[], page and pages",
    );
  });

  it("stops when the caller's signal aborts", async () => {
    const { server, client } = await clientFor([page(1, 5, [1]), page(2, 5, [2])]);
    const controller = new AbortController();
    const walk = listAllLinodes(client, { signal: controller.signal });
    await walk.next();
    controller.abort();
    await expect(walk.next()).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(1);
  });
});
