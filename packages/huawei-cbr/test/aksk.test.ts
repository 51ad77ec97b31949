import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createHuaweiCbrClient,
  huaweiCbrAuthHeadersShown,
  ProviderError,
  unwrap,
} from "../src/index.js";
import { type SeenRequest, sendJson, startLoopback } from "./loopback.js";

const require = createRequire(import.meta.url);
const { AKSKSigner } = require("@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner") as {
  AKSKSigner: {
    sign(
      request: {
        endpoint: string;
        method: string;
        headers: Record<string, string>;
        queryParams: object;
      },
      credential: { getAk(): string; getSk(): string },
    ): Record<string, string>;
  };
};

const AK = "HPUAEXAMPLEACCESSKEY";
const SK = "sk-EXAMPLE-secret-key-value-0123456789ab";
const PROJECT = "4229d7a45436489f8c3dc2b1d35d4987";
const SESSION = "temporary-security-token-example";

let server: Awaited<ReturnType<typeof startLoopback>>;
let answer: (request: SeenRequest) => [number, unknown] = () => [200, { count: 0, backups: [] }];

beforeAll(async () => {
  server = await startLoopback((req, res) => {
    const [status, body] = answer(req);
    sendJson(res, status, body);
  });
});
afterAll(() => server.close());

/** What Huawei's own signer says the Authorization of a received request should be. */
function expectedAuthorization(seen: SeenRequest): string | undefined {
  const headers: Record<string, string> = {};
  const signedNames = /SignedHeaders=([^,]+)/.exec(String(seen.headers.authorization))?.[1] ?? "";
  for (const name of signedNames.split(";")) {
    // The SDK looks its date header up by this exact name.
    if (name !== "host")
      headers[name === "x-sdk-date" ? "X-Sdk-Date" : name] = String(seen.headers[name]);
  }
  const queryParams: Record<string, string | string[]> = {};
  for (const key of new Set(seen.url.searchParams.keys())) {
    const values = seen.url.searchParams.getAll(key);
    queryParams[key] = values.length > 1 ? values : (values[0] as string);
  }
  return AKSKSigner.sign(
    {
      endpoint: `${server.baseUrl}${seen.url.pathname}`,
      method: String(seen.method),
      headers,
      queryParams,
    },
    { getAk: () => AK, getSk: () => SK },
  ).Authorization;
}

const listBackups = (client: ReturnType<typeof createHuaweiCbrClient>) =>
  client.GET("/v3/{project_id}/backups", {
    params: { path: { project_id: PROJECT }, query: { name: "a b+c", limit: 10 } },
  });

