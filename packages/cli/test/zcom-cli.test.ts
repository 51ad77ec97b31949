import { readFileSync } from "node:fs";
import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { type Backup, fromZcom } from "@backupkit/model";
import { mockSetup, zcomSource } from "@backupkit/sdk";
import { closeAfterEach } from "@backupkit/test-support";
import { parseZcomJson } from "@backupkit/zcom";
import { describe, expect, it } from "vitest";
import { backupkit, runMain } from "./run.js";

// The Z.com source itself is tested in @backupkit/sdk, which pins the records of
// the "List backups" page's sample; here, the command that reaches it must print
// exactly what the model converts that sample to.

/** The sample's records, as the model converts them: the mock serves the sample first. */
const SAMPLE = fromZcom(
  parseZcomJson(
    readFileSync(new URL("../../../fixtures/zcom/list-backups.seed.json", import.meta.url), "utf8"),
  ),
);
/** The sample's records of one backup (one VM's automatic backup), as `get` prints them. */
const runsOf = (backupId: string) => SAMPLE.backups.filter((b) => b.parentId === backupId);

const forThisTest = closeAfterEach<MockProviders>();

/** Starts the Z.com mock; `env` points the CLI at it, with a ready token, through OpenStack's variables. */
async function start(resources?: number) {
  const mock = await forThisTest(startMockProviders({ providers: { zcom: { resources } } }));
  const endpoint = mock.providers.zcom;
  if (!endpoint) throw new Error("no zcom mock");
  const byToken = zcomSource.signIns?.findIndex((way) => way.needs.includes("token"));
  const { baseUrl = "", values } = mockSetup(zcomSource, endpoint, byToken);
  return {
    env: {
      OS_AUTH_TOKEN: values.token ?? "",
      OS_TENANT_ID: values.tenantId ?? "",
      OS_REGION_NAME: values.region ?? "",
      BACKUPKIT_ZCOM_BASE_URL: baseUrl,
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
    expect(SAMPLE.issues).toEqual([]);
    const listed = ndjson(stdout);
    // The sample's backups first, then the ones the mock made up.
    expect(listed.slice(0, SAMPLE.backups.length)).toEqual(SAMPLE.backups);
    expect(listed.length).toBeGreaterThan(SAMPLE.backups.length);
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
    // A header, then one row a record: the creation time to the second, no size known.
    const [header, ...rows] = stdout.trimEnd().split("\n");
    expect(header).toMatch(/^PROVIDER +RESOURCE +ID +STATUS +TRIGGER +CREATED +SIZE +REF$/);
    expect(rows).toEqual(
      SAMPLE.backups.map((b) =>
        expect.stringMatching(
          new RegExp(
            `^zcom +${b.resource.id} +${b.id} +${b.status} +${b.trigger} +${b.createdAt?.slice(0, 19)}Z +- +${b.ref}$`,
          ),
        ),
      ),
    );
  });

  it("gets one backup by id, as a REF or a flag", async () => {
    const { env } = await start();
    // The sample's backup of a VM and its volume: two runs.
    const id = "eaf25feb-8255-4cda-912c-ffea8df34e0e";
    expect(runsOf(id)).toHaveLength(2);
    for (const args of [[id], ["--backup-id", id]]) {
      const { code, stdout, stderr } = await runMain(["get", "-p", "zcom", ...args], env);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(runsOf(id));
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
    expect(ndjson(listed.stdout).slice(0, SAMPLE.backups.length)).toEqual(SAMPLE.backups);
    const got = await runMain([
      "get",
      "--mock",
      "-p",
      "zcom",
      "9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17",
    ]);
    expect(got.code).toBe(0);
    expect(JSON.parse(got.stdout)).toEqual(runsOf("9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17"));
  });
});
