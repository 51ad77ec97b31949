/**
 * Calls planned without a Request of their own (plan.ts, Node): what goes to
 * fetch, and which calls keep openapi-fetch's Request.
 */
import fc from "fast-check";
import { defaultPathSerializer } from "openapi-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  DEFAULT_USER_AGENT,
  type ProviderClientConfig,
  staticHeaders,
  unwrap,
} from "../src/index.js";
import { PLANS, plannedPath, plannerFor } from "../src/plan.js";
import { closeServers, serve, thingsClient } from "./support/things-server.js";

afterEach(async () => {
  vi.restoreAllMocks();
  await closeServers();
});

const TOKEN = "planned-secret-token";

/** A client at `baseUrl` that sends the token as `authHeaders`, the one way calls are planned. */
function clientOn(baseUrl: string, options: Partial<ProviderClientConfig> = {}) {
  return thingsClient(baseUrl, { authHeaders: { Authorization: `Bearer ${TOKEN}` }, ...options });
}

describe("plannerFor", () => {
  it("plans in Node: the URL, the init and the credentials set on the call's own Headers", () => {
    expect(PLANS).toBe(true);
    const headers = new Headers({ "User-Agent": "ua" });
    const signal = new AbortController().signal;
    const planned = plannerFor({ Authorization: "Bearer x" })("https://cloud.example/v1/things", {
      method: "DELETE",
      headers,
      signal,
      body: null,
    } as Parameters<ReturnType<typeof plannerFor>>[1]);
    expect(planned).toMatchObject({ method: "DELETE", signal, body: null });
    expect(planned.headers).toBe(headers);
    expect(headers.get("authorization")).toBe("Bearer x");
    expect(planned.url).toBe("https://cloud.example/v1/things");
    expect(String(planned)).toBe("https://cloud.example/v1/things");
    // What fetch and a redirect's Request read of it.
    const request = new Request(planned as unknown as string, planned);
    expect([request.method, request.url, request.headers.get("user-agent")]).toEqual([
      "DELETE",
      "https://cloud.example/v1/things",
      "ua",
    ]);
  });
});

describe("plannedPath", () => {
  const base = "https://cloud.example/v4";

  it("makes the URL openapi-fetch's own serialiser makes, for any parameter values", () => {
    const template = `${base}/linode/instances/{linodeId}/backups/{backupId}`;
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.constant(undefined),
      fc.boolean(),
    );
    fc.assert(
      fc.property(value, value, (linodeId, backupId) => {
        const params = { linodeId, backupId };
        expect(plannedPath(template, params)).toBe(defaultPathSerializer(template, params));
      }),
    );
  });

  it.each([
    ["a label", `${base}/things/{.id}`, { id: "a b" }],
    ["a matrix", `${base}/things/{;id}`, { id: 7 }],
    ["an exploded array", `${base}/things/{id*}`, { id: ["a", "b"] }],
    ["an array", `${base}/things/{id}`, { id: ["a", "b"] }],
    ["an object", `${base}/things/{id}`, { id: { a: 1 } }],
    ["a missing value", `${base}/things/{id}/{other}`, { id: "x" }],
    ["no parameter", `${base}/things`, {}],
  ])("hands %s to openapi-fetch's, with the same URL", (_kind, template, params) => {
    // Twice: the second call finds the template split already.
    for (let i = 0; i < 2; i++) {
      expect(plannedPath(template, params)).toBe(defaultPathSerializer(template, params));
    }
  });

  it("percent-encodes what a path segment cannot hold", () => {
    expect(plannedPath(`${base}/things/{id}`, { id: "a/b?c#d e%" })).toBe(
      `${base}/things/a%2Fb%3Fc%23d%20e%25`,
    );
  });
});

describe("a client's calls", () => {
  it("send a GET as its URL and one init: credentials, the caller's headers and the user agent on", async () => {
    const { baseUrl, seen } = await serve();
    const fetch = vi.spyOn(globalThis, "fetch");
    const client = clientOn(baseUrl);
    expect(unwrap(await client.GET("/things", { headers: { "X-Trace": "t-1" } }))).toEqual({
      ok: true,
    });
    const [sent, init] = fetch.mock.calls[0] ?? [];
    expect(sent).not.toBeInstanceOf(Request);
    expect(String(sent)).toBe(`${baseUrl}/things`);
    expect(init).toMatchObject({ method: "GET", redirect: "manual" });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(seen).toEqual([
      {
        method: "GET",
        url: "/things",
        body: "",
        headers: expect.objectContaining({
          authorization: `Bearer ${TOKEN}`,
          "x-trace": "t-1",
          "user-agent": DEFAULT_USER_AGENT,
        }),
      },
    ]);
  });

  it.each([
    [
      "a body",
      (client: ReturnType<typeof clientOn>) => client.POST("/things", { body: { name: "x" } }),
    ],
    [
      "middleware to show the Request to",
      (client: ReturnType<typeof clientOn>) => {
        client.use({ onRequest: () => undefined });
        return client.GET("/things");
      },
    ],
    [
      "a caller's own fetch",
      (client: ReturnType<typeof clientOn>) =>
        client.GET("/things", { fetch: (request: Request) => globalThis.fetch(request) }),
    ],
  ])("keep openapi-fetch's Request for a call with %s, credentials on", async (_name, send) => {
    const { baseUrl, seen } = await serve();
    const fetch = vi.spyOn(globalThis, "fetch");
    expect(unwrap(await send(clientOn(baseUrl)))).toEqual({ ok: true });
    expect(fetch.mock.calls[0]?.[0]).toBeInstanceOf(Request);
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("keep openapi-fetch's Request when the credentials are not `authHeaders`", async () => {
    const { baseUrl, seen } = await serve();
    const fetch = vi.spyOn(globalThis, "fetch");
    const client = clientOn(baseUrl, { auth: staticHeaders({ "X-Api-Key": TOKEN }) });
    expect(unwrap(await client.GET("/things"))).toEqual({ ok: true });
    expect(fetch.mock.calls[0]?.[0]).toBeInstanceOf(Request);
    expect(seen[0]?.headers["x-api-key"]).toBe(TOKEN);
  });
});