describe("createHuaweiCbrClient with AK/SK", () => {
  it("signs each request as Huawei's SDK would, with the project and no token", async () => {
    answer = () => [200, { count: 0, backups: [] }];
    const client = createHuaweiCbrClient({
      accessKey: AK,
      secretKey: SK,
      projectId: PROJECT,
      baseUrl: server.baseUrl,
    });
    const { response } = await listBackups(client);
    expect(response.status).toBe(200);
    const seen = server.seen.at(-1) as SeenRequest;
    expect(seen.headers.authorization).toMatch(
      new RegExp(
        `^SDK-HMAC-SHA256 Access=${AK}, SignedHeaders=host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$`,
      ),
    );
    expect(seen.headers.authorization).toBe(expectedAuthorization(seen));
    expect(seen.headers["x-sdk-date"]).toMatch(/^\d{8}T\d{6}Z$/);
    expect(
      Math.abs(
        Date.parse(
          String(seen.headers["x-sdk-date"]).replace(
            /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/,
            "$1-$2-$3T$4:$5:$6Z",
          ),
        ) - Date.now(),
      ),
    ).toBeLessThan(60_000);
    expect(seen.headers["x-project-id"]).toBe(PROJECT);
    expect(seen.headers["x-auth-token"]).toBeUndefined();
    expect(JSON.stringify(seen.headers)).not.toContain(SK);
  });

  it("sends and signs the security token of temporary credentials", async () => {
    const client = createHuaweiCbrClient({
      accessKey: AK,
      secretKey: SK,
      securityToken: SESSION,
      baseUrl: server.baseUrl,
    });
    await listBackups(client);
    const seen = server.seen.at(-1) as SeenRequest;
    expect(seen.headers["x-security-token"]).toBe(SESSION);
    expect(seen.headers.authorization).toContain("SignedHeaders=host;x-sdk-date;x-security-token,");
    expect(seen.headers.authorization).toBe(expectedAuthorization(seen));
  });

  it("signs each retry again", async () => {
    let calls = 0;
    answer = () =>
      ++calls === 1
        ? [503, { error_code: "x", error_msg: "busy" }]
        : [200, { count: 0, backups: [] }];
    const before = server.seen.length;
    const client = createHuaweiCbrClient({
      accessKey: AK,
      secretKey: SK,
      baseUrl: server.baseUrl,
      retry: { baseDelayMs: 1 },
    });
    await listBackups(client);
    const attempts = server.seen.slice(before);
    expect(attempts).toHaveLength(2);
    for (const seen of attempts)
      expect(seen.headers.authorization).toBe(expectedAuthorization(seen));
  });

  it("reports a clock-skew rejection as a clock problem, not a bad key, and never quotes the secret key", async () => {
    answer = (req) => [
      401,
      {
        error_code: "APIG.0303",
        error_msg: `Incorrect app authentication information: signature expired, signature time:20230527T000431Z,server time:20230527T020608Z, sk ${SK}`,
        request_id: `req ${req.headers["x-security-token"]}`,
      },
    ];
    const client = createHuaweiCbrClient({
      accessKey: AK,
      secretKey: SK,
      securityToken: SESSION,
      baseUrl: server.baseUrl,
    });
    const error = (await listBackups(client)
      .then(unwrap)
      .catch((e: unknown) => e)) as ProviderError;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.status).toBe(401);
    expect(error.code).toBe("APIG.0303");
    expect(error.message).toContain(
      "more than 15 minutes from the server's clock: check this computer's clock",
    );
    const everything = `${error.message} ${JSON.stringify(error)} ${error.stack}`;
    expect(everything).not.toContain(SK);
    expect(everything).not.toContain(SESSION);
  });

  it.each([
    [
      "both a token and AK/SK",
      { token: "t", accessKey: AK, secretKey: SK },
      "give either accessKey and secretKey (AK/SK signing) or token (an IAM token)",
    ],
    ["neither", {}, "give either accessKey and secretKey (AK/SK signing) or token (an IAM token)"],
    ["an access key alone", { accessKey: AK }, "the secretKey option is required"],
    ["a secret key alone", { secretKey: SK }, "the accessKey option is required"],
    ["a security token alone", { securityToken: SESSION }, "the accessKey option is required"],
    ["an empty secret key", { accessKey: AK, secretKey: " " }, "the secretKey option is required"],
    [
      "a secret key with a line break",
      { accessKey: AK, secretKey: `${SK}\n` },
      "secretKey has a character an HTTP header cannot carry",
    ],
  ])("rejects %s with a clear error that quotes no credential", (_name, options, message) => {
    let error: unknown;
    try {
      createHuaweiCbrClient(options);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain(message);
    for (const secret of [SK, SESSION, AK]) expect((error as Error).message).not.toContain(secret);
  });
});

describe("huaweiCbrAuthHeadersShown", () => {
  /** The headers a request carries that the client adds to sign in. */
  const AUTH_HEADERS = [
    "authorization",
    "x-auth-token",
    "x-project-id",
    "x-sdk-date",
    "x-security-token",
  ];

  it.each([
    ["AK/SK with the project", { accessKey: AK, secretKey: SK, projectId: PROJECT }],
    ["temporary AK/SK", { accessKey: AK, secretKey: SK, securityToken: SESSION }],
    ["an IAM token", { token: SESSION }],
  ])(
    "names the headers the client sends with %s, each secret one redacted",
    async (_name, options) => {
      answer = () => [200, { count: 0, backups: [] }];
      await listBackups(createHuaweiCbrClient({ ...options, baseUrl: server.baseUrl }));
      const seen = server.seen.at(-1) as SeenRequest;
      const shown = huaweiCbrAuthHeadersShown(options);
      expect(
        Object.keys(shown)
          .map((name) => name.toLowerCase())
          .sort(),
      ).toEqual(AUTH_HEADERS.filter((name) => seen.headers[name] !== undefined));
      const text = JSON.stringify(shown);
      for (const secret of [SK, SESSION, AK]) expect(text).not.toContain(secret);
      for (const [name, value] of Object.entries(shown)) {
        expect(value).toBe(name === "X-Project-Id" ? PROJECT : "[redacted]");
      }
    },
  );
});
