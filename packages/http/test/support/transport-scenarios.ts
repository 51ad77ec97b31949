/**
 * The transport scenarios every provider client must pass, as one table played
 * against the fault server. A provider package's test describes its client in
 * a `ProviderTransportCase` and calls `describeTransportScenarios(case)`.
 *
 * Only types are imported from @backupkit/http's source: at run time the case's
 * own client (built from the package) makes the calls and unwraps, so errors are
 * checked by name and fields rather than `instanceof` across two copies.
 */
import { setTimeout as realTimePause } from "node:timers/promises";
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ResetHeaderFormat, RetryEvent, RetryOptions } from "../../src/index.js";
import {
  dropMidBody,
  type Fault,
  type FaultServer,
  hang,
  reply,
  replyJson,
  resetConnection,
  type SeenRequest,
  stallMidBody,
  startFaultServer,
} from "./fault-server.js";

/** A credential that must never show up in any error or retry event. */
export const SENTINEL_TOKEN = "sentinel-T0KEN-4f9a27c1";

/** A token as long as a Huawei IAM token: cutting text before scrubbing it would leave a prefix. */
export const LONG_TOKEN = `MIIZ${"a1B2c3D4e5".repeat(44)}zQ-_`.slice(0, 450);

/** The credential header values a request carried (Authorization, X-Auth-Token). */
export function credentialsIn(request: SeenRequest): string[] {
  return ["authorization", "x-auth-token"].flatMap((name) => {
    const value = request.headers[name];
    return typeof value === "string" ? [value] : [];
  });
}

/** Fails when any 16 characters in a row of `secret` appear in `value`'s renderings. */
export function expectNoPieceOf(value: unknown, secret: string): void {
  const texts = renderings(value);
  for (let at = 0; at + 16 <= secret.length; at += 8) {
    const piece = secret.slice(at, at + 16);
    for (const text of texts)
      expect(text, `characters ${at}–${at + 16} of a secret`).not.toContain(piece);
  }
}

export interface ClientUnderTest {
  /** The fault server's origin, `http://127.0.0.1:<port>`. */
  origin: string;
  token: string;
  timeoutMs?: number;
  retry?: RetryOptions | false;
  signal?: AbortSignal;
}

export interface ProviderTransportCase<C> {
  provider: string;
  createClient(options: ClientUnderTest): C;
  /** One idempotent GET, unwrapped: resolves to its data or throws the client's error. */
  get(client: C): Promise<unknown>;
  /** The GET's path template, as errors must name it. */
  path: string;
  /** A 2xx body the GET accepts. */
  okBody: string;
  /** The provider's own error body saying `message`, and the code unwrap must read from it. */
  errorBody(message: string): { body: string; code: string | null };
  /** The response header carrying the provider's request id, when it sends one. */
  requestIdHeader?: string;
  /** The provider's rate-limit reset header, when it has one. */
  rateLimitReset?: { header: string; format: ResetHeaderFormat };
  /** A POST, unwrapped, when the provider's spec has one. */
  post?(client: C): Promise<unknown>;
}

type Want =
  | { name: "data" }
  | { name: "ProviderError"; status: number; message: RegExp; code?: string | null }
  | { name: "TransportError"; status: number | null; message: RegExp }
  | { name: "TimeoutError"; message: RegExp };

interface Scenario {
  script: Fault[];
  retry?: RetryOptions | false;
  timeoutMs?: number;
  /** Requests the server must see. */
  requests: number;
  want: Want;
  /** Bounds of each retry's delay, in order. */
  delays?: [number, number][];
  /** Least time between the first and the second request. */
  minGapMs?: number;
  /** Least time the call takes in all. */
  minDurationMs?: number;
  /** Most time the call takes in all. */
  maxDurationMs?: number;
  /** Extra checks on the error. */
  check?: (error: Record<string, unknown>) => void;
}

const html502 =
  "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>" +
  "<body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>\n";

