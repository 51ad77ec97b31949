import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import {
  type FaultServer,
  reply,
  replyJson,
  startFaultServer,
} from "../../http/test/support/fault-server.js";
import {
  describeTransportScenarios,
  expectNoSecret,
  SENTINEL_TOKEN,
} from "../../http/test/support/transport-scenarios.js";
import { createZcomClient, parseZcomJson, unwrap, type ZcomClient } from "../src/index.js";

const TENANT = "1864e71d2deb46f6b47526b69c65a45d";
const PATH = "/{tenant_id}/backup";

const listBackups = async (client: ZcomClient) =>
  unwrap(await client.GET(PATH, { params: { path: { tenant_id: TENANT } } }));

/** The OpenStack fault (name and status) each shared scenario's message stands for. */
const FAULTS: [RegExp, string, number][] = [
  [/^Not found/, "itemNotFound", 404],
  [/^Too many requests/, "overLimit", 429],
  [/^invalid token/, "unauthorized", 401],
  [/^Unavailable/, "serviceUnavailable", 503],
];

/** Nova's fault envelope, `{"itemNotFound": {"message": "...", "code": 404}}`. */
function faultBody(message: string) {
  const [, name, code] = FAULTS.find(([pattern]) => pattern.test(message)) ?? [
    null,
    "computeFault",
    500,
  ];
  return { body: JSON.stringify({ [name]: { message, code } }), code: name };
}

describeTransportScenarios({
  provider: "zcom",
  createClient: ({ origin, ...options }) =>
    createZcomClient({ ...options, baseUrl: `${origin}/v2` }),
  get: listBackups,
  path: PATH,
  okBody: JSON.stringify({
    backup: [
      {
        instance_id: "5da9552d-93fa-4b86-8fe5-2968556017f7",
        id: "9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17",
        backupruns: [
          {
            status: "available",
            created_at: "2015-02-28T12:56:29Z",
            backuprun_id: "58ad1951017444acacc13cee1067f1d0",
            type: "instance",
          },
        ],
      },
    ],
  }),
  errorBody: faultBody,
  requestIdHeader: "X-Compute-Request-Id",
});

// The seed sample as published: trailing commas, served as text/html.
const seedText = readFileSync(
  new URL("../../../fixtures/zcom/list-backups.seed.json", import.meta.url),
  "utf8",
);
const HTML = { "content-type": "text/html; charset=UTF-8" };

describe("zcom transport, with Z.com's own quirks", () => {
  let server: FaultServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function clientFor(script: Parameters<typeof startFaultServer>[0]) {
    server = await startFaultServer(script);
    return {
      server,
      client: createZcomClient({
        token: SENTINEL_TOKEN,
        baseUrl: `${server.origin}/v2`,
        retry: { baseDelayMs: 1, maxDelayMs: 10 },
        timeoutMs: 2000,
      }),
    };
  }

  it("reads the documented trailing-comma text/html 200 after retries", async () => {
    const { server, client } = await clientFor([
      replyJson(503, faultBody("Unavailable").body),
      reply(502, "", HTML),
      reply(200, seedText, HTML),
    ]);
    const data = await listBackups(client);
    expect(server.requests).toHaveLength(3);
    expect(data).toEqual(parseZcomJson(seedText));
    expect(data.backup.flatMap((b) => b.backupruns ?? [])).toHaveLength(6);
    expect(server.requests.every((r) => r.headers["x-auth-token"] === SENTINEL_TOKEN)).toBe(true);
  });

  it("reads a trailing-comma text/html fault body into the error's code and message", async () => {
    const { client } = await clientFor([
      reply(
        404,
        '{"itemNotFound": {"message": "Backup could not be found.", "code": 404,},}',
        HTML,
      ),
    ]);
    const error = await listBackups(client).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "ProviderError",
      status: 404,
      code: "itemNotFound",
      providerMessage: "Backup could not be found.",
      attempts: 1,
    });
    expectNoSecret(error);
  });

  it.each([
    ["X-Openstack-Request-Id", { "X-Openstack-Request-Id": "req-0f1e" }, "req-0f1e"],
    ["X-Compute-Request-Id", { "X-Compute-Request-Id": "req-9a8b" }, "req-9a8b"],
    [
      "both (the OpenStack-wide name first)",
      { "X-Compute-Request-Id": "req-compute", "X-Openstack-Request-Id": "req-openstack" },
      "req-openstack",
    ],
  ])("reports the request id from %s", async (_name, headers, want) => {
    const { client } = await clientFor([replyJson(404, faultBody("Not found").body, headers)]);
    await expect(listBackups(client)).rejects.toMatchObject({ requestId: want });
  });

  it("passes timeoutMs, retry and signal to the transport, and keeps the token out of it", async () => {
    server = await startFaultServer([replyJson(503, faultBody("Unavailable").body)]);
    const controller = new AbortController();
    const events: unknown[] = [];
    const client = createZcomClient({
      token: SENTINEL_TOKEN,
      region: "sin1",
      baseUrl: `${server.origin}/v2`,
      retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 1, onRetry: (e) => events.push(e) },
      signal: controller.signal,
    });
    await expect(listBackups(client)).rejects.toMatchObject({ status: 503, attempts: 4 });
    expect(server.requests).toHaveLength(4);
    expectNoSecret(events);
    controller.abort();
    await expect(listBackups(client)).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(4);
  });
});
