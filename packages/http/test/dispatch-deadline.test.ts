/**
 * Deadlines kept by the dispatcher (plan.ts's `dispatchDeadline`): a planned
 * call to Node's own fetch goes without a signal of its own, and its deadline
 * still ends a request that hangs, a body that stalls, a request that never
 * gets a connection and a redirect's next hop, each near its time, with the
 * socket closed; a caller's signal still cancels.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as realTimePause } from "node:timers/promises";
import { until } from "@backupkit/test-support";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createProviderClient,
  type ProviderClientConfig,
  TimeoutError,
  TransportError,
  unwrap,
} from "../src/index.js";
import { dispatchDeadline, type PlannedRequest, plannerFor } from "../src/plan.js";

type Paths = {
  "/things": { get: { responses: { 200: { content: { "application/json": unknown } } } } };
};

/** undici's dispatcher and handler, as far as these tests drive them. */
interface Handler {
  onConnect(abort: (error: Error) => void): void;
  onError(error: Error): void;
}
interface Dispatcher {
  dispatch(options: object, handler: Handler): boolean;
}

const servers: Server[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/**
 * A loopback server playing `answer` per request; it counts the sockets that
 * closed, so a test can tell that a request was ended and not merely given up on.
 */
async function serve(answer: (path: string, res: import("node:http").ServerResponse) => void) {
  const seen = { requests: 0, closed: 0 };
  const server = createServer((req, res) => {
    seen.requests++;
    req.socket.once("close", () => seen.closed++);
    answer(req.url ?? "", res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

function clientOn(origin: string, options: Partial<ProviderClientConfig> = {}) {
  return createProviderClient<Paths>({
    provider: "example",
    defaultBaseUrl: origin,
    authHeaders: { Authorization: "Bearer dispatch-deadline-token" },
    retry: false,
    ...options,
  });
}

/** Runs `call` and measures it: its outcome, or the error it threw, and how long it took. */
async function timed(call: () => Promise<unknown>) {
  const started = performance.now();
  const outcome = await call().catch((error: unknown) => error);
  return { outcome, elapsed: performance.now() - started };
}

// Node's fetch makes its global dispatcher when it first runs; until then the deadline is a signal.
beforeAll(async () => {
  const { origin } = await serve((_path, res) => res.end("{}"));
  await (await fetch(origin)).text();
});

describe("dispatchDeadline", () => {
  const planned = plannerFor()("http://127.0.0.1:65000/things", {
    method: "GET",
    headers: new Headers(),
    body: null,
  } as PlannedRequest);

  it("is for planned calls only: a Request keeps the signal it follows", () => {
    expect(
      dispatchDeadline(new Request("http://127.0.0.1:65000/things"), { timeoutMs: 1000 }, []),
    ).toBeUndefined();
  });

  it("is used for Node's own fetch, with at most one signal to follow", () => {
    const caller = new AbortController().signal;
    const deadline = dispatchDeadline(planned, { timeoutMs: 1000 }, [undefined, caller]);
    expect(deadline?.signal).toBe(caller);
    deadline?.end();
    const alone = dispatchDeadline(planned, { timeoutMs: 1000 }, [undefined, undefined]);
    expect(alone?.signal.aborted).toBe(false);
    alone?.end();
    const both = dispatchDeadline(planned, { timeoutMs: 1000 }, [
      caller,
      new AbortController().signal,
    ]);
    expect(both).toBeUndefined();
  });

  it("is not used for a fetch swapped in after it loaded, which may not use a dispatcher", () => {
    const original = globalThis.fetch;
    globalThis.fetch = (async () => Response.json({})) as typeof fetch;
    try {
      expect(dispatchDeadline(planned, { timeoutMs: 1000 }, [])).toBeUndefined();
    } finally {
      globalThis.fetch = original;
    }
  });
});

describe("a planned call's deadline, kept by the dispatcher", () => {
  it("ends a request the server never answers, near its time, and closes its socket", async () => {
    const { origin, seen } = await serve(() => {});
    const { outcome, elapsed } = await timed(() =>
      clientOn(origin, { timeoutMs: 200 }).GET("/things"),
    );
    expect(outcome).toBeInstanceOf(TimeoutError);
    expect((outcome as TimeoutError).message).toContain("no answer within 200 ms");
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(3000);
    await until(() => seen.closed === 1, "the server sees the socket closed");
  });

  it("ends a body that stalls after the headers, and closes its socket", async () => {
    const { origin, seen } = await serve((_path, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"partial":');
    });
    const { outcome, elapsed } = await timed(() =>
      clientOn(origin, { timeoutMs: 200 }).GET("/things"),
    );
    expect(outcome).toBeInstanceOf(TimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(3000);
    await until(() => seen.closed === 1, "the server sees the socket closed");
  });

  it("covers every redirect hop of an attempt together, not each hop afresh", async () => {
    const { origin, seen } = await serve((path, res) => {
      // The first hop answers after 150 ms; the second never does.
      if (path === "/things") {
        setTimeout(() => res.writeHead(302, { location: "/elsewhere" }).end(), 150);
      }
    });
    const { outcome, elapsed } = await timed(() =>
      clientOn(origin, { timeoutMs: 250 }).GET("/things"),
    );
    expect(outcome).toBeInstanceOf(TimeoutError);
    expect(seen.requests).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(240);
    expect(elapsed).toBeLessThan(3000);
  });

  it("is retried as any timeout is, and the next attempt gets a deadline of its own", async () => {
    let n = 0;
    const { origin } = await serve((_path, res) => {
      if (++n === 2) res.writeHead(200, { "content-type": "application/json" }).end('{"n":2}');
    });
    const client = clientOn(origin, { timeoutMs: 150, retry: { baseDelayMs: 0 } });
    expect(unwrap(await client.GET("/things"))).toEqual({ n: 2 });
  });

  it("fails a request still waiting for a connection, and aborts it once it gets one", async () => {
    const waiting: Handler[] = [];
    // A dispatcher (a proxy agent, say) that has not connected yet.
    const dispatcher: Dispatcher = {
      dispatch(_options, handler) {
        waiting.push(handler);
        return true;
      },
    };
    const { outcome, elapsed } = await timed(() =>
      clientOn("http://127.0.0.1:65000", { timeoutMs: 150, dispatcher }).GET("/things"),
    );
    expect(outcome).toBeInstanceOf(TimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(3000);
    // The connection comes late: the request is aborted at once (its failure already reported).
    const aborted: Error[] = [];
    const handler = waiting[0] as Handler;
    handler.onConnect((error) => {
      aborted.push(error);
      handler.onError(error);
    });
    // By the deadline, not by fetch's own handler, which would abort with an AbortError.
    expect(aborted.map((error) => error.message)).toEqual(["deadline"]);
  });

  it("hands the request to the client's dispatcher, which sends it", async () => {
    const { origin } = await serve((_path, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'),
    );
    const global = (globalThis as Record<symbol, unknown>)[
      Symbol.for("undici.globalDispatcher.1")
    ] as Dispatcher;
    const paths: unknown[] = [];
    const dispatcher: Dispatcher = {
      dispatch(options, handler) {
        paths.push((options as { path: string }).path);
        return global.dispatch(options, handler);
      },
    };
    expect(unwrap(await clientOn(origin, { dispatcher }).GET("/things"))).toEqual({ ok: true });
    expect(paths).toEqual(["/things"]);
  });

  it("leaves a caller's cancel a cancel, not a timeout", async () => {
    const { origin } = await serve(() => {});
    const controller = new AbortController();
    const reason = new Error("the caller cancelled");
    const call = clientOn(origin, { timeoutMs: 5000 }).GET("/things", {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(reason), 50);
    const outcome = await call.catch((error: unknown) => error);
    expect(outcome).toBe(reason);
    expect(outcome).not.toBeInstanceOf(TransportError);
  });
});

describe("the timer that watches every planned attempt's deadline", () => {
  it("fires each deadline at its own time, an earlier one set after a later one too", async () => {
    const { origin, seen } = await serve(() => {});
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    const settled: string[] = [];
    const call = (name: string, timeoutMs: number) =>
      clientOn(origin, { timeoutMs })
        .GET("/things")
        .catch((error: unknown) => error)
        .finally(() => settled.push(name));
    const late = call("late", 600);
    const early = call("early", 150);
    await until(() => seen.requests === 2, "both requests reach the server");
    await vi.advanceTimersByTimeAsync(150);
    expect(await early).toBeInstanceOf(TimeoutError);
    expect(settled).toEqual(["early"]);
    await vi.advanceTimersByTimeAsync(449);
    expect(settled).toEqual(["early"]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await late).toBeInstanceOf(TimeoutError);
    expect(settled).toEqual(["early", "late"]);
  });

  it("does not fire a deadline whose attempt has ended", async () => {
    const { origin } = await serve((_path, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'),
    );
    const client = clientOn(origin, { timeoutMs: 100 });
    expect(unwrap(await client.GET("/things"))).toEqual({ ok: true });
    // Past the first call's deadline, the next call is answered as usual.
    await realTimePause(150);
    expect(unwrap(await client.GET("/things"))).toEqual({ ok: true });
  });

  it("is set again on timers swapped in since (a fake clock), and back on real ones", async () => {
    const { origin, seen } = await serve(() => {});
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    const onFakeClock = clientOn(origin, { timeoutMs: 10_000 })
      .GET("/things")
      .catch((error: unknown) => error);
    await until(() => seen.requests === 1, "the request reaches the server");
    vi.advanceTimersByTime(10_000);
    expect(await onFakeClock).toBeInstanceOf(TimeoutError);
    vi.useRealTimers();
    const { outcome, elapsed } = await timed(() =>
      clientOn(origin, { timeoutMs: 150 }).GET("/things"),
    );
    expect(outcome).toBeInstanceOf(TimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(3000);
  });
});