function scenarios<C>(c: ProviderTransportCase<C>): [string, Scenario][] {
  const ok = replyJson(200, c.okBody);
  const error = (status: number, message: string, headers: Record<string, string> = {}) =>
    replyJson(status, c.errorBody(message).body, headers);
  const rows: [string, Scenario][] = [
    [
      "429 with Retry-After, then 200",
      {
        script: [error(429, "Too many requests", { "retry-after": "1" }), ok],
        retry: { maxDelayMs: 2000 },
        requests: 2,
        want: { name: "data" },
        delays: [[1000, 1000]],
        minGapMs: 1000,
      },
    ],
    [
      "503, 502, then 200",
      {
        script: [error(503, "Unavailable"), error(502, "Bad gateway"), ok],
        requests: 3,
        want: { name: "data" },
        delays: [
          [0, 1],
          [0, 2],
        ],
      },
    ],
    [
      "a persistent 500: gives up after maxAttempts with the last status",
      {
        script: [error(503, "Unavailable"), error(500, "Internal error")],
        retry: { maxAttempts: 3 },
        requests: 3,
        want: {
          name: "ProviderError",
          status: 500,
          message: /500.*Internal error.*after 3 attempts/,
        },
      },
    ],
    [
      "a hung socket times out on each attempt",
      {
        script: [hang()],
        timeoutMs: 500,
        retry: { maxAttempts: 2 },
        requests: 2,
        want: { name: "TimeoutError", message: /no answer within 500 ms \(after 2 attempts\)/ },
        // Two deadlines of 500 ms, and the first retry's backoff, 0 with baseDelayMs 1.
        minDurationMs: 1000,
        maxDurationMs: 1000,
      },
    ],
    [
      "a body that stalls after the headers times out",
      {
        script: [stallMidBody(200, c.okBody.slice(0, 5))],
        timeoutMs: 500,
        retry: false,
        requests: 1,
        want: { name: "TimeoutError", message: /no answer within 500 ms$/ },
        minDurationMs: 500,
        maxDurationMs: 500,
      },
    ],
    [
      "a connection dropped mid-body, then 200",
      {
        script: [dropMidBody(200, c.okBody.slice(0, 5)), ok],
        requests: 2,
        want: { name: "data" },
      },
    ],
    [
      "a connection dropped mid-body on every attempt",
      {
        script: [dropMidBody(200, c.okBody.slice(0, 5))],
        retry: { maxAttempts: 2 },
        requests: 2,
        want: { name: "TransportError", status: null, message: /connection error/ },
      },
    ],
    [
      "a connection reset before any response, then 200",
      { script: [resetConnection(), ok], requests: 2, want: { name: "data" } },
    ],
    [
      "a broken JSON 2xx body (not retried)",
      {
        script: [replyJson(200, c.okBody.slice(0, -2)), ok],
        requests: 1,
        want: {
          name: "TransportError",
          status: 200,
          message: /200 response body is not valid JSON/,
        },
      },
    ],
    [
      "an empty 2xx body",
      {
        script: [replyJson(200, "")],
        requests: 1,
        want: {
          name: "TransportError",
          status: 200,
          message: /empty body where JSON was expected/,
        },
      },
    ],
    [
      "an HTML page served as a 200",
      {
        script: [reply(200, html502, { "content-type": "text/html" })],
        requests: 1,
        want: {
          name: "TransportError",
          status: 200,
          message: /is an HTML page \("502 Bad Gateway"\)/,
        },
      },
    ],
    [
      "an HTML 502 page from a proxy",
      {
        script: [reply(502, html502, { "content-type": "text/html" })],
        requests: 3,
        want: {
          name: "ProviderError",
          status: 502,
          message:
            /failed with 502 Bad Gateway: the error body is an HTML page \("502 Bad Gateway"\)/,
        },
      },
    ],
    [
      "a 404 with the provider's error body (not retried)",
      {
        script: [
          error(404, "Not found", c.requestIdHeader ? { [c.requestIdHeader]: "req-42" } : {}),
        ],
        requests: 1,
        want: {
          name: "ProviderError",
          status: 404,
          message: /failed with 404 Not Found: .*Not found/,
          code: c.errorBody("Not found").code,
        },
        check: (e) => {
          expect(e.providerMessage).toMatch(/Not found/);
          expect(e.attempts).toBe(1);
          if (c.requestIdHeader) expect(e.requestId).toBe("req-42");
        },
      },
    ],
    [
      "a 401 whose body echoes the token",
      {
        script: [error(401, `invalid token ${SENTINEL_TOKEN}`)],
        requests: 1,
        want: { name: "ProviderError", status: 401, message: /invalid token \[redacted\]/ },
      },
    ],
    [
      "a 429 asking for a longer wait than maxDelayMs is returned, not waited for",
      {
        script: [error(429, "Too many requests", { "retry-after": "120" }), ok],
        requests: 1,
        want: { name: "ProviderError", status: 429, message: /429.*retry after 120 s/ },
        check: (e) => expect(e.retryAfterMs).toBe(120_000),
      },
    ],
    [
      "retry: false sends once",
      {
        script: [error(503, "Unavailable"), ok],
        retry: false,
        requests: 1,
        want: { name: "ProviderError", status: 503, message: /503/ },
      },
    ],
  ];
  const reset = c.rateLimitReset;
  if (reset) {
    const value =
      reset.format === "epoch-seconds"
        ? // A whole second 0.5 s to 1.5 s ahead: still ahead when the 429 arrives.
          () => String(Math.ceil((Date.now() + 500) / 1000))
        : () => "1";
    rows.push([
      `429 with ${reset.header} (${reset.format}), then 200`,
      {
        // Built per request: the reset time must lie just ahead of the 429.
        script: [reply(429, "", () => ({ [reset.header]: value() })), ok],
        retry: { maxDelayMs: 2000 },
        requests: 2,
        want: { name: "data" },
        // Backoff with baseDelayMs 1 is always 0: a positive delay came from the header.
        delays: [[1, 1500]],
      },
    ]);
  }
  return rows;
}

