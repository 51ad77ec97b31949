import { afterEach, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  createTokenSource,
  ProviderError,
  type SignableRequest,
  signedRequests,
  staticHeaders,
  tokenFrom,
  unwrap,
} from "../src/index.js";
import { closeServers, json, serve, thingsClient } from "./support/things-server.js";

afterEach(closeServers);

/** Tokens tok-1, tok-2, ...; the server accepts only those in `valid`. */
function tokenServer() {
  const valid = new Set<string>();
  let issued = 0;
  const source = createTokenSource({
    async obtain() {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const token = `session-token-${++issued}`;
      valid.add(token);
      return { token, expiresAt: null };
    },
  });
  return { valid, source, issued: () => issued };
}

describe("token authentication", () => {
  it("signs in once for 20 parallel calls and sends the token on each", async () => {
    const tokens = tokenServer();
    const server = await serve((req, res) =>
      tokens.valid.has(String(req.headers["x-auth-token"]))
        ? json(res, 200, { ok: true })
        : json(res, 401, { message: "no" }),
    );
    const client = thingsClient(server.baseUrl, {
      auth: tokenFrom(tokens.source, { header: "X-Auth-Token" }),
    });
    const results = await Promise.all(Array.from({ length: 20 }, () => client.GET("/things")));
    expect(results.map((r) => r.response.status)).toEqual(Array(20).fill(200));
    expect(tokens.issued()).toBe(1);
    expect(server.seen.map((s) => s.headers["x-auth-token"])).toEqual(
      Array(20).fill("session-token-1"),
    );
  });

  it("after a 401, signs in once more and sends each refused call again, POST included", async () => {
    const tokens = tokenServer();
    const server = await serve((req, res) =>
      tokens.valid.has(String(req.headers["x-auth-token"]))
        ? json(res, 200, { ok: true, got: req.body })
        : json(res, 401, { message: "token revoked" }),
    );
    const client = thingsClient(server.baseUrl, {
      auth: tokenFrom(tokens.source, { header: "X-Auth-Token" }),
    });
    await client.GET("/things");
    tokens.valid.clear(); // revoked
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => client.GET("/things")),
      client.POST("/things", { body: { name: "kept" } }),
    ]);
    expect(results.map((r) => r.response.status)).toEqual(Array(6).fill(200));
    expect(tokens.issued()).toBe(2);
    const posts = server.seen.filter((s) => s.method === "POST");
    expect(posts.map((p) => [p.headers["x-auth-token"], p.body])).toEqual([
      ["session-token-1", '{"name":"kept"}'],
      ["session-token-2", '{"name":"kept"}'],
    ]);
  });

  it("renews only once per call: a second 401 is the caller's ProviderError, without the token", async () => {
    const tokens = tokenServer();
    const server = await serve((req, res) =>
      json(res, 401, { message: `token ${req.headers["x-auth-token"]} is not valid here` }),
    );
    const client = thingsClient(server.baseUrl, {
      auth: tokenFrom(tokens.source, { header: "X-Auth-Token" }),
    });
    const error = await client
      .GET("/things")
      .then(unwrap)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(server.seen).toHaveLength(2);
    expect(tokens.issued()).toBe(2);
    const text = `${(error as Error).message} ${JSON.stringify(error)} ${(error as Error).stack}`;
    expect(text).toContain("401");
    expect(text).not.toContain("session-token");
  });

  it("passes a sign-in failure to the caller as is, without sending the request", async () => {
    const server = await serve();
    const client = thingsClient(server.baseUrl, {
      auth: tokenFrom(
        createTokenSource({
          async obtain(): Promise<{ token: string; expiresAt: null }> {
            throw new AuthenticationError({
              provider: "test",
              reason: "wrong password hunter2",
              secrets: ["hunter2"],
            });
          },
        }),
        { header: "X-Auth-Token", secrets: ["hunter2"] },
      ),
    });
    const error = await client.GET("/things").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe("test: wrong password [redacted]");
    expect(server.seen).toHaveLength(0);
  });

  it("refuses a token that a header cannot carry, without quoting it", async () => {
    const server = await serve();
    const client = thingsClient(server.baseUrl, {
      auth: tokenFrom(
        createTokenSource({
          obtain: async () => ({ token: "evil\r\nX-Other: 1", expiresAt: null }),
        }),
        { header: "X-Auth-Token" },
      ),
    });
    const error = await client.GET("/things").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).not.toContain("evil");
    expect(server.seen).toHaveLength(0);
  });

  it("sends requests to the endpoint the sign-in names, with the scheme before the token", async () => {
    const server = await serve();
    const client = thingsClient("https://placeholder.invalid/v2", {
      auth: tokenFrom(
        createTokenSource({
          obtain: async () => ({
            token: "abcd1234",
            expiresAt: null,
            compute: `${server.baseUrl}/real/`,
          }),
        }),
        { header: "Authorization", scheme: "Bearer", endpoint: (t) => t.compute },
      ),
    });
    const { data } = await client.GET("/things", { params: { query: { a: 1 } } } as never);
    expect(data).toEqual({ ok: true });
    expect(server.seen[0]?.url).toBe("/real/things?a=1");
    expect(server.seen[0]?.headers.authorization).toBe("Bearer abcd1234");
  });

  it("scrubs an obtained token that a later error body echoes", async () => {
    const server = await serve((req, res) =>
      json(res, 403, { message: `forbidden for ${req.headers["x-auth-token"]}` }),
    );
    const client = thingsClient(server.baseUrl, {
      auth: tokenFrom(
        createTokenSource({
          obtain: async () => ({ token: "runtime-token-xyz", expiresAt: null }),
        }),
        { header: "X-Auth-Token" },
      ),
    });
    const error = (await client
      .GET("/things")
      .then(unwrap)
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.providerMessage).toBe("forbidden for [redacted]");
    expect(JSON.stringify(error)).not.toContain("runtime-token-xyz");
  });
});

