/**
 * The authorizers' own values, without a server: which secrets a token
 * authorizer keeps and in what order, the tokens it refuses, how a request
 * moves to the endpoint a sign-in names, and the fields of AuthenticationError.
 */
import { describe, expect, it } from "vitest";
import { withHeaders } from "../src/auth/authentication.js";
import {
  AuthenticationError,
  createTokenSource,
  type ObtainedToken,
  staticHeaders,
  type TokenSource,
  tokenFrom,
} from "../src/index.js";

const client = { provider: "example", baseUrl: "http://127.0.0.1:9/api" };

/** A source that hands out each of `tokens` in turn (the last one again once they run out). */
function sourceOf(...tokens: unknown[]): TokenSource {
  let next = 0;
  return {
    get: async () =>
      ({ token: tokens[Math.min(next++, tokens.length - 1)], expiresAt: null }) as ObtainedToken,
    invalidate: () => {},
  };
}

const LONG_TOKEN = "session-token-0123456789";

describe("token authentication, its secrets", () => {
  it("adds each token obtained once, longest first among the sign-in's secrets", async () => {
    const auth = tokenFrom(sourceOf("short-tok", LONG_TOKEN, LONG_TOKEN), {
      header: "X-Auth-Token",
      secrets: ["a-password-of-medium-length", "pass"],
    }).authorizer(client);
    expect(auth.secrets).toEqual(["a-password-of-medium-length", "pass"]);
    const request = new Request(`${client.baseUrl}/things`);
    await auth.apply(request);
    expect(auth.secrets).toEqual(["a-password-of-medium-length", "short-tok", "pass"]);
    await auth.apply(request);
    await auth.apply(request);
    expect(auth.secrets).toEqual(["a-password-of-medium-length", LONG_TOKEN, "short-tok", "pass"]);
  });

  it.each([
    ["an empty token", ""],
    ["a token with a space", "tok en-123"],
    ["a token with a line break", "token-123\n"],
    ["a token that is not text", 12345],
    ["no token at all", undefined],
  ])("refuses %s with an AuthenticationError that does not quote it", async (_name, token) => {
    const auth = tokenFrom(sourceOf(token), { header: "X-Auth-Token" }).authorizer(client);
    const refused = await auth.apply(new Request(`${client.baseUrl}/things`)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AuthenticationError);
    expect(refused).toMatchObject({
      message: "example: the token obtained cannot be sent in an HTTP header",
      provider: "example",
    });
    // Text is kept among the secrets (it may be echoed later); nothing else is.
    expect(auth.secrets).toEqual(typeof token === "string" && token !== "" ? [token] : []);
  });

  it("sends the token after its scheme, in the header named", async () => {
    const auth = tokenFrom(sourceOf(LONG_TOKEN), {
      header: "Authorization",
      scheme: "Bearer",
    }).authorizer(client);
    const { request, used } = await auth.apply(new Request(`${client.baseUrl}/things`));
    expect(used).toBe(LONG_TOKEN);
    expect(request.headers.get("authorization")).toBe(`Bearer ${LONG_TOKEN}`);
  });
});

describe("token authentication, the endpoint a sign-in names", () => {
  const moved = (endpoint: string) =>
    tokenFrom(sourceOf(LONG_TOKEN), { header: "X-Auth-Token", endpoint: () => endpoint });

  it.each([
    [
      "a path and query under the base URL",
      "/things?limit=5",
      "http://127.0.0.1:8/v3/things?limit=5",
    ],
    ["a query right after the base URL", "?limit=5", "http://127.0.0.1:8/v3?limit=5"],
    ["the base URL itself", "", "http://127.0.0.1:8/v3"],
  ])("moves %s, dropping the endpoint's trailing slashes", async (_name, rest, want) => {
    const auth = moved("http://127.0.0.1:8/v3//").authorizer(client);
    const { request } = await auth.apply(new Request(`${client.baseUrl}${rest}`));
    expect(request.url).toBe(want);
    expect(request.headers.get("x-auth-token")).toBe(LONG_TOKEN);
  });

  it.each([
    ["a path that only starts like the base URL", "http://127.0.0.1:9/apix/things"],
    ["another origin", "http://127.0.0.2:9/api/things"],
  ])("leaves %s where it is", async (_name, url) => {
    const auth = moved("http://127.0.0.1:8/v3").authorizer(client);
    const { request } = await auth.apply(new Request(url));
    expect(request.url).toBe(url);
    expect(request.headers.get("x-auth-token")).toBe(LONG_TOKEN);
  });

  it("moves a POST with its method, headers and body", async () => {
    const auth = moved("http://127.0.0.1:8/v3").authorizer(client);
    const original = new Request(`${client.baseUrl}/things`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "r-1" },
      body: '{"name":"x"}',
    });
    const { request } = await auth.apply(original);
    expect(request.url).toBe("http://127.0.0.1:8/v3/things");
    expect(request.method).toBe("POST");
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(request.headers.get("x-request-id")).toBe("r-1");
    expect(await request.text()).toBe('{"name":"x"}');
  });

  it.each([
    ["a URL that is not http(s)", "file:///etc/passwd"],
    ["a URL with credentials in it", "http://user:pw@127.0.0.1:8/v3"],
    ["text that is not a URL", "not a url"],
  ])("refuses %s, naming the provider", async (_name, endpoint) => {
    const auth = moved(endpoint).authorizer(client);
    await expect(auth.apply(new Request(`${client.baseUrl}/things`))).rejects.toMatchObject({
      name: "AuthenticationError",
      message: "example: the sign-in named an endpoint that is not a plain http(s) URL",
    });
  });
});