/** Every place a secret could leak from an error: message, stack, JSON and inspect output. */
export function renderings(value: unknown): string[] {
  const out = [inspect(value, { showHidden: true, depth: Number.POSITIVE_INFINITY })];
  out.push(JSON.stringify(value) ?? "");
  if (value instanceof Error) out.push(value.message, value.stack ?? "", String(value));
  return out;
}

export function expectNoSecret(value: unknown, secret: string = SENTINEL_TOKEN): void {
  for (const text of renderings(value)) expect(text).not.toContain(secret);
}

/**
 * What a fake clock replaces: deadlines, backoffs and Retry-After waits are
 * `setTimeout`s, and times are read from `Date` and `performance`. Sockets keep
 * to real time: Node's http and net use timers of their own.
 */
const FAKED_CLOCK = ["setTimeout", "clearTimeout", "Date", "performance"] as const;

/** A wait of the client's that the test is to end: at `until` on the fake clock, once `ready()`. */
interface ClientWait {
  until: number;
  ready: () => boolean;
}

/**
 * Puts the client's timers on a fake clock that moves only to the end of the
 * client's current wait, and only once that wait is all that is left: a
 * backoff, or a deadline while the server holds the request (hung, or stalled
 * after headers the client has). The rest of the time the test waits for I/O.
 * So no deadline fires before its request has reached the server, a loaded
 * machine stretches no wait, and every duration is exact.
 *
 * The requests are counted through the global fetch, which the transport looks
 * up per request; the client's `onRetry` must say how long it waits (`waits()`).
 * The test's afterEach calls `vi.useRealTimers()` and `vi.unstubAllGlobals()`.
 */
export function clientClock(server: FaultServer, timeoutMs: number) {
  vi.useFakeTimers({ toFake: [...FAKED_CLOCK] });
  let waiting: ClientWait | null = null;
  let sent = 0;
  const fetch = globalThis.fetch;
  vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) => {
    const number = ++sent;
    let answered = false;
    waiting = {
      until: performance.now() + timeoutMs,
      ready: () => {
        const fault = server.requests[number - 1]?.fault;
        return fault === "hang" || (fault === "stall-mid-body" && answered);
      },
    };
    const response = fetch(input, init);
    response.then(
      () => {
        answered = true;
      },
      () => {},
    );
    return response;
  });
  return {
    /** The client waits `ms` from now, on a timer alone (a backoff, say). */
    waits(ms: number): void {
      waiting = { until: performance.now() + ms, ready: () => true };
    },
    async settle<T>(call: Promise<T>): Promise<{ data: T } | { error: unknown }> {
      let settled = false;
      const outcome = call.then(
        (data) => ({ data }),
        (error: unknown) => ({ error }),
      );
      void outcome.then(() => {
        settled = true;
      });
      let ended: ClientWait | null = null;
      while (!settled) {
        // A real-time pause (node:timers/promises), which the fake clock leaves alone.
        await realTimePause(1);
        const wait = waiting;
        if (settled || wait === null || wait === ended || !wait.ready()) continue;
        vi.advanceTimersByTime(Math.max(0, wait.until - performance.now()));
        ended = wait;
      }
      return outcome;
    },
  };
}

