import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createProviderClient,
  type ProviderClientConfig,
  pacerFor,
  RateLimitPacer,
  type RetryEvent,
  unwrap,
} from "../src/index.js";

type Paths = {
  "/things": { get: { responses: { 200: { content: { "application/json": { ok: true } } } } } };
};

/**
 * A loopback server that enforces `limit` requests per clock-aligned window
 * for each bearer token, as a provider's gateway does: `X-RateLimit-Limit`,
 * `-Remaining` and `-Reset` on every answer, 429 with `Retry-After` over it.
 */
async function startLimitedServer(options: {
  limit: number;
  windowMs: number;
  reset: "epoch-seconds" | "delta-seconds";
  headers?: boolean;
}) {
  const windows = new Map<string, { start: number; count: number }>();
  const answered: { status: number; token: string; window: number }[] = [];
  const server: Server = createServer((req, res) => {
    const now = Date.now();
    const start = now - (now % options.windowMs);
    const token = req.headers.authorization ?? "";
    const window = windows.get(token);
    const count = window && window.start === start ? ++window.count : 1;
    if (count === 1) windows.set(token, { start, count });
    const resetAt = start + options.windowMs;
    const status = count > options.limit ? 429 : 200;
    answered.push({ status, token, window: start });
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (options.headers !== false) {
      headers["X-RateLimit-Limit"] = String(options.limit);
      headers["X-RateLimit-Remaining"] = String(Math.max(0, options.limit - count));
      headers["X-RateLimit-Reset"] =
        options.reset === "epoch-seconds"
          ? String(Math.ceil(resetAt / 1000))
          : String(Math.ceil((resetAt - now) / 1000));
    }
    if (status === 429) headers["Retry-After"] = String(Math.ceil((resetAt - now) / 1000));
    res.writeHead(status, headers).end(status === 200 ? '{"ok":true}' : '{"error":"slow down"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  running.push(server);
  return { origin: `http://127.0.0.1:${port}`, answered };
}

const running: Server[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

let tokens = 0;
function client(origin: string, options: Partial<ProviderClientConfig> = {}, token?: string) {
  return createProviderClient<Paths>({
    provider: "example",
    defaultBaseUrl: origin,
    authHeaders: { Authorization: `Bearer ${token ?? `t${++tokens}`}` },
    rateLimitResetHeaders: { "X-RateLimit-Reset": "epoch-seconds" },
    pacerFor,
    ...options,
  });
}

/** Runs `count` GETs, `concurrency` at a time, through `clients` in turn. */
async function listing(clients: ReturnType<typeof client>[], count: number, concurrency: number) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const c = clients[i % clients.length];
      if (!c) throw new Error("no client");
      unwrap(await c.GET("/things"));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Waits until just after a window starts, so a run's windows are whole. */
async function windowStart(windowMs: number) {
  await new Promise((resolve) => setTimeout(resolve, windowMs - (Date.now() % windowMs) + 5));
}

describe("rate-limit pacing on loopback", () => {
  it("a listing of 3×L requests, 4 at a time, draws no 429 under Linode's headers", async () => {
    const server = await startLimitedServer({ limit: 6, windowMs: 2000, reset: "epoch-seconds" });
    await windowStart(2000);
    const started = Date.now();
    await listing([client(server.origin)], 18, 4);
    const elapsed = Date.now() - started;
    expect(server.answered.map((a) => a.status)).toEqual(Array(18).fill(200));
    // The limit sets the floor: the third window opens 4 s after the first. How close
    // to the floor a listing comes is the bench's rate-limit suite, not a test on a shared machine.
    expect(elapsed).toBeGreaterThanOrEqual(3900);
  }, 30_000);

  it("paces Northflank's seconds-until-reset header too", async () => {
    // Whole seconds until the reset can be a second late: windows are told apart by more than that.
    const server = await startLimitedServer({ limit: 5, windowMs: 2000, reset: "delta-seconds" });
    await windowStart(2000);
    const c = client(server.origin, {
      rateLimitResetHeaders: { "x-ratelimit-reset": "delta-seconds" },
    });
    await listing([c], 12, 3);
    expect(server.answered.filter((a) => a.status === 429)).toEqual([]);
    expect(server.answered).toHaveLength(12);
  }, 20_000);

  it("shares one budget between clients holding the same credential", async () => {
    const server = await startLimitedServer({ limit: 5, windowMs: 1000, reset: "epoch-seconds" });
    await windowStart(1000);
    const clients = [client(server.origin, {}, "shared"), client(server.origin, {}, "shared")];
    await listing(clients, 15, 6);
    expect(server.answered.filter((a) => a.status === 429)).toEqual([]);
    expect(server.answered).toHaveLength(15);
  });

  it("does not slow one credential for another's exhausted window", async () => {
    // An hour's window, waited for in full: were the budgets shared, "idle" would wait an hour.
    const server = await startLimitedServer({
      limit: 3,
      windowMs: 3_600_000,
      reset: "epoch-seconds",
    });
    const patient = { rateLimit: { maxWaitMs: 7_200_000 } };
    await listing([client(server.origin, patient, "busy")], 3, 1);
    const started = Date.now();
    await listing([client(server.origin, patient, "idle")], 3, 1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(server.answered.filter((a) => a.status === 429)).toEqual([]);
  });

  it("without pacing, the same listing draws 429s (and retries them after Retry-After)", async () => {
    const server = await startLimitedServer({ limit: 4, windowMs: 1000, reset: "epoch-seconds" });
    // The server's windows on a fake Date that stands still at a window's start: the six
    // requests fall in one window however slow the machine, and each retry (after a real
    // Retry-After wait) moves the date on by what the client waits, into a fresh window.
    vi.useFakeTimers({ toFake: ["Date"], now: 1_700_000_000_000 });
    try {
      const retry = { onRetry: (e: RetryEvent) => vi.advanceTimersByTime(e.delayMs) };
      await listing([client(server.origin, { rateLimit: false, retry })], 6, 3);
    } finally {
      vi.useRealTimers();
    }
    // The fifth request is over the limit; the sixth may come before or after the date moves.
    const statuses = server.answered.map((a) => a.status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 429]);
    expect(statuses.filter((s) => s === 200)).toHaveLength(6);
  });

  it("backs off on a 429 as before when the provider sends no rate-limit headers", async () => {
    const server = await startLimitedServer({
      limit: 2,
      windowMs: 1000,
      reset: "epoch-seconds",
      headers: false,
    });
    await windowStart(1000);
    await listing([client(server.origin)], 3, 3);
    const statuses = server.answered.map((a) => a.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
  });

  it("does not wait longer than rateLimit.maxWaitMs: the request goes and the provider decides", async () => {
    const server = await startLimitedServer({
      limit: 1,
      windowMs: 3_600_000,
      reset: "epoch-seconds",
    });
    const c = client(server.origin, { rateLimit: { maxWaitMs: 100 }, retry: false });
    unwrap(await c.GET("/things"));
    const started = Date.now();
    await expect(c.GET("/things").then(unwrap)).rejects.toMatchObject({ status: 429 });
    expect(Date.now() - started).toBeLessThan(10_000); // not the hour until the reset
  });

  it("rejects an invalid rateLimit.maxWaitMs", () => {
    expect(() => client("http://127.0.0.1:9", { rateLimit: { maxWaitMs: -1 } })).toThrow(
      "example: rateLimit.maxWaitMs is invalid: -1",
    );
  });

  it("gives up waiting when the caller aborts", async () => {
    const server = await startLimitedServer({
      limit: 1,
      windowMs: 3_600_000,
      reset: "epoch-seconds",
    });
    // The window resets within the hour: a wait that long is allowed here.
    const c = client(server.origin, { rateLimit: { maxWaitMs: 7_200_000 } });
    unwrap(await c.GET("/things"));
    const controller = new AbortController();
    const pending = c.GET("/things", { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 50);
    await expect(pending).rejects.toThrow("stop");
    expect(server.answered).toHaveLength(1);
  });
});

describe("RateLimitPacer", () => {
  const reset: [string, "epoch-seconds"] = ["x-ratelimit-reset", "epoch-seconds"];
  const at = Date.UTC(2026, 0, 1, 0, 0, 10);
  const said = (remaining: number, resetSeconds: number) =>
    new Headers({
      "x-ratelimit-limit": "3",
      "x-ratelimit-remaining": String(remaining),
      "x-ratelimit-reset": String(resetSeconds),
    });
  const resetAt = at / 1000 + 2;

  it("sends the first request alone, then is never in the way of a provider that says no limit", () => {
    const pacer = new RateLimitPacer();
    expect(pacer.ready(at)).toBe(true);
    pacer.take();
    expect(pacer.ready(at)).toBe(false);
    pacer.answered(new Headers(), reset, at);
    for (let i = 0; i < 1000; i++) {
      expect(pacer.ready(at)).toBe(true);
      pacer.take();
    }
  });

  it("lets the others go when the first request gets no answer", () => {
    const pacer = new RateLimitPacer();
    pacer.take();
    pacer.dropped();
    expect(pacer.ready(at)).toBe(true);
    expect(pacer.inFlight).toBe(0);
  });

  it("counts what it sent and what the provider counted, whichever is more", () => {
    const pacer = new RateLimitPacer();
    pacer.take();
    pacer.answered(said(2, resetAt), reset, at);
    expect(pacer.ready(at)).toBe(true);
    // Another process took one more: the provider's count wins.
    pacer.take();
    pacer.answered(said(0, resetAt), reset, at + 10);
    expect(pacer.ready(at + 10)).toBe(false);
    // The window resets: a request may go again.
    expect(pacer.ready(resetAt * 1000)).toBe(true);
  });

  it("ignores a late answer from a window that has passed", () => {
    const pacer = new RateLimitPacer();
    for (let i = 0; i < 4; i++) pacer.take();
    pacer.answered(said(0, resetAt), reset, at);
    // A new window: the 3 requests still in flight may land in it, so they count there.
    expect(pacer.ready(resetAt * 1000)).toBe(false);
    // They come back from the window that passed: they did not count in this one.
    for (let i = 0; i < 3; i++) pacer.answered(said(0, resetAt), reset, resetAt * 1000 + 5);
    expect(pacer.ready(resetAt * 1000 + 5)).toBe(true);
    expect(pacer.sent).toBe(0);
  });

  it("ignores headers it cannot read", () => {
    const pacer = new RateLimitPacer();
    pacer.take();
    pacer.answered(
      new Headers({
        "x-ratelimit-limit": "ten",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": "1",
      }),
      reset,
      at,
    );
    pacer.take();
    pacer.answered(
      new Headers({ "x-ratelimit-limit": "3", "x-ratelimit-remaining": "0" }),
      reset,
      at,
    );
    expect(pacer.ready(at)).toBe(true);
    expect(pacer.inFlight).toBe(0);
  });
});
