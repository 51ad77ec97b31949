/**
 * The attempt loop's deadlines and waits, measured: a deadline fires near its
 * time (not merely at some point), it applies to a caller's own fetch too,
 * and the backoff between attempts is the computed delay, not zero.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createProviderClient,
  type ProviderClientConfig,
  type RetryEvent,
  TimeoutError,
  unwrap,
} from "../src/index.js";
import { type FaultServer, hang, replyJson, startFaultServer } from "./support/fault-server.js";

type Paths = {
  "/things": { get: { responses: { 200: { content: { "application/json": unknown[] } } } } };
};

let server: FaultServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

/** A fetch that answers only by failing when its request's signal aborts; it records what it got. */
function fetchThatHangs(seen: Request[]) {
  return (request: Request) =>
    new Promise<Response>((_resolve, reject) => {
      seen.push(request);
      request.signal.addEventListener("abort", () => reject(request.signal.reason));
    });
}

function client(options: Partial<ProviderClientConfig>) {
  return createProviderClient<Paths>({
    provider: "example",
    defaultBaseUrl: "http://127.0.0.1:9",
    authHeaders: { Authorization: "Bearer deadline-test-token" },
    ...options,
  });
}

describe("deadlines", () => {
  it("apply to the client's own fetch, and fire near their time", async () => {
    const seen: Request[] = [];
    const started = performance.now();
    const error = await client({ fetch: fetchThatHangs(seen), timeoutMs: 300, retry: false })
      .GET("/things")
      .catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 300, attempts: 1 });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(3000);
    expect(seen.map((r) => [r.method, r.url, r.signal.aborted])).toEqual([
      ["GET", "http://127.0.0.1:9/things", true],
    ]);
  });

  it("apply to a call's own fetch, on every attempt", async () => {
    const seen: Request[] = [];
    const events: RetryEvent[] = [];
    const error = await client({
      timeoutMs: 150,
      retry: { maxAttempts: 2, baseDelayMs: 0, onRetry: (e) => events.push(e) },
    })
      .GET("/things", { fetch: fetchThatHangs(seen) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 2 });
    expect(seen).toHaveLength(2);
    expect(events.map((e) => [e.attempt, e.status, e.reason, e.delayMs])).toEqual([
      [1, null, "no answer within 150 ms", 0],
    ]);
  });

  it("fire on a server that sends nothing, near their time", async () => {
    server = await startFaultServer([hang()]);
    const started = performance.now();
    const error = await client({ defaultBaseUrl: server.origin, timeoutMs: 250, retry: false })
      .GET("/things")
      .catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(240);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe("the wait between attempts", () => {
  it("is the computed backoff, and the requests are that far apart", async () => {
    // Full jitter draws from [0, base · 2^n): a draw of 0.5 makes the waits 40 and 80 ms.
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const unavailable = replyJson(503, "{}");
    server = await startFaultServer([unavailable, unavailable, replyJson(200, "[]")]);
    const events: RetryEvent[] = [];
    const result = await client({
      defaultBaseUrl: server.origin,
      retry: { baseDelayMs: 80, onRetry: (e) => events.push(e) },
    }).GET("/things");
    expect(unwrap(result)).toEqual([]);
    expect(events.map((e) => e.delayMs)).toEqual([40, 80]);
    const [first, second, third] = server.requests.map((r) => r.at);
    expect((second as number) - (first as number)).toBeGreaterThanOrEqual(35);
    expect((third as number) - (second as number)).toBeGreaterThanOrEqual(75);
  });
});
