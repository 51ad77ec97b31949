import { describe, expect, it } from "vitest";
import { createProviderClient, DEFAULT_USER_AGENT, requireCredential } from "../src/index.js";

type Paths = {
  "/things": { get: { responses: { 200: { content: { "application/json": { ok: boolean } } } } } };
};

function recordingFetch() {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response('{"ok":true}', { headers: { "content-type": "application/json" } });
  };
  return { requests, fetch };
}

describe("createProviderClient", () => {
  it.each([
    ["a line break", "Bearer s3cret\n"],
    ["a control character", "s3\u0000cret"],
    ["a character beyond Latin-1", "s3cret✓"],
  ])("rejects a credential with %s, naming the header and not quoting it", (_name, value) => {
    const create = () =>
      createProviderClient<Paths>({
        provider: "test",
        defaultBaseUrl: "http://127.0.0.1:9",
        authHeaders: { Authorization: value },
      });
    expect(create).toThrow(
      "test: the credential sent in Authorization has a character an HTTP header cannot carry",
    );
    expect(create).not.toThrow(/s3/);
  });

  it("joins the base URL without doubling slashes and sets auth and user agent", async () => {
    const { requests, fetch } = recordingFetch();
    const client = createProviderClient<Paths>({
      provider: "test",
      defaultBaseUrl: "http://127.0.0.1:9/api/",
      authHeaders: { "X-Auth-Token": "abc" },
      fetch,
    });
    const { data } = await client.GET("/things");
    expect(data).toEqual({ ok: true });
    expect(requests[0]?.url).toBe("http://127.0.0.1:9/api/things");
    expect(requests[0]?.headers.get("x-auth-token")).toBe("abc");
    expect(requests[0]?.headers.get("user-agent")).toBe(DEFAULT_USER_AGENT);
  });

  it("prefers the caller's base URL and user agent", async () => {
    const { requests, fetch } = recordingFetch();
    const client = createProviderClient<Paths>({
      provider: "test",
      defaultBaseUrl: "https://example.invalid",
      baseUrl: "http://127.0.0.1:9",
      userAgent: "my-app/1.0",
      authHeaders: {},
      fetch,
    });
    await client.GET("/things");
    expect(requests[0]?.url).toBe("http://127.0.0.1:9/things");
    expect(requests[0]?.headers.get("user-agent")).toBe("my-app/1.0");
  });

  it("looks up globalThis.fetch per request, so a later swap is honoured", async () => {
    const client = createProviderClient<Paths>({
      provider: "test",
      defaultBaseUrl: "http://127.0.0.1:9",
      authHeaders: {},
    });
    const { requests, fetch } = recordingFetch();
    const original = globalThis.fetch;
    globalThis.fetch = fetch as typeof globalThis.fetch;
    try {
      await client.GET("/things");
    } finally {
      globalThis.fetch = original;
    }
    expect(requests).toHaveLength(1);
  });
});

describe("requireCredential", () => {
  it.each([[""], ["   "], [undefined], [42]])("rejects %j", (value) => {
    expect(() => requireCredential("test", "token", value)).toThrow(
      "test: the token option is required",
    );
  });
  it("returns a present credential", () => {
    expect(requireCredential("test", "token", "s3cret")).toBe("s3cret");
  });
});

describe("parseJson", () => {
  it("lets a provider read bodies that are not strict JSON, served as text/html", async () => {
    const fetch = async () =>
      new Response('{"a": [1, 2,],}', { headers: { "content-type": "text/html" } });
    const client = createProviderClient<Paths>({
      provider: "test",
      defaultBaseUrl: "http://127.0.0.1:9",
      authHeaders: {},
      fetch,
      parseJson: (text) => JSON.parse(text.replace(/,\s*([\]}])/g, "$1")),
    });
    const { data } = await client.GET("/things");
    expect(data).toEqual({ a: [1, 2] });
  });
});