describe("signed requests", () => {
  it("signs every attempt afresh over the exact body bytes, and retries with the same bytes", async () => {
    let n = 0;
    const server = await serve((_req, res) =>
      ++n < 3 ? json(res, 503, {}) : json(res, 200, { ok: true }),
    );
    const signed: { method: string; url: string; body: string; contentType: string | null }[] = [];
    const sign = async (request: SignableRequest) => {
      signed.push({
        method: request.method,
        url: request.url.href,
        body: new TextDecoder().decode(request.body),
        contentType: request.headers.get("content-type"),
      });
      return { Authorization: `Sig attempt-${signed.length}` };
    };
    const client = thingsClient(server.baseUrl, {
      auth: signedRequests(sign, ["the-secret-key"]),
      retry: { baseDelayMs: 1, methods: ["POST"] },
    });
    const { response } = await client.POST("/things", { body: { name: "ü & =" } });
    expect(response.status).toBe(200);
    expect(server.seen.map((s) => s.headers.authorization)).toEqual([
      "Sig attempt-1",
      "Sig attempt-2",
      "Sig attempt-3",
    ]);
    expect(server.seen.map((s) => s.body)).toEqual(Array(3).fill('{"name":"ü & ="}'));
    expect(signed[0]).toEqual({
      method: "POST",
      url: `${server.baseUrl}/things`,
      body: '{"name":"ü & ="}',
      contentType: "application/json",
    });
  });

  it("gives a signer an empty body for a GET", async () => {
    const server = await serve();
    const bodies: number[] = [];
    const client = thingsClient(server.baseUrl, {
      auth: signedRequests(async (r) => {
        bodies.push(r.body.byteLength);
        return {};
      }, []),
    });
    await client.GET("/things");
    expect(bodies).toEqual([0]);
  });
});

describe("static headers", () => {
  it("are put on each attempt by the transport, not seen as default headers by middleware", async () => {
    const server = await serve();
    const client = thingsClient(server.baseUrl, {
      auth: staticHeaders({ "X-Api-Key": "static-key-1" }),
    });
    const seenByMiddleware: (string | null)[] = [];
    client.use({
      onRequest({ request }) {
        seenByMiddleware.push(request.headers.get("x-api-key"));
      },
    });
    await client.GET("/things");
    expect(seenByMiddleware).toEqual([null]);
    expect(server.seen[0]?.headers["x-api-key"]).toBe("static-key-1");
  });
});