describe("AuthenticationError", () => {
  it("holds the provider, and null for a status and code not given", () => {
    const error = new AuthenticationError({ provider: "example", reason: "no answer" });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AuthenticationError");
    expect(error.message).toBe("example: no answer");
    expect({ provider: error.provider, status: error.status, code: error.code }).toEqual({
      provider: "example",
      status: null,
      code: null,
    });
    const withSecrets = { provider: "p", reason: "r", secrets: ["hunter22"] };
    expect(new AuthenticationError({ ...withSecrets, code: null }).code).toBeNull();
    expect(new AuthenticationError({ ...withSecrets, code: undefined }).code).toBeNull();
  });

  it("keeps a status and a code, the code scrubbed of the secrets", () => {
    const error = new AuthenticationError({
      provider: "example",
      reason: "Identity refused hunter22",
      status: 401,
      code: "E_hunter22",
      secrets: ["hunter22"],
    });
    expect(error.message).toBe("example: Identity refused [redacted]");
    expect(error.status).toBe(401);
    expect(error.code).toBe("E_[redacted]");
    expect(JSON.stringify(error)).toBe(
      '{"name":"AuthenticationError","provider":"example","status":401,"code":"E_[redacted]"}',
    );
  });
});

describe("withHeaders", () => {
  it("hands on the body and the headers, adding or replacing the ones given", async () => {
    const request = new Request("http://127.0.0.1:9/things", {
      method: "POST",
      body: "payload",
      headers: { "X-Kept": "1", "X-Replaced": "old" },
    });
    const sent = withHeaders(request, { "X-Replaced": "new", "X-Added": "2" });
    expect(Object.fromEntries(sent.headers)).toEqual({
      "content-type": "text/plain;charset=UTF-8",
      "x-added": "2",
      "x-kept": "1",
      "x-replaced": "new",
    });
    expect(sent.method).toBe("POST");
    expect(await sent.text()).toBe("payload");
    expect(await withHeaders(new Request(sent.url, { method: "PUT", body: "x" }), {}).text()).toBe(
      "x",
    );
  });
});

describe("staticHeaders", () => {
  it("keeps the header values and the credential after a scheme as secrets", () => {
    const auth = staticHeaders({ Authorization: "Bearer abcd-1234" }).authorizer(client);
    expect(auth.secrets).toEqual(["Bearer abcd-1234", "abcd-1234"]);
  });
});

describe("createTokenSource", () => {
  it("forgets nothing when asked to before any sign-in", () => {
    const source = createTokenSource({
      obtain: async () => ({ token: LONG_TOKEN, expiresAt: null }),
    });
    expect(() => source.invalidate(LONG_TOKEN)).not.toThrow();
  });

  it("replaces a token five minutes before it expires by default", async () => {
    const clock = { now: 0 };
    let signIns = 0;
    const source = createTokenSource({
      obtain: async () => ({ token: `tok-${++signIns}`, expiresAt: clock.now + 3_600_000 }),
      now: () => clock.now,
    });
    await source.get();
    clock.now = 3_300_000 - 1;
    expect((await source.get()).token).toBe("tok-1");
    clock.now = 3_300_000;
    expect((await source.get()).token).toBe("tok-2");
  });
});
