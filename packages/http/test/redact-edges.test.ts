/**
 * Redaction of text that is not well formed: extra spaces, a credential at the
 * very start or end of the text, quotes and `=` in place of `: `, and secrets
 * at the length bounds. Each case is one a careless change would leak.
 */
import { describe, expect, it } from "vitest";
import { REDACTED, redactText, scrubSecrets, scrubThenCut, secretsOf } from "../src/redact.js";

type TestCase = [name: string, { given: string; want: string }];

const leaks: TestCase[] = [
  [
    "two spaces after the scheme",
    { given: "Authorization: Bearer  tok9", want: "Authorization: [redacted]" },
  ],
  [
    "a tab after the scheme",
    { given: "Authorization: Bearer\ttok9 sent", want: "Authorization: [redacted] sent" },
  ],
  [
    "no space after the colon",
    { given: "authorization:Bearer tok9", want: "authorization:[redacted]" },
  ],
  [
    "spaces around the colon",
    { given: "Authorization :  tok9", want: "Authorization :  [redacted]" },
  ],
  [
    "JSON with a space after the colon",
    { given: '{"x-auth-token": "tok9"}', want: '{"x-auth-token": "[redacted]"}' },
  ],
  ["a header name in capitals", { given: "X-AUTH-TOKEN: tok9", want: "X-AUTH-TOKEN: [redacted]" }],
  [
    "a header at the start of the text",
    { given: "Cookie: sid=abc123; theme=dark", want: "Cookie: [redacted]; theme=dark" },
  ],
  [
    "a header value ending the text",
    { given: "sent api-key: k3y9", want: "sent api-key: [redacted]" },
  ],
  [
    "a scheme at the start of the text",
    { given: "Bearer abcdefgh was refused", want: "Bearer [redacted] was refused" },
  ],
  [
    "a token of exactly four characters",
    { given: "used Token abcd", want: "used Token [redacted]" },
  ],
  ["Digest", { given: "Digest dXNlcm5hbWU9 sent", want: "Digest [redacted] sent" }],
  ["a scheme with several spaces", { given: "Basic   dXNlcjpwYXNz", want: "Basic [redacted]" }],
  [
    "a token with every allowed character",
    { given: "Bearer aZ09._~+/=-x", want: "Bearer [redacted]" },
  ],
  [
    "URL userinfo at the start of the text",
    {
      given: "https://admin:hunter2@cloud.example/api",
      want: "https://[redacted]@cloud.example/api",
    },
  ],
  [
    "URL userinfo with a user only",
    { given: "see ftp://token99@files.example", want: "see ftp://[redacted]@files.example" },
  ],
  [
    "a scheme with +, . and -",
    { given: "git+ssh://me:pw@host", want: "git+ssh://[redacted]@host" },
  ],
  [
    "two URLs",
    { given: "http://a:b@x and HTTP://c:d@y", want: "http://[redacted]@x and HTTP://[redacted]@y" },
  ],
  [
    "a secret parameter at the start of the text",
    { given: "token=s3cr3t", want: "token=[redacted]" },
  ],
  [
    "a secret parameter after a space",
    { given: "sent password=hunter2 twice", want: "sent password=[redacted] twice" },
  ],
  ["a secret parameter after ;", { given: "a=1;secret=xyz", want: "a=1;secret=[redacted]" }],
  [
    "a parameter ending in a secret word",
    { given: "?client_secret=abc&x=1", want: "?client_secret=[redacted]&x=1" },
  ],
  [
    "a parameter name with dots and dashes",
    { given: "?x-api.key=abc#top", want: "?x-api.key=[redacted]#top" },
  ],
  [
    "sig, pwd, pass, credential and auth",
    {
      given: "?sig=1&pwd=2&pass=3&credential=4&auth=5",
      want: "?sig=[redacted]&pwd=[redacted]&pass=[redacted]&credential=[redacted]&auth=[redacted]",
    },
  ],
  ["a secret parameter in capitals", { given: "?API_KEY=abc", want: "?API_KEY=[redacted]" }],
  [
    "a secret parameter up to a quote",
    { given: '"url":"/x?token=abc"', want: '"url":"/x?token=[redacted]"' },
  ],
];

const kept: TestCase[] = [
  ["a scheme word with a short value", { given: "Bearer abc", want: "Bearer abc" }],
  ["a scheme word inside another word", { given: "unBearer abcdefgh", want: "unBearer abcdefgh" }],
  [
    "a header word without a value",
    { given: "the authorization failed", want: "the authorization failed" },
  ],
  ["an ordinary parameter", { given: "?page=2&per_page=50", want: "?page=2&per_page=50" }],
  ["a secret word inside a value", { given: "?q=token", want: "?q=token" }],
  [
    "a URL without userinfo",
    { given: "https://cloud.example/a@b", want: "https://cloud.example/a@b" },
  ],
];

describe("redactText on text that is not well formed", () => {
  it.each(leaks)("redacts %s", (_name, { given, want }) => {
    expect(redactText(given)).toBe(want);
  });

  it.each(kept)("keeps %s", (_name, { given, want }) => {
    expect(redactText(given)).toBe(want);
  });

  it("scrubs a known secret before matching shapes, so none of it is left", () => {
    expect(redactText("Authorization: Bearer  s3cret-tok", ["s3cret-tok"])).toBe(
      "Authorization: [redacted]",
    );
  });
});

describe("scrubSecrets at the length bounds", () => {
  it("scrubs a secret of exactly four characters, everywhere it appears", () => {
    expect(scrubSecrets("abcd then abcd", ["abcd"])).toBe(`${REDACTED} then ${REDACTED}`);
  });

  it("leaves a secret of three characters, and an empty one, alone", () => {
    expect(scrubSecrets("abc def", ["abc", ""])).toBe("abc def");
  });

  it("scrubs each secret it is given, in order", () => {
    expect(scrubSecrets("user alice:pa55 pass pa55", ["alice:pa55", "pa55"])).toBe(
      `user ${REDACTED} pass ${REDACTED}`,
    );
    expect(scrubSecrets("no secrets here")).toBe("no secrets here");
  });
});

describe("scrubThenCut", () => {
  it("keeps a text of 200 characters whole and cuts one of 201 to 200 and an ellipsis", () => {
    expect(scrubThenCut("x".repeat(200))).toBe("x".repeat(200));
    expect(scrubThenCut("x".repeat(201))).toBe(`${"x".repeat(200)}…`);
  });

  it("scrubs before it cuts, so no prefix of a secret is left at the cut", () => {
    const secret = "tok-0123456789";
    const text = `${"x".repeat(195)}${secret}`;
    expect(scrubThenCut(text, [secret])).toBe(`${"x".repeat(195)}${REDACTED.slice(0, 5)}…`);
    expect(scrubThenCut(`abc ${secret} def`, [secret], 10)).toBe(`abc ${REDACTED.slice(0, 6)}…`);
  });
});

describe("secretsOf", () => {
  it("takes a value without a scheme whole, and orders by length, longest first", () => {
    expect(secretsOf({ "X-Auth-Token": "abcdef", Authorization: "Bearer tok-123456789" })).toEqual([
      "Bearer tok-123456789",
      "tok-123456789",
      "abcdef",
    ]);
  });

  it("keeps each value once", () => {
    expect(secretsOf({ A: "same-value", B: "same-value" }, ["same-value"])).toEqual(["same-value"]);
  });

  it("has nothing to scrub without headers", () => {
    expect(secretsOf({})).toEqual([]);
  });
});