export function describeTransportScenarios<C>(c: ProviderTransportCase<C>): void {
  describe(`${c.provider} transport`, () => {
    let server: FaultServer | undefined;
    afterEach(async () => {
      vi.useRealTimers();
      vi.unstubAllGlobals();
      await server?.close();
      server = undefined;
    });

    async function clientFor(script: Fault[], options: Omit<ClientUnderTest, "origin" | "token">) {
      server = await startFaultServer(script);
      return {
        server,
        client: c.createClient({ origin: server.origin, token: SENTINEL_TOKEN, ...options }),
      };
    }

    it.each(scenarios(c))("%s", async (_name, s) => {
      const retries: RetryEvent[] = [];
      let clock: ReturnType<typeof clientClock> | undefined;
      const retry =
        s.retry === false
          ? false
          : {
              baseDelayMs: 1,
              maxDelayMs: 50,
              ...s.retry,
              onRetry: (e: RetryEvent) => {
                retries.push(e);
                clock?.waits(e.delayMs);
              },
            };
      const timeoutMs = s.timeoutMs ?? 2000;
      const { server, client } = await clientFor(s.script, { timeoutMs, retry });
      clock = clientClock(server, timeoutMs);
      const started = performance.now();
      const outcome = await clock.settle(c.get(client));

      const duration = performance.now() - started;
      expect(server.requests).toHaveLength(s.requests);
      if (s.minDurationMs !== undefined) expect(duration).toBeGreaterThanOrEqual(s.minDurationMs);
      if (s.maxDurationMs !== undefined) expect(duration).toBeLessThanOrEqual(s.maxDurationMs);
      for (const request of server.requests) expect(request.method).toBe("GET");
      if (s.want.name === "data") {
        expect(outcome).toHaveProperty("data");
        expect("data" in outcome && outcome.data).toEqual(JSON.parse(c.okBody));
      } else {
        expect(outcome).toHaveProperty("error");
        const error = ("error" in outcome ? outcome.error : undefined) as Error &
          Record<string, unknown>;
        expect(error).toBeInstanceOf(Error);
        expect(error.name).toBe(s.want.name);
        expect(error.message).toMatch(s.want.message);
        expect(error.message).toContain(`${c.provider}: GET ${c.path} failed`);
        expect(error).toMatchObject({ provider: c.provider, method: "GET", path: c.path });
        if ("status" in s.want) expect(error.status).toBe(s.want.status);
        if ("code" in s.want) expect(error.code).toBe(s.want.code);
        // Plain data only: no Request, Response or Headers held by the error.
        for (const value of Object.values(error))
          expect(value === null || typeof value !== "object").toBe(true);
        expectNoSecret(error);
        s.check?.(error);
      }
      expectNoSecret(retries);
      expect(retries).toHaveLength(s.requests - 1);
      s.delays?.forEach(([min, max], i) => {
        expect(retries[i]?.delayMs).toBeGreaterThanOrEqual(min);
        expect(retries[i]?.delayMs).toBeLessThanOrEqual(max);
      });
      const [first, second] = server.requests;
      if (s.minGapMs !== undefined && first && second) {
        expect(second.at - first.at).toBeGreaterThanOrEqual(s.minGapMs);
      }
    });

    it("spends its retry budget and then stops retrying", async () => {
      const { server, client } = await clientFor(
        [replyJson(503, c.errorBody("Unavailable").body)],
        {
          retry: { maxAttempts: 10, baseDelayMs: 1, budget: 10 },
        },
      );
      await expect(c.get(client)).rejects.toMatchObject({
        name: "ProviderError",
        status: 503,
        attempts: 3,
      });
      expect(server.requests).toHaveLength(3);
      await expect(c.get(client)).rejects.toMatchObject({ name: "ProviderError", attempts: 1 });
      expect(server.requests).toHaveLength(4);
    });

    it("stops retrying when the client's signal aborts during a backoff", async () => {
      const controller = new AbortController();
      let clock: ReturnType<typeof clientClock> | undefined;
      // Abort 50 ms into the 5 s wait before the second attempt: the client's wait ends then.
      const onRetry = () => {
        setTimeout(() => controller.abort(), 50);
        clock?.waits(50);
      };
      const { server, client } = await clientFor(
        [replyJson(503, c.errorBody("Unavailable").body, { "retry-after": "5" })],
        { retry: { maxDelayMs: 10_000, onRetry }, signal: controller.signal },
      );
      clock = clientClock(server, 2000);
      const started = performance.now();
      const outcome = await clock.settle(c.get(client));
      expect(outcome).toMatchObject({ error: { name: "AbortError" } });
      expect(performance.now() - started).toBe(50);
      expect(server.requests).toHaveLength(1);
    });

    it("re-sends the same headers, credentials included, on a retry", async () => {
      const { server, client } = await clientFor(
        [replyJson(503, c.errorBody("Unavailable").body), replyJson(200, c.okBody)],
        { retry: { baseDelayMs: 1 } },
      );
      await c.get(client);
      expect(server.requests).toHaveLength(2);
      const [first, second] = server.requests;
      expect(second?.headers).toEqual(first?.headers);
    });

    it("scrubs a 450-character token echoed in every field, whole, before anything is cut", async () => {
      const echo = (request: SeenRequest) => credentialsIn(request).join(" ");
      const requestIdHeader = c.requestIdHeader ?? "X-Request-Id";
      server = await startFaultServer([
        reply(503, "", (r) => ({ [requestIdHeader]: echo(r) }), echo),
        replyJson(200, c.okBody),
        reply(
          401,
          (r) => c.errorBody(`the token ${echo(r)} is not valid`).body,
          (r) => ({
            "content-type": "application/json",
            [requestIdHeader]: echo(r),
          }),
          (r) => `Unauthorized ${echo(r)}`,
        ),
        reply(200, (r) => `<html><title>Hello ${echo(r)}</title></html>`, {
          "content-type": "text/html",
        }),
      ]);
      const retries: RetryEvent[] = [];
      const client = c.createClient({
        origin: server.origin,
        token: LONG_TOKEN,
        retry: { baseDelayMs: 1, onRetry: (e) => retries.push(e) },
      });
      await c.get(client);
      const providerError = await c.get(client).catch((e: unknown) => e);
      const transportError = await c.get(client).catch((e: unknown) => e);
      expect(providerError).toMatchObject({ name: "ProviderError", status: 401 });
      expect(transportError).toMatchObject({ name: "TransportError", status: 200 });
      expect(retries).toHaveLength(1);
      // The server did echo the credential: each place it was put says [redacted] instead.
      expect(server.requests.flatMap(credentialsIn)).not.toEqual([]);
      expect(retries[0]?.reason).toContain("[redacted]");
      expect(providerError).toMatchObject({ requestId: expect.stringContaining("[redacted]") });
      expect(String((providerError as Error).message)).toContain("[redacted]");
      for (const secret of [LONG_TOKEN, ...server.requests.flatMap(credentialsIn)]) {
        expectNoPieceOf([providerError, transportError, retries], secret);
        expectNoPieceOf(providerError, secret);
        expectNoPieceOf(transportError, secret);
      }
    });

    it("follows a redirect on its own origin, credentials included, at most 5 times", async () => {
      const again = reply(302, "", (r) => ({ location: r.url }));
      server = await startFaultServer([again, again, replyJson(200, c.okBody)]);
      const client = c.createClient({ origin: server.origin, token: SENTINEL_TOKEN, retry: false });
      await expect(c.get(client)).resolves.toEqual(JSON.parse(c.okBody));
      expect(server.requests).toHaveLength(3);
      const [first, , last] = server.requests;
      expect(credentialsIn(last as SeenRequest)).toEqual(credentialsIn(first as SeenRequest));
      expect(credentialsIn(last as SeenRequest)).not.toEqual([]);

      await server.close();
      server = await startFaultServer([again]);
      const looping = c.createClient({ origin: server.origin, token: SENTINEL_TOKEN });
      await expect(c.get(looping)).rejects.toMatchObject({
        name: "TransportError",
        message: expect.stringMatching(/redirected with 302 more than 5 times/),
      });
      // The first request and five redirects; not retried.
      expect(server.requests).toHaveLength(6);
    });

    it.each([301, 302, 303, 307, 308])(
      "refuses a %i redirect to another port, which receives no credential",
      async (status) => {
        const elsewhere = await startFaultServer([replyJson(200, c.okBody)]);
        try {
          server = await startFaultServer([
            reply(status, "", { location: `${elsewhere.origin}/collect?from=${status}` }),
          ]);
          const client = c.createClient({ origin: server.origin, token: SENTINEL_TOKEN });
          const error = (await c.get(client).catch((e: unknown) => e)) as Error;
          expect(error).toMatchObject({ name: "TransportError", status });
          expect(error.message).toContain(
            `redirected with ${status} to another origin (${elsewhere.origin}); not followed`,
          );
          // Only the origin is named, not the rest of the URL.
          expect(error.message).not.toContain("/collect");
          expect(elsewhere.requests.flatMap(credentialsIn)).toEqual([]);
          expect(elsewhere.requests).toHaveLength(0);
          expect(server.requests).toHaveLength(1);
        } finally {
          await elsewhere.close();
        }
      },
    );

    const { post } = c;
    if (post) {
      it("does not retry a POST", async () => {
        const { server, client } = await clientFor(
          [replyJson(503, c.errorBody("Unavailable").body), replyJson(200, c.okBody)],
          { retry: { baseDelayMs: 1 } },
        );
        await expect(post(client)).rejects.toMatchObject({ name: "ProviderError", status: 503 });
        expect(server.requests).toHaveLength(1);
        expect(server.requests[0]?.method).toBe("POST");
      });
    }
  });
}
