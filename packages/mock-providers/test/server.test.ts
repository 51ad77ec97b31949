import { until } from "@backupkit/test-support";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type MockProviderDefinition,
  type MockProviders,
  mockProviders,
  startMockProviders,
} from "../src/index.js";
import { get } from "./helpers.js";

let mock: MockProviders | undefined;
async function start(options: Parameters<typeof startMockProviders>[0] = {}) {
  mock = await startMockProviders({ providers: ["linode"], ...options });
  return mock;
}
afterEach(async () => {
  vi.useRealTimers();
  await mock?.close();
  mock = undefined;
});

/** A Linode mock whose one route sends whatever body the test wants. */
function linodeSending(body: unknown, path = "/linode/instances"): MockProviderDefinition {
  return {
    id: "linode",
    create: () => ({
      credentials: { token: "t" },
      authorize: () => null,
      error: (status, reason) => ({ status, body: { errors: [{ reason }] } }),
      routes: [{ method: "GET", path, handle: () => ({ status: 200, body }) }],
    }),
  };
}

describe("startMockProviders", () => {
  it("starts every provider by default, each on its own loopback port", async () => {
    const m = await startMockProviders();
    mock = m;
    expect(Object.keys(m.providers)).toEqual(mockProviders.map((d) => d.id));
    for (const endpoint of Object.values(m.providers)) {
      // A spec whose server has no path (Northflank, OnApp) is served at the root.
      expect(endpoint.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+(\/|$)/);
    }
  });

  it("refuses an unknown provider id", async () => {
    await expect(startMockProviders({ providers: ["aws"] })).rejects.toThrow(
      /unknown mock provider "aws"; known: linode/,
    );
  });

  it("refuses a route that the spec does not declare", async () => {
    const definition = linodeSending({}, "/linode/volumes");
    await expect(startMockProviders({ definitions: [definition] })).rejects.toThrow(
      "mock linode: route GET /linode/volumes is not in specs/linode/openapi.yaml",
    );
  });

  it("answers 500 naming the spec, operation and field when a response breaks the spec", async () => {
    const m = await start({
      definitions: [linodeSending({ data: [{ id: "x" }], page: 1, pages: 1, results: 1 })],
    });
    const response = await get(m, "/linode/instances", "t");
    expect(response.status).toBe(500);
    expect(response.text).toBe(
      "mock linode: the response does not match specs/linode/openapi.yaml: " +
        "GET /linode/instances 200 application/json: /data/0/id must be integer",
    );
    expect(m.failures).toEqual([response.text]);
  });

  it("reports a handler that throws as a 500 and a failure", async () => {
    const definition: MockProviderDefinition = {
      id: "linode",
      create: () => ({
        ...linodeSending({}).create({ seed: 1 }),
        routes: [
          {
            method: "GET",
            path: "/linode/instances",
            handle: () => {
              throw new Error("boom");
            },
          },
        ],
      }),
    };
    const m = await start({ definitions: [definition] });
    const response = await get(m, "/linode/instances", "t");
    expect(response.status).toBe(500);
    expect(m.failures).toEqual([
      "mock linode: the GET /linode/instances handler failed: Error: boom",
    ]);
  });

  it("adds latency to every response", async () => {
    const m = await start({ latencyMs: { linode: 60 } });
    const started = performance.now();
    await get(m, "/linode/instances");
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("logs requests and the most it had in flight at once", async () => {
    const m = await start({ latencyMs: 300 });
    // The latency is a setTimeout: on a fake clock the three are held until it moves.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let answered = 0;
    const calls = [1, 2, 3].map(() => get(m, "/linode/instances").finally(() => answered++));
    await until(() => m.maxInFlight.linode === 3, "three requests in flight at once");
    expect(answered).toBe(0);
    vi.advanceTimersByTime(300);
    await Promise.all(calls);
    expect(m.maxInFlight.linode).toBe(3);
    expect(m.requests).toHaveLength(3);
    expect(m.requests[0]).toEqual({
      provider: "linode",
      method: "GET",
      url: "/v4/linode/instances",
      status: 200,
    });
  });
});

describe("faults", () => {
  it("answers 429 with Retry-After and Linode's error body", async () => {
    const m = await start({ faults: [{ type: "rate-limit", retryAfterSeconds: 3 }] });
    const response = await get(m, "/linode/instances");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(response.body).toEqual({ errors: [{ reason: "Too many requests" }] });
  });

  it("answers a scripted 5xx with the provider's error body", async () => {
    const m = await start({ faults: [{ type: "status", status: 503, message: "Maintenance" }] });
    const response = await get(m, "/linode/instances");
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ errors: [{ reason: "Maintenance" }] });
    expect(m.failures).toEqual([]);
  });

  it("fires after N requests, for M requests, then lets them through", async () => {
    const m = await start({ faults: [{ type: "status", status: 500, after: 1, times: 2 }] });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(m, "/linode/instances")).status);
    expect(statuses).toEqual([200, 500, 500, 200]);
  });

  it.each([
    ["a path template", "/linode/instances/{linodeId}/backups", [200, 503, 503]],
    ["a concrete path", "/linode/instances/123/backups", [200, 503, 404]],
    ["a RegExp", /\/backups$/, [200, 503, 503]],
  ])("applies per path, given %s", async (_name, path, want) => {
    const m = await start({ faults: [{ type: "status", status: 503, path }] });
    const got = [];
    for (const p of [
      "/linode/instances",
      "/linode/instances/123/backups",
      "/linode/instances/9/backups",
    ]) {
      got.push((await get(m, p)).status);
    }
    expect(got).toEqual(want);
  });

  it("applies per provider", async () => {
    const m = await start({ faults: [{ type: "status", status: 503, provider: "zcom" }] });
    expect((await get(m, "/linode/instances")).status).toBe(200);
  });

  it("delays one path and answers normally", async () => {
    const m = await start({ faults: [{ type: "delay", ms: 60, path: "/linode/instances" }] });
    const started = performance.now();
    expect((await get(m, "/linode/instances")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("drops the connection on reset", async () => {
    const m = await start({ faults: [{ type: "reset" }] });
    await expect(get(m, "/linode/instances")).rejects.toThrow(/fetch failed/);
    expect(m.requests.at(-1)?.status).toBe("reset");
  });

  it("hangs until the client gives up, and still closes promptly", async () => {
    const m = await start({ faults: [{ type: "hang" }] });
    const signal = AbortSignal.timeout(100);
    await expect(get(m, "/linode/instances", undefined, { signal })).rejects.toThrow(/timeout/i);
    const pending = get(m, "/linode/instances").catch((err: Error) => err.message);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = performance.now();
    await m.close();
    mock = undefined;
    expect(performance.now() - started).toBeLessThan(3000);
    expect(await pending).toMatch(/fetch failed/);
  });
});
