import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linodeEnv, runMain } from "./run.js";

let mock: MockProviders;
beforeAll(async () => {
  mock = await startMockProviders({ providers: ["linode"] });
});
afterAll(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

describe("get", () => {
  it.each([
    ["a REF", ["123/1234"]],
    ["flags", ["--linode-id", "123", "--backup-id", "1234"]],
  ])("fetches one backup named by %s", async (_name, args) => {
    const { code, stdout, stderr } = await runMain(
      ["get", "-p", "linode", ...args],
      linodeEnv(mock),
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([
      {
        provider: "linode",
        id: "1234",
        status: "available",
        trigger: "manual",
        resource: { type: "linode", id: "123" },
        createdAt: "2018-01-15T00:01:01.000Z",
        resourceSizeBytes: 9438232576,
      },
    ]);
  });

  it.each([
    [
      "table",
      /^PROVIDER .*\nlinode +123 +1234 +available +manual +2018-01-15T00:01:01Z +8\.8 GiB +123\/1234\n$/,
    ],
    ["ndjson", /^\{"provider":"linode","id":"1234",.*\}\n$/],
    ["csv", /^provider,id,.*\r\nlinode,1234,Webserver-Backup-2018,/],
  ])("prints it as %s", async (format, pattern) => {
    const { code, stdout } = await runMain(
      ["get", "-p", "linode", "123/1234", "-f", format],
      linodeEnv(mock),
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(pattern);
  });

  it("fetches from the embedded mock with --mock", async () => {
    const { code, stdout } = await runMain(["get", "--mock", "-p", "linode", "123/1233"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([{ id: "1233", trigger: "automatic" }]);
  });

  it.each([
    [
      "an unknown backup",
      "123/99",
      "GET /linode/instances/{linodeId}/backups/{backupId} failed with 404 Not Found: Not found",
    ],
    [
      "an unknown instance",
      "7/1234",
      "GET /linode/instances/{linodeId}/backups/{backupId} failed with 404 Not Found: Not found",
    ],
  ])("exits 1 for %s with Linode's reason", async (_name, ref, message) => {
    const { code, stdout, stderr } = await runMain(["get", "-p", "linode", ref], linodeEnv(mock));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`backupkit: linode: ${message}\n`);
  });

  it("exits 1 when the provider is not configured", async () => {
    const { code, stderr } = await runMain(["get", "-p", "linode", "123/1234"]);
    expect(code).toBe(1);
    expect(stderr).toBe("backupkit: linode: not configured (set LINODE_TOKEN)\n");
  });

  it.each([
    ["no provider", ["123/1234"], /--provider is required/],
    ["an unknown provider", ["-p", "aws", "1/2"], /unknown provider "aws"; expected one of linode/],
    [
      "a REF with one part",
      ["-p", "linode", "1234"],
      /REF for linode is <linodeId>\/<backupId> or a backup's ref .*, got "1234"/,
    ],
    [
      "a REF with an empty part",
      ["-p", "linode", "123/"],
      /REF for linode is <linodeId>\/<backupId>/,
    ],
    [
      "two REFs",
      ["-p", "linode", "1/2", "3/4"],
      /expected one REF \(<linodeId>\/<backupId>\), got 2/,
    ],
    ["a REF and flags", ["-p", "linode", "1/2", "--backup-id", "2"], /give either REF .* not both/],
    [
      "a missing flag",
      ["-p", "linode", "--linode-id", "1"],
      /missing --backup-id \(the backup's id\)/,
    ],
    [
      "an id that is not a number",
      ["-p", "linode", "abc/1"],
      /--linode-id must be a positive whole number, got "abc"/,
    ],
    ["a zero id", ["-p", "linode", "1/0"], /--backup-id must be a positive whole number, got "0"/],
  ])("exits 2 for %s", async (_name, args, message) => {
    const { code, stdout, stderr } = await runMain(["get", ...args], linodeEnv(mock));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Run "backupkit get --help" for usage/);
  });
});

describe("get with the refs that list prints", () => {
  it("fetches each provider's backup by its ref, unchanged, and prints that one record", async () => {
    const listed = await runMain(["list", "--mock", "-f", "json"]);
    expect(listed.code).toBe(0);
    const backups = JSON.parse(listed.stdout) as { provider: string; id: string; ref: string }[];
    // Northflank has no single-backup endpoint; every other provider's first backup.
    for (const provider of ["linode", "huawei-cbr", "onapp", "zcom"]) {
      const backup = backups.find((b) => b.provider === provider && b.ref !== null);
      expect(backup, provider).toBeDefined();
      const { code, stdout, stderr } = await runMain([
        "get",
        "--mock",
        "-p",
        provider,
        `${backup?.ref}`,
      ]);
      expect(stderr, provider).toBe("");
      expect(code, provider).toBe(0);
      // A provider may return a backup together with the backups it contains (Huawei's children).
      expect(JSON.parse(stdout)[0], provider).toEqual(
        expect.objectContaining({ id: backup?.id, ref: backup?.ref }),
      );
    }
  });

  it("says so when a ref names a record the backup does not contain", async () => {
    const listed = await runMain(["list", "--mock", "-p", "zcom", "-f", "json"]);
    const [first] = JSON.parse(listed.stdout) as { ref: string }[];
    const parent = first?.ref.split("/")[0];
    const { code, stderr } = await runMain(["get", "--mock", "-p", "zcom", `${parent}/nosuchrun`]);
    expect(code).toBe(1);
    expect(stderr).toBe('backupkit: zcom: the backup has no record with id "nosuchrun"\n');
  });
});
