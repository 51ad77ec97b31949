import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import type { Backup } from "@backupkit/model";
import { afterEach, describe, expect, it } from "vitest";
import { backupkit, runMain } from "./run.js";

// The Z.com source itself is tested in @backupkit/sdk; here, the command that reaches it.

/** The backup runs of the "List backups" page's sample: each one is a Backup. */
const SEED_RUNS = [
  "58ad1951017444acacc13cee1067f1d0",
  "9ba40be79b474328a42046d47171ca1d",
  "4f9a0f1047ef4a5d9758fa176e8a6ba1",
  "eccb48b720ed469f87f42492b98f39f7",
  "9a61530e82434128a6039974a1c8397e",
  "136918faac024d879acda658d47c290f",
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

let mock: MockProviders | undefined;
afterEach(async () => {
  expect(mock?.failures ?? []).toEqual([]);
  await mock?.close();
  mock = undefined;
});

/** Starts the Z.com mock; `env` points the CLI at it through OpenStack's variables. */
async function start(resources?: number) {
  mock = await startMockProviders({ providers: { zcom: { resources } } });
  const endpoint = mock.providers.zcom;
  if (!endpoint) throw new Error("no zcom mock");
  const { token = "", tenantId = "", region = "" } = endpoint.credentials;
  return {
    env: {
      OS_AUTH_TOKEN: token,
      OS_TENANT_ID: tenantId,
      OS_REGION_NAME: region,
      BACKUPKIT_ZCOM_BASE_URL: endpoint.baseUrl,
    },
  };
}

const ndjson = (text: string): Backup[] =>
  text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));

describe("backupkit with Z.com", () => {
  it("lists the tenant's backups as a subprocess, configured by OpenStack's variables", async () => {
    const { env } = await start();
    const { code, stdout, stderr } = await backupkit(["list", "-p", "zcom", "-f", "ndjson"], env);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const listed = ndjson(stdout);
    expect(listed.length).toBeGreaterThan(SEED_RUNS.length);
    expect(listed.map((b) => b.id)).toEqual(expect.arrayContaining([...SEED_RUNS]));
    expect(listed.find((b) => b.id === RESTORING_VOLUME_RUN.id)).toMatchObject(
      RESTORING_VOLUME_RUN,
    );
  });

  it("reads OS_TOKEN and OS_PROJECT_ID too, and prints a table", async () => {
    const { env } = await start(3);
    const { OS_AUTH_TOKEN, OS_TENANT_ID, ...rest } = env;
    const { code, stdout } = await runMain(["list", "-p", "zcom"], {
      ...rest,
      OS_TOKEN: OS_AUTH_TOKEN,
      OS_PROJECT_ID: OS_TENANT_ID,
    });
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split("\n");
    expect(rows).toHaveLength(SEED_RUNS.length + 1);
    expect(rows).toContainEqual(
      expect.stringMatching(
        /^zcom +312d5592-445b-4d67-965c-4d2a0e2e02cb +136918faac024d879acda658d47c290f +restoring +automatic +2015-02-12T09:59:33Z/,
      ),
    );
  });

  it("gets one backup by id, as a REF or a flag", async () => {
    const { env } = await start();
    const id = "eaf25feb-8255-4cda-912c-ffea8df34e0e";
    for (const args of [[id], ["--backup-id", id]]) {
      const { code, stdout, stderr } = await runMain(["get", "-p", "zcom", ...args], env);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject([
        { id: "9a61530e82434128a6039974a1c8397e", parentId: id, resource: { type: "instance" } },
        RESTORING_VOLUME_RUN,
      ]);
    }
  });

  it("exits 1 with Nova's message for an unknown backup", async () => {
    const { env } = await start(3);
    const { code, stdout, stderr } = await runMain(["get", "-p", "zcom", "no-such-backup"], env);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "backupkit: zcom: GET /{tenant_id}/backup/{backup_id} failed with 404 Not Found: itemNotFound: Backup could not be found.\n",
    );
  });

  it("says which settings are missing when only the token is set", async () => {
    const { code, stderr } = await runMain(["list", "-p", "zcom"], { OS_AUTH_TOKEN: "t0k3n" });
    expect(code).toBe(1);
    expect(stderr).toContain(
      "zcom: incomplete configuration: set OS_TENANT_ID or OS_PROJECT_ID (tenant ID)\n",
    );
    expect(stderr).not.toContain("t0k3n");
  });

  it("lists and gets from the embedded mock with --mock", async () => {
    const listed = await runMain(["list", "--mock", "-p", "zcom", "-f", "ndjson"]);
    expect(listed.code).toBe(0);
    expect(ndjson(listed.stdout).map((b) => b.id)).toEqual(expect.arrayContaining([...SEED_RUNS]));
    const got = await runMain([
      "get",
      "--mock",
      "-p",
      "zcom",
      "9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17",
    ]);
    expect(got.code).toBe(0);
    expect(JSON.parse(got.stdout)).toMatchObject([{ id: "58ad1951017444acacc13cee1067f1d0" }]);
  });
});
