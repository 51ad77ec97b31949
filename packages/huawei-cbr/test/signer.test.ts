import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalQuery,
  canonicalUri,
  huaweiSigner,
  percentEncode,
  sdkDate,
} from "../src/signer.js";

// Huawei's own signer, from its Node SDK (a devDependency, for these vectors only).
const require = createRequire(import.meta.url);
const { AKSKSigner } = require("@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner") as {
  AKSKSigner: {
    sign(
      request: {
        endpoint: string;
        method: string;
        headers: Record<string, string>;
        queryParams: Record<string, string | string[]>;
        data?: unknown;
      },
      credential: { getAk(): string; getSk(): string },
    ): Record<string, string>;
  };
};

const HOST = "https://cbr.ap-southeast-1.myhuaweicloud.com";

/** Text with the characters the issue names, spread among plain ones. */
const tricky = fc.stringMatching(/^[a-zA-Z0-9 /+&=*~%?#:;,@!$()\-_.éü中文🙂]{0,12}$/u);
const key = fc.stringMatching(/^[a-zA-Z0-9_ +&=*~.\-é]{1,8}$/);

const generatedRequest = fc.record({
  method: fc.constantFrom("GET", "POST", "PUT", "DELETE"),
  projectId: fc.stringMatching(/^[0-9a-f]{32}$/),
  // "." and ".." are not ids: URL parsers resolve them away, as they would any dot segment.
  ids: fc.array(
    tricky.filter((s) => s !== "" && s !== "." && s !== ".."),
    { minLength: 0, maxLength: 2 },
  ),
  query: fc.array(fc.tuple(key, tricky), { maxLength: 5 }),
  repeated: fc.option(fc.tuple(key, fc.array(tricky, { minLength: 2, maxLength: 4 }))),
  body: fc.option(
    fc.dictionary(key, fc.oneof(tricky, fc.integer(), fc.boolean(), fc.constant(null)), {
      maxKeys: 4,
    }),
  ),
  accessKey: fc.stringMatching(/^[A-Z0-9]{20}$/),
  secretKey: fc.stringMatching(/^[A-Za-z0-9]{40}$/),
  securityToken: fc.option(fc.stringMatching(/^[A-Za-z0-9+/=]{16,64}$/)),
  at: fc.date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T23:59:59Z"),
    noInvalidDate: true,
  }),
});

type Generated = typeof generatedRequest extends fc.Arbitrary<infer T> ? T : never;

/** The URL as openapi-fetch builds it: path ids and query values with encodeURIComponent. */
function urlOf(g: Generated): { path: string; search: string } {
  const path = `/v3/${g.projectId}/backups${g.ids.map((id) => `/${encodeURIComponent(id)}`).join("")}`;
  const pairs = [...g.query];
  if (g.repeated) for (const value of g.repeated[1]) pairs.push([g.repeated[0], value]);
  const search = pairs
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join("&");
  return { path, search };
}

/** The same query as the SDK takes it: decoded, a repeated key as an array. */
function queryParamsOf(g: Generated): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  const add = (k: string, v: string) => {
    const had = Object.hasOwn(params, k) ? params[k] : undefined;
    params[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v];
  };
  for (const [k, v] of g.query) add(k, v);
  if (g.repeated) for (const v of g.repeated[1]) add(g.repeated[0], v);
  return params;
}

async function oursFor(g: Generated, hasBody: boolean) {
  const { path, search } = urlOf(g);
  const headers = new Headers(hasBody ? { "Content-Type": "application/json" } : {});
  const sign = huaweiSigner(
    {
      accessKey: g.accessKey,
      secretKey: g.secretKey,
      projectId: g.projectId,
      securityToken: g.securityToken ?? undefined,
    },
    () => g.at,
  );
  return sign({
    method: g.method,
    url: new URL(`${HOST}${path}${search ? `?${search}` : ""}`),
    headers,
    body: new TextEncoder().encode(hasBody ? JSON.stringify(g.body) : ""),
  });
}

