/**
 * How attempts are sent: the `queue` option (attempts wait for a slot, and
 * their deadline starts only then) and the `dispatcher` handed to Node's fetch.
 */
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { until } from "@backupkit/test-support";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createProviderClient, type RateLimitPacer, unwrap } from "../src/index.js";

type Paths = {
  "/slow": { get: { responses: { 200: { content: { "application/json": { n: number } } } } } };
};

/** A queue of `slots` at a time, like p-limit's; `idle()` when nothing runs or waits. */
function limiter(slots: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const queue = async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
  return Object.assign(queue, { idle: () => active === 0 && waiting.length === 0 });
}

let server: Server | undefined;
afterEach(async () => {
  vi.useRealTimers();
  const open = server;
  server = undefined;
  if (!open) return;
  open.closeAllConnections();
  await new Promise((resolve) => open.close(resolve));
});

/** Answers every request after `delayMs`, and records the most requests it held at once. */
async function slowServer(delayMs: number) {
  const seen = { requests: 0, inFlight: 0, most: 0 };
  server = createServer((_req, res) => {
    seen.requests++;
    seen.most = Math.max(seen.most, ++seen.inFlight);
    setTimeout(() => {
      seen.inFlight--;
      res.writeHead(200, { "content-type": "application/json" }).end(`{"n":${seen.requests}}`);
    }, delayMs);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return { seen, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Holds every request until the test answers the oldest (`answer()`), and
 * records the most requests it held at once: how long a request takes is the
 * test's to say, not the machine's.
 */
async function heldServer() {
  const seen = { requests: 0, inFlight: 0, most: 0 };
  const held: ServerResponse[] = [];
  server = createServer((_req, res) => {
    seen.requests++;
    seen.most = Math.max(seen.most, ++seen.inFlight);
    held.push(res);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return {
    seen,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answer() {
      const res = held.shift();
      if (!res) throw new Error("no request is held");
      seen.inFlight--;
      res.writeHead(200, { "content-type": "application/json" }).end(`{"n":${seen.requests}}`);
    },
  };
}

describe("queue", () => {
  it("starts each attempt's deadline when it leaves the queue, not when it joins", async () => {
    const { seen, origin, answer } = await heldServer();
    const client = createProviderClient<Paths>({
      provider: "example",
      defaultBaseUrl: origin,
      authHeaders: {},
      timeoutMs: 4000,
      retry: false,
      queue: limiter(1),
    });
    // Deadlines on a fake clock, moved 3 s while each request holds the only slot: the
    // last of seven leaves the queue 18 s after it joined, well past its 4 s deadline.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const results = Promise.all(Array.from({ length: 7 }, () => client.GET("/slow").then(unwrap)));
    for (let n = 1; n <= 7; n++) {
      await until(() => seen.requests === n, `request ${n} at the server`);
      vi.advanceTimersByTime(3000);
      answer();
    }
    expect(await results).toHaveLength(7);
    expect(seen).toMatchObject({ requests: 7, most: 1 });
  });

  it("lets the caller's signal end the wait in the queue", async () => {
    const { seen, origin, answer } = await heldServer();
    const queue = limiter(1);
    const client = createProviderClient<Paths>({
      provider: "example",
      defaultBaseUrl: origin,
      authHeaders: {},
      queue,
    });
    const first = client.GET("/slow");
    await until(() => seen.requests === 1, "the first request at the server");
    const controller = new AbortController();
    const second = client.GET("/slow", { signal: controller.signal });
    controller.abort();
    // While the first request, and so the slot, is still held.
    await expect(second).rejects.toMatchObject({ name: "AbortError" });
    answer();
    await first;
    // The cancelled request, given the slot at last, was never sent.
    await until(() => queue.idle(), "the queue empty");
    expect(seen.requests).toBe(1);
  });
});

describe("rate-limit pacing and the queue", () => {
  it("waits for its window before it joins the queue, so it holds no slot meanwhile", async () => {
    const { origin } = await slowServer(1);
    const queue = limiter(1);
    let windowOpens: () => void = () => {};
    let waitingForWindow = false;
    // A window already used up: the paced request waits until the test opens it.
    const exhausted = {
      ready: () => false,
      take: () => {},
      dropped: () => {},
      answered: () => {},
      wait: () =>
        new Promise<void>((resolve) => {
          waitingForWindow = true;
          windowOpens = resolve;
        }),
    } as unknown as RateLimitPacer;
    const paced = createProviderClient<Paths>({
      provider: "paced",
      defaultBaseUrl: origin,
      authHeaders: {},
      queue,
      pacerFor: () => exhausted,
    });
    const other = createProviderClient<Paths>({
      provider: "other",
      defaultBaseUrl: origin,
      authHeaders: {},
      queue,
    });
    const waiting = paced.GET("/slow");
    await until(() => waitingForWindow, "the paced request waiting for its window");
    // Another provider's request gets the only slot while the paced one waits for its window.
    expect(unwrap(await other.GET("/slow"))).toEqual({ n: 1 });
    windowOpens();
    expect(unwrap(await waiting)).toEqual({ n: 2 });
  });
});

describe("dispatcher", () => {
  it("goes to the global fetch with every attempt, which follows no redirect itself", async () => {
    const { origin } = await slowServer(1);
    const dispatcher = { name: "a proxy agent" };
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(async () => Response.json({ n: 1 }));
    try {
      const client = createProviderClient<Paths>({
        provider: "example",
        defaultBaseUrl: origin,
        authHeaders: {},
        dispatcher,
      });
      expect(unwrap(await client.GET("/slow"))).toEqual({ n: 1 });
      // A call without a body goes as its URL and an init, with no Request made for it.
      expect(fetch).toHaveBeenCalledWith(
        expect.anything(),
        expect.objectContaining({ dispatcher, redirect: "manual", method: "GET" }),
      );
      const [sent] = fetch.mock.calls[0] ?? [];
      expect(sent).not.toBeInstanceOf(Request);
      expect(String(sent)).toBe(`${origin}/slow`);
    } finally {
      fetch.mockRestore();
    }
  });
});

describe("a caller's own fetch", () => {
  it("gets requests that follow no redirect by themselves", async () => {
    const seen: RequestRedirect[] = [];
    const client = createProviderClient<Paths>({
      provider: "example",
      defaultBaseUrl: "http://127.0.0.1:9",
      authHeaders: {},
      fetch: async (request) => {
        seen.push(request.redirect);
        return Response.json({ n: 1 });
      },
    });
    expect(unwrap(await client.GET("/slow"))).toEqual({ n: 1 });
    expect(seen).toEqual(["manual"]);
  });
});
