import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { closeAfterEach } from "@backupkit/test-support";
import { describe, expect, it } from "vitest";
import { ArgumentError, mockSetup, SourceError, sourceContext, zcomSource } from "../src/index.js";
import { collect } from "./support/collect.js";

const TENANT = "1864e71d2deb46f6b47526b69c65a45d";

/** The backup runs of the "List backups" page's sample: each one is a Backup. */
const SEED_RUNS = [
  ["58ad1951017444acacc13cee1067f1d0", "9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17"],
  ["9ba40be79b474328a42046d47171ca1d", "1df1d401-0e64-4f43-8a96-475b4eb55029"],
  ["4f9a0f1047ef4a5d9758fa176e8a6ba1", "1df1d401-0e64-4f43-8a96-475b4eb55029"],
  ["eccb48b720ed469f87f42492b98f39f7", "1df1d401-0e64-4f43-8a96-475b4eb55029"],
  ["9a61530e82434128a6039974a1c8397e", "eaf25feb-8255-4cda-912c-ffea8df34e0e"],
  ["136918faac024d879acda658d47c290f", "eaf25feb-8255-4cda-912c-ffea8df34e0e"],
] as const;

/** The sample's restoring volume run, as the common model has it. */
const RESTORING_VOLUME_RUN = {
  provider: "zcom",
  id: "136918faac024d879acda658d47c290f",
  name: null,
  status: "restoring",
  providerStatus: "restoring",
  trigger: "automatic",
  resource: { type: "volume", id: "312d5592-445b-4d67-965c-4d2a0e2e02cb", name: null },
  parentId: "eaf25feb-8255-4cda-912c-ffea8df34e0e",
  createdAt: "2015-02-12T09:59:33.000Z",
};

const forThisTest = closeAfterEach<MockProviders>();

/** Starts the Z.com mock; `config` reaches it with a ready token, as the mock's settings give it. */
async function start(resources?: number) {
  const mock = await forThisTest(startMockProviders({ providers: { zcom: { resources } } }));
  const endpoint = mock.providers.zcom;
  if (!endpoint) throw new Error("no zcom mock");
  const byToken = zcomSource.signIns?.findIndex((way) => way.needs.includes("token"));
  return {
    mock,
    config: mockSetup(zcomSource, endpoint, byToken),
    context: sourceContext({ concurrency: 4, timeoutSeconds: 10, maxAttempts: 1 }),
  };
}

/** Every backup run the mock's list holds, read straight from it. */
async function runsInMock(m: MockProviders): Promise<number> {
  const endpoint = m.providers.zcom;
  const response = await fetch(`${endpoint?.baseUrl}/${TENANT}/backup`, {
    headers: { "x-auth-token": endpoint?.credentials.token ?? "" },
  });
  // Trailing commas, as Z.com sends them: count the runs without a JSON parser.
  return ((await response.text()).match(/"backuprun_id"/g) ?? []).length;
}

describe("the Z.com source", () => {
  it("lists every backup run of the tenant with one request, the sample's six among them", async () => {
    const { mock, config, context } = await start();
    const { backups, issues } = await collect(zcomSource.list(config, context));
    expect(issues).toEqual([]);
    expect(mock.requests.map((r) => r.url)).toEqual([`/v2/${TENANT}/backup`]);
    expect(backups).toHaveLength(await runsInMock(mock));
    expect(backups.length).toBeGreaterThan(SEED_RUNS.length);
    expect(backups.slice(0, 6).map((b) => [b.id, b.parentId])).toEqual(SEED_RUNS);
    expect(backups.find((b) => b.id === RESTORING_VOLUME_RUN.id)).toMatchObject(
      RESTORING_VOLUME_RUN,
    );
    expect(new Set(backups.map((b) => b.resource.type))).toEqual(new Set(["instance", "volume"]));
    expect(backups.every((b) => b.provider === "zcom" && b.trigger === "automatic")).toBe(true);
  });

  it("lists nothing for a tenant without automatic backups", async () => {
    const { config, context } = await start(0);
    expect(await collect(zcomSource.list(config, context))).toEqual({ backups: [], issues: [] });
  });

  it("gets one backup's runs by its id", async () => {
    const { mock, config, context } = await start();
    const result = await zcomSource.get?.run(
      config,
      { "backup-id": "1df1d401-0e64-4f43-8a96-475b4eb55029" },
      context,
    );
    expect(result?.issues).toEqual([]);
    expect(result?.backups.map((b) => b.id)).toEqual(
      SEED_RUNS.filter(([, parent]) => parent.startsWith("1df1d401")).map(([id]) => id),
    );
    expect(mock.requests.map((r) => r.url)).toEqual([
      `/v2/${TENANT}/backup/1df1d401-0e64-4f43-8a96-475b4eb55029`,
    ]);
  });

  it.each([
    ["a slash", "a/b"],
    ["a space", "9fbcc5eb aa2b"],
    ["nothing", ""],
  ])("refuses a backup id with %s before any request", async (_name, id) => {
    const { mock, config, context } = await start(3);
    await expect(zcomSource.get?.run(config, { "backup-id": id }, context)).rejects.toThrow(
      ArgumentError,
    );
    expect(mock.requests).toEqual([]);
  });

  it("fails with Z.com's 401 message and without the token", async () => {
    const { config, context } = await start(3);
    const wrong = { ...config, values: { ...config.values, token: "wrong-token-5e3f" } };
    const failure = await collect(zcomSource.list(wrong, context)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SourceError);
    expect((failure as Error).message).toBe(
      "GET /{tenant_id}/backup failed with 401 Unauthorized: unauthorized: The request you have made requires authentication.",
    );
  });

  it("refuses a region that could change the host, before any request", async () => {
    const { mock, config, context } = await start(3);
    const bad = { baseUrl: undefined, values: { ...config.values, region: "evil.example/x" } };
    await expect(collect(zcomSource.list(bad, context))).rejects.toThrow(
      /^region must be lowercase letters and digits, such as "tyo1"; got "evil\.example\/x"$/,
    );
    expect(mock.requests).toEqual([]);
  });
});