function huaweiFor(g: Generated, hasBody: boolean) {
  const headers: Record<string, string> = {
    "X-Sdk-Date": sdkDate(g.at),
    "X-Project-Id": g.projectId,
  };
  if (g.securityToken) headers["X-Security-Token"] = g.securityToken;
  if (hasBody) headers["Content-Type"] = "application/json";
  return AKSKSigner.sign(
    {
      endpoint: `${HOST}${urlOf(g).path}`,
      method: g.method,
      headers,
      queryParams: queryParamsOf(g),
      ...(hasBody ? { data: g.body } : {}),
    },
    { getAk: () => g.accessKey, getSk: () => g.secretKey },
  );
}

describe("huaweiSigner against Huawei's AKSKSigner", () => {
  it("gives the same Authorization header for 1,000 generated requests", async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(generatedRequest, async (g) => {
        // The SDK hashes JSON.stringify(data) and sends no body for GET; PUT/POST carry one.
        const hasBody = g.body !== null && (g.method === "POST" || g.method === "PUT");
        const ours = await oursFor(g, hasBody);
        const theirs = huaweiFor(g, hasBody);
        expect(ours.Authorization).toBe(theirs.Authorization);
        expect(ours["X-Sdk-Date"]).toBe(theirs["X-Sdk-Date"]);
        compared++;
      }),
      { numRuns: 1000, seed: 20261206 },
    );
    expect(compared).toBe(1000);
    // About a second alone; Web Crypto runs on libuv's threads, shared with every other test.
  }, 180_000);
});

describe("the canonical parts", () => {
  it.each([
    ["a path gets its trailing slash", "/v3/p/backups", "/v3/p/backups/"],
    ["an encoded space is encoded again", "/v3/p%20q/backups/", "/v3/p%2520q/backups/"],
    ["sub-delimiters are encoded", "/a*b/c~d", "/a%2Ab/c~d/"],
  ])("canonicalUri: %s", (_name, given, want) => {
    expect(canonicalUri(given)).toBe(want);
  });

  it.each([
    ["sorted by key, repeated keys by value", "?b=2&a=3&a=1", "a=1&a=3&b=2"],
    ["a plus stays a plus", "?q=a+b", "q=a%2Bb"],
    ["spaces and reserved characters", "?q=a%20b%26c%3Dd", "q=a%20b%26c%3Dd"],
    ["a key without a value", "?flag&a=1", "a=1&flag="],
    ["non-ASCII in UTF-8", "?name=%C3%A9", "name=%C3%A9"],
    ["no query", "", ""],
    ["a % that encodes nothing, kept as sent", "?q=100%&a=%zz%41", "a=%25zzA&q=100%25"],
  ])("canonicalQuery: %s", (_name, given, want) => {
    expect(canonicalQuery(given)).toBe(want);
  });

  it("percentEncode leaves only unreserved characters", () => {
    expect(percentEncode("aZ0-_.~ !'()*/+é")).toBe("aZ0-_.~%20%21%27%28%29%2A%2F%2B%C3%A9");
  });

  it("sdkDate is UTC in basic format without fractions", () => {
    expect(sdkDate(new Date("2024-01-31T23:59:59.999Z"))).toBe("20240131T235959Z");
  });

  it("gives the signature Huawei's SDK computed for a fixed request", async () => {
    // The value AKSKSigner.sign gave for these inputs: a pin on the whole chain, dates included.
    const sign = huaweiSigner(
      { accessKey: "AK", secretKey: "SK" },
      () => new Date("2024-01-31T23:59:59Z"),
    );
    const headers = await sign({
      method: "GET",
      url: new URL("https://cbr.ap-southeast-1.myhuaweicloud.com/v3/p%20x/backups?b=x%20y&a=2&a=1"),
      headers: new Headers(),
      body: new Uint8Array(),
    });
    expect(headers.Authorization).toBe(
      "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=bc341f6dd4899e26359d5c20db85a9066e91722f1d619c45ca5cdb210413403a",
    );
  });
});
