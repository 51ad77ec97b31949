import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createProviderClient,
  type ProviderClientConfig,
  type RetryEvent,
  TimeoutError,
  TransportError,
  unwrap,
} from "../src/index.js";
import {
  type Fault,
  type FaultServer,
  hang,
  replyJson,
  startFaultServer,
} from "./support/fault-server.js";
import { clientClock, expectNoSecret, SENTINEL_TOKEN } from "./support/transport-scenarios.js";

type Thing = { id: number; name: string };
type Paths = {
  "/things": {
    get: { responses: { 200: { content: { "application/json": Thing[] } } } };
    post: {
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 201: { content: { "application/json": Thing } } };
    };
    head: { responses: { 200: { content: never } } };
    delete: { responses: { 204: { content: never } } };
  };
};

let server: FaultServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await server?.close();
  server = undefined;
});

async function setup(script: Fault[], options: Partial<ProviderClientConfig> = {}) {
  server = await startFaultServer(script);
  const client = createProviderClient<Paths>({
    provider: "example",
    defaultBaseUrl: server.origin,
    authHeaders: { Authorization: `Bearer ${SENTINEL_TOKEN}` },
    retry: { baseDelayMs: 1 },
    ...options,
  });
  return { server, client };
}

/** Resolves once `condition` holds, checking every 5 ms. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

const ok = replyJson(200, '[{"id":1,"name":"one"}]');
const unavailable = replyJson(503, '{"message":"try later"}');

describe("retries and request bodies", () => {
  it("re-sends a POST body intact on every attempt when POST is opted in", async () => {
    const { server, client } = await setup(
      [unavailable, unavailable, replyJson(201, '{"id":2,"name":"two"}')],
      { retry: { baseDelayMs: 1, methods: ["GET", "POST"] } },
    );
    const created = unwrap(await client.POST("/things", { body: { name: "two" } }));
    expect(created).toEqual({ id: 2, name: "two" });
    expect(server.requests.map((r) => [r.method, r.body])).toEqual([
      ["POST", '{"name":"two"}'],
      ["POST", '{"name":"two"}'],
      ["POST", '{"name":"two"}'],
    ]);
  });

  it("runs beneath the middleware chain: onRequest and onResponse see one call", async () => {
    const { server, client } = await setup([unavailable, ok]);
    const seen: string[] = [];
    client.use({
      onRequest: () => void seen.push("request"),
      onResponse: ({ response }) => void seen.push(`response ${response.status}`),
    });
    unwrap(await client.GET("/things"));
    expect(server.requests).toHaveLength(2);
    expect(seen).toEqual(["request", "response 200"]);
  });

  it("reports each retry without request details", async () => {
    const events: RetryEvent[] = [];
    const { client } = await setup([unavailable, ok], {
      retry: { baseDelayMs: 1, onRetry: (e) => events.push(e) },
    });
    await client.GET("/things");
    expect(events).toEqual([
      {
        provider: "example",
        method: "GET",
        path: "/things",
        attempt: 1,
        delayMs: 0,
        status: 503,
        reason: "503 Service Unavailable",
      },
    ]);
  });
});

describe("timeouts and cancellation", () => {
  it("gives each request a fresh deadline, however long after creation it is sent", async () => {
    const { server, client } = await setup([ok], { timeoutMs: 1000 });
    unwrap(await client.GET("/things"));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    unwrap(await client.GET("/things"));
    expect(server.requests).toHaveLength(2);
  });

  it("gives each attempt its own deadline: a hung first attempt, then an answer", async () => {
    let clock: ReturnType<typeof clientClock> | undefined;
    const { server, client } = await setup([hang(), ok], {
      timeoutMs: 1000,
      retry: { baseDelayMs: 1, onRetry: (e) => clock?.waits(e.delayMs) },
    });
    clock = clientClock(server, 1000);
    const started = performance.now();
    const outcome = await clock.settle(client.GET("/things").then(unwrap));
    expect(outcome).toEqual({ data: [{ id: 1, name: "one" }] });
    // The first attempt's deadline, and a backoff of 0: the second attempt had its own.
    expect(performance.now() - started).toBe(1000);
    expect(server.requests).toHaveLength(2);
  });

  it("still times out when the garbage collector runs during the attempt", async () => {
    // Node 20's fetch stops following the signal of a Request object that was collected.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const { client } = await setup([hang()], { timeoutMs: 300, retry: false });
    const pending = client.GET("/things").catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 100));
    gc();
    const outcome = await Promise.race([
      pending,
      new Promise((resolve) => setTimeout(() => resolve("still pending"), 2000)),
    ]);
    expect(outcome).toBeInstanceOf(TimeoutError);
  });

  it("throws TimeoutError, a TransportError, naming the call", async () => {
    const { client } = await setup([hang()], { timeoutMs: 250, retry: false });
    const error = await client.GET("/things").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({
      provider: "example",
      method: "GET",
      path: "/things",
      timeoutMs: 250,
    });
  });

  it("lets the caller's signal cancel a request in flight, without retrying it", async () => {
    const { server, client } = await setup([hang(), ok], { timeoutMs: 5000 });
    const controller = new AbortController();
    const pending = client.GET("/things", { signal: controller.signal });
    await until(() => server.requests.length === 1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(1);
  });

  it("lets the caller's signal cancel the wait between retries", async () => {
    const controller = new AbortController();
    let clock: ReturnType<typeof clientClock> | undefined;
    // Abort 50 ms into the 10 s wait before the second attempt: the client's wait ends then.
    const onRetry = () => {
      setTimeout(() => controller.abort(new Error("shutting down")), 50);
      clock?.waits(50);
    };
    const { server, client } = await setup([replyJson(503, "{}", { "retry-after": "10" }), ok], {
      retry: { maxDelayMs: 20_000, onRetry },
    });
    clock = clientClock(server, 2000);
    const started = performance.now();
    const outcome = await clock.settle(client.GET("/things", { signal: controller.signal }));
    expect(outcome).toMatchObject({ error: { message: "shutting down" } });
    expect(performance.now() - started).toBe(50);
    expect(server.requests).toHaveLength(1);
  });

  it("rejects at once when the signal is already aborted", async () => {
    const { server, client } = await setup([ok]);
    await expect(client.GET("/things", { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe("bodies", () => {
  it("returns no data and no error for a 204 and a HEAD", async () => {
    const { client } = await setup([{ kind: "reply", status: 204, headers: {}, body: "" }]);
    const deleted = await client.DELETE("/things");
    expect(deleted.response.status).toBe(204);
    expect(deleted.data).toBeUndefined();
    expect(deleted.error).toBeUndefined();
    const head = await client.HEAD("/things");
    expect(head.response.status).toBe(204);
  });

  it("leaves parseAs text alone, JSON or not", async () => {
    const { client } = await setup([replyJson(200, "not json at all")]);
    const { data } = await client.GET("/things", { parseAs: "text" });
    expect(data).toBe("not json at all");
  });

  it("hands a stream over unread", async () => {
    const { client } = await setup([ok]);
    const { data } = await client.GET("/things", { parseAs: "stream" });
    expect(await new Response(data).text()).toBe('[{"id":1,"name":"one"}]');
  });

  it("parses a JSON body once: openapi-fetch takes the value already parsed", async () => {
    const body = '[{"id":1,"name":"one"}]';
    const { client } = await setup([replyJson(200, body)]);
    const parse = vi.spyOn(JSON, "parse");
    try {
      const { data } = await client.GET("/things");
      expect(data).toEqual([{ id: 1, name: "one" }]);
      expect(parse.mock.calls.filter(([text]) => text === body)).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
  });

  it("reads a JSON body sent without a Content-Length", async () => {
    const fetch = async () => new Response('[{"id":1,"name":"one"}]');
    const client = createProviderClient<Paths>({
      provider: "example",
      defaultBaseUrl: "http://127.0.0.1:9",
      authHeaders: {},
      fetch,
    });
    const { data, response } = await client.GET("/things");
    expect(response.headers.get("content-length")).toBeNull();
    expect(data).toEqual([{ id: 1, name: "one" }]);
  });

  it("leaves the body readable for middleware, registered or per request", async () => {
    const { client } = await setup([ok]);
    const seen: unknown[] = [];
    const reader = {
      onResponse: async ({ response }: { response: Response }) => {
        seen.push(await response.clone().json());
      },
    };
    const { data } = await client.GET("/things", { middleware: [reader] });
    client.use(reader);
    const again = await client.GET("/things");
    expect(seen).toEqual([data, again.data]);
    expect(data).toEqual([{ id: 1, name: "one" }]);
  });

  it("keeps the response URL", async () => {
    const { server, client } = await setup([ok]);
    const { response } = await client.GET("/things");
    expect(response.url).toBe(`${server.origin}/things`);
  });

  it("reads non-strict JSON with parseJson, in error bodies too", async () => {
    const trailingCommas = (text: string) => JSON.parse(text.replace(/,\s*([\]}])/g, "$1"));
    const { client } = await setup(
      [
        {
          kind: "reply",
          status: 200,
          headers: { "content-type": "text/html" },
          body: '[{"id":1,"name":"one",},]',
        },
        {
          kind: "reply",
          status: 404,
          headers: { "content-type": "text/html" },
          body: '{"message":"gone",}',
        },
      ],
      { parseJson: trailingCommas },
    );
    expect(unwrap(await client.GET("/things"))).toEqual([{ id: 1, name: "one" }]);
    const missing = await client.GET("/things");
    expect(missing.error).toEqual({ message: "gone" });
    expect(() => unwrap(missing)).toThrow(/404 Not Found: gone/);
  });

  it("turns a body parseJson cannot read into a TransportError, not a SyntaxError", async () => {
    const { client } = await setup([replyJson(200, "{{{")], {
      parseJson: (text) => JSON.parse(text),
    });
    const error = await client.GET("/things").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ status: 200, attempts: 1 });
  });
});

describe("unwrap", () => {
  it("returns the data of a 2xx", async () => {
    const { client } = await setup([ok]);
    expect(unwrap(await client.GET("/things"))).toEqual([{ id: 1, name: "one" }]);
  });

  it("uses the provider's describeError, and survives one that throws", async () => {
    const describeError = (body: unknown) => {
      const { fault } = body as { fault: { id: string; text: string } };
      return { code: fault.id, message: fault.text };
    };
    const { client } = await setup(
      [
        replyJson(400, '{"fault":{"id":"E1","text":"bad page size"}}'),
        replyJson(400, '{"other":"shape"}'),
      ],
      { describeError },
    );
    await expect(client.GET("/things").then(unwrap)).rejects.toMatchObject({
      message: "example: GET /things failed with 400 Bad Request: E1: bad page size",
      code: "E1",
      providerMessage: "bad page size",
    });
    // describeError throws on this shape: the status is still reported.
    await expect(client.GET("/things").then(unwrap)).rejects.toMatchObject({
      message: "example: GET /things failed with 400 Bad Request",
      status: 400,
      code: null,
      providerMessage: null,
    });
  });

  it("quotes a short plain-text error body", async () => {
    const { client } = await setup([
      {
        kind: "reply",
        status: 403,
        headers: { "content-type": "text/plain" },
        body: "Forbidden by policy",
      },
    ]);
    await expect(client.GET("/things").then(unwrap)).rejects.toThrow(
      "example: GET /things failed with 403 Forbidden: Forbidden by policy",
    );
  });

  it("still throws for a result this package did not make", () => {
    const result = { error: { message: "nope" }, response: new Response("", { status: 418 }) };
    expect(() => unwrap(result)).toThrow(/unknown provider: request .* failed with 418: nope/);
  });

  it("keeps the error's JSON and inspect output to plain, redacted fields", async () => {
    const { client } = await setup([
      replyJson(401, `{"message":"token ${SENTINEL_TOKEN} revoked"}`),
    ]);
    const error = await client
      .GET("/things")
      .then(unwrap)
      .catch((e: unknown) => e);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "ProviderError",
      message: "example: GET /things failed with 401 Unauthorized: token [redacted] revoked",
      provider: "example",
      method: "GET",
      path: "/things",
      status: 401,
      code: null,
      providerMessage: "token [redacted] revoked",
      requestId: null,
      retryAfterMs: null,
      attempts: 1,
    });
    expectNoSecret(error);
  });
});

describe("configuration", () => {
  it.each([
    [
      "credentials in the base URL",
      { baseUrl: `https://user:${SENTINEL_TOKEN}@cloud.example` },
      /baseUrl must be an http or https URL, without credentials/,
    ],
    ["a zero timeout", { timeoutMs: 0 }, /^example: timeoutMs is invalid: 0$/],
    ["a negative timeout", { timeoutMs: -1 }, /^example: timeoutMs is invalid: -1$/],
    [
      "a timeout setTimeout cannot hold",
      { timeoutMs: 2 ** 31 },
      /timeoutMs is invalid: 2147483648/,
    ],
    ["a bad retry count", { retry: { maxAttempts: 0 } }, /retry.maxAttempts is invalid/],
  ])("rejects %s, without quoting secrets", (_name, options, message) => {
    const create = () =>
      createProviderClient<Paths>({
        provider: "example",
        defaultBaseUrl: "https://cloud.example",
        authHeaders: {},
        ...options,
      });
    expect(create).toThrow(message);
    try {
      create();
    } catch (error) {
      expectNoSecret(error);
    }
  });

  it("accepts Infinity as no deadline", () => {
    expect(() =>
      createProviderClient<Paths>({
        provider: "example",
        defaultBaseUrl: "https://cloud.example",
        authHeaders: {},
        timeoutMs: Number.POSITIVE_INFINITY,
      }),
    ).not.toThrow();
  });
});
