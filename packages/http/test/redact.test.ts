import { describe, expect, it } from "vitest";
import { redactText, scrubSecrets } from "../src/index.js";
import { secretsOf } from "../src/redact.js";

describe("redactText", () => {
  it.each<[string, { given: string; want: string }]>([
    [
      "a Bearer header",
      {
        given: "sent Authorization: Bearer abc.def-123",
        want: "sent Authorization: [redacted]",
      },
    ],
    [
      "X-Auth-Token",
      {
        given: "X-Auth-Token: MIIF0wYJKoZIhvcNAQcCoIIFxDCCBcACAQEx",
        want: "X-Auth-Token: [redacted]",
      },
    ],
    ...[
      "Proxy-Authorization",
      "X-Subject-Token",
      "X-Api-Key",
      "Api-Key",
      "Cookie",
      "Set-Cookie",
    ].map((header): [string, { given: string; want: string }] => [
      header,
      { given: `echoed ${header}: s3cr3t-value`, want: `echoed ${header}: [redacted]` },
    ]),
    [
      "a header in JSON",
      {
        given: '{"authorization":"Basic dXNlcjpwYXNz"}',
        want: '{"authorization":"[redacted]"}',
      },
    ],
    [
      "a bare Basic credential",
      { given: "used Basic dXNlcjpwYXNz here", want: "used Basic [redacted] here" },
    ],
    [
      "URL userinfo",
      {
        given: "GET https://admin:hunter2@cloud.example/api failed",
        want: "GET https://[redacted]@cloud.example/api failed",
      },
    ],
    [
      "token query parameter",
      {
        given: "https://x.example/v1?page=2&token=s3cr3t&x=1",
        want: "https://x.example/v1?page=2&token=[redacted]&x=1",
      },
    ],
    [
      "api_key, access_token and password",
      {
        given: "?api_key=a1&access_token=b2&password=c3",
        want: "?api_key=[redacted]&access_token=[redacted]&password=[redacted]",
      },
    ],
    [
      "a key=value in prose",
      { given: "bad apiKey=zzz9 given", want: "bad apiKey=[redacted] given" },
    ],
    [
      "nothing secret",
      {
        given: "GET /linode/instances/{linodeId} failed with 404",
        want: "GET /linode/instances/{linodeId} failed with 404",
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(redactText(given)).toBe(want);
  });

  it("scrubs known secret values wherever they appear", () => {
    expect(redactText("your token tok-12345 is expired", ["tok-12345"])).toBe(
      "your token [redacted] is expired",
    );
  });

  it("leaves very short values alone, they would blank out ordinary words", () => {
    expect(redactText("a bc", ["bc"])).toBe("a bc");
  });
});

describe("scrubSecrets", () => {
  it("replaces the given values only, not credential-shaped text", () => {
    expect(scrubSecrets("token tok-12345 or Authorization: Bearer other-9", ["tok-12345"])).toBe(
      "token [redacted] or Authorization: Bearer other-9",
    );
  });
});

describe("secretsOf", () => {
  it.each<[string, { given: Record<string, string>; want: string[] }]>([
    [
      "a Bearer token",
      {
        given: { Authorization: "Bearer tok-123" },
        want: ["Bearer tok-123", "tok-123"],
      },
    ],
    ["an X-Auth-Token", { given: { "X-Auth-Token": "abcdef" }, want: ["abcdef"] }],
  ])("%s", (_name, { given, want }) => {
    expect(new Set(secretsOf(given))).toEqual(new Set(want));
  });

  it("adds the values a provider encodes into a header, longest first", () => {
    const basic = btoa("alice:pa55word");
    expect(secretsOf({ Authorization: `Basic ${basic}` }, ["pa55word", "alice:pa55word"])).toEqual([
      `Basic ${basic}`,
      basic,
      "alice:pa55word",
      "pa55word",
    ]);
  });
});
