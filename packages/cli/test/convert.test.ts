import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/backupkit.js", import.meta.url));
const fixture = (path: string) =>
  fileURLToPath(new URL(`../../../fixtures/${path}`, import.meta.url));

function backupkit(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("backupkit convert", () => {
  it("prints the Linode seed sample as one common record", () => {
    const { code, stdout, stderr } = backupkit([
      "convert",
      "--provider",
      "linode",
      fixture("linode/backup-view.seed.json"),
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([
      {
        provider: "linode",
        id: "1234",
        status: "available",
        createdAt: "2018-01-15T00:01:01.000Z",
        trigger: "manual",
      },
    ]);
  });

  it("reads stdin for - and prints issues on stderr, one line each", () => {
    const body = JSON.stringify({ id: 5, status: "frozen", type: "auto" });
    const { code, stdout, stderr } = backupkit(["convert", "-p", "linode", "-"], body);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([
      { id: "5", status: "unknown", providerStatus: "frozen" },
    ]);
    expect(stderr).toBe('warning: linode $.status (backup 5): unknown value "frozen"\n');
  });

  it.each([
    ["malformed JSON", "{", /^backupkit: linode: the input is not valid JSON/],
    ["an empty body", "", /^backupkit: linode: the input is empty/],
    [
      "Linode's error body",
      '{"errors":[{"reason":"Not found"}]}',
      /^backupkit: linode: the input is a Linode error response: Not found$/m,
    ],
    [
      "a scalar",
      "42",
      /^backupkit: linode: expected a Backup or a backup list object, got a number$/m,
    ],
  ])("exits 1 with one line for %s", (_name, input, message) => {
    const { code, stdout, stderr } = backupkit(["convert", "-p", "linode"], input);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("prints the Huawei CBR seed sample as the server backup, then its disk backup", () => {
    const { code, stdout, stderr } = backupkit([
      "convert",
      "--provider",
      "huawei-cbr",
      fixture("huawei-cbr/show-backup.seed.json"),
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([
      {
        provider: "huawei-cbr",
        id: "6df2b54c-dd62-4059-a07c-1b8f24f2725d",
        status: "available",
        trigger: "automatic",
        parentId: null,
        createdAt: "2019-05-10T07:59:12.084Z",
        resourceSizeBytes: 40 * 2 ** 30,
      },
      {
        provider: "huawei-cbr",
        id: "5d822633-2bbf-4af8-a16e-5ab1c7705235",
        parentId: "6df2b54c-dd62-4059-a07c-1b8f24f2725d",
        resource: { type: "OS::Cinder::Volume" },
      },
    ]);
  });

  it.each([
    [
      "CBR's error body",
      '{"error_code":"BackupService.6302","error_msg":"Resource not found."}',
      /^backupkit: huawei-cbr: the input is a Huawei error response: BackupService\.6302: Resource not found\.$/m,
    ],
    ["malformed JSON", '{"backup":', /^backupkit: huawei-cbr: the input is not valid JSON/],
    [
      "another provider's body",
      '{"automatic":[],"snapshot":null}',
      /^backupkit: huawei-cbr: not a CBR backup body/,
    ],
  ])("exits 1 with one line for %s given as huawei-cbr", (_name, input, message) => {
    const { code, stdout, stderr } = backupkit(["convert", "-p", "huawei-cbr"], input);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("prints Huawei CBR issues on stderr, one line each", () => {
    const body = JSON.stringify({
      count: 1,
      backups: [{ id: "b1", status: "frozen", children: {} }],
    });
    const { code, stdout, stderr } = backupkit(["convert", "-p", "huawei-cbr"], body);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([
      { id: "b1", status: "unknown", providerStatus: "frozen" },
    ]);
    expect(stderr).toBe(
      'warning: huawei-cbr $.backups[0].status (backup b1): unknown value "frozen"\n' +
        "error: huawei-cbr $.backups[0].children: expected an array of backups, got an object\n",
    );
  });

  it("exits 1 when the file does not exist", () => {
    const { code, stderr } = backupkit(["convert", "-p", "linode", "/nonexistent/body.json"]);
    expect(code).toBe(1);
    expect(stderr).toBe("backupkit: cannot read /nonexistent/body.json: no such file\n");
  });

  it.each([
    ["no provider", ["convert", "x.json"], /--provider is required/],
    ["an unknown provider", ["convert", "-p", "aws"], /unknown provider "aws"/],
    ["an unknown option", ["convert", "-p", "linode", "--nope"], /Unknown option '--nope'/],
    ["two files", ["convert", "-p", "linode", "a", "b"], /at most one FILE/],
    ["an unknown command", ["frobnicate"], /unknown command "frobnicate"/],
  ])("exits 2 for %s", (_name, args, message) => {
    const { code, stderr } = backupkit(args, "");
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/--help/);
  });

  it("prints no credential-shaped text an error quotes back", () => {
    const { code, stderr } = backupkit([
      "convert",
      "-p",
      "linode",
      "https://admin:hunter2@x.example/b",
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe("backupkit: cannot read https://[redacted]@x.example/b: no such file\n");
  });

  it("explains itself with --help", () => {
    const { code, stdout } = backupkit(["convert", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: backupkit convert --provider <id> \[FILE\|-\]/);
    expect(stdout).toMatch(/Exit codes:/);
    expect(backupkit(["--help"]).stdout).toMatch(/convert/);
  });

  it("keeps the fixture verbatim in raw", () => {
    const seed = JSON.parse(readFileSync(fixture("linode/backup-view.seed.json"), "utf8"));
    const { stdout } = backupkit([
      "convert",
      "-p",
      "linode",
      fixture("linode/backup-view.seed.json"),
    ]);
    expect(JSON.parse(stdout)[0].raw).toEqual(seed);
  });
});

describe("backupkit convert --provider zcom", () => {
  it("converts the documented list sample verbatim, trailing commas included", () => {
    const path = fixture("zcom/list-backups.seed.json");
    expect(() => JSON.parse(readFileSync(path, "utf8"))).toThrow(SyntaxError);
    const { code, stdout, stderr } = backupkit(["convert", "--provider", "zcom", path]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const records = JSON.parse(stdout);
    // One record per backup run: 1 + 3 + 2 runs in the sample's three backups.
    expect(records).toHaveLength(6);
    expect(records[1]).toMatchObject({
      provider: "zcom",
      id: "9ba40be79b474328a42046d47171ca1d",
      status: "available",
      trigger: "automatic",
      resource: { type: "volume", id: "5026a03f-01e3-4188-899b-8738538f47db" },
      parentId: "1df1d401-0e64-4f43-8a96-475b4eb55029",
      createdAt: "2015-02-24T06:11:04.000Z",
    });
    expect(records.map((r: { status: string }) => r.status)).toEqual([
      "available",
      "available",
      "available",
      "available",
      "available",
      "restoring",
    ]);
  });

  it("prints conversion issues on stderr and still exits 0", () => {
    const body = '{"backup": [{"id": "b1", "instance_id": "vm", "backupruns": [],},],}';
    const { code, stdout, stderr } = backupkit(["convert", "-p", "zcom", "-"], body);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toBe(
      "warning: zcom $.backup[0].backupruns (backup b1): no backup runs, so this backup yields no record\n",
    );
  });

  it.each([
    [
      "an OpenStack fault body",
      '{"itemNotFound": {"message": "The resource could not be found.", "code": 404}}',
      /^backupkit: zcom: the input is a Z\.com error response: itemNotFound, 404: The resource could not be found\.$/m,
    ],
    [
      "an HTML error page",
      "<html><body>502 Bad Gateway</body></html>",
      /^backupkit: zcom: the body is not JSON, even read leniently \(Unexpected token '<'.*\)$/m,
    ],
    [
      "garbage after valid JSON",
      '{"backup": []} trailing',
      /^backupkit: zcom: the body is not JSON/,
    ],
    ["an empty body", "  \n", /^backupkit: zcom: the input is empty/],
    [
      "a scalar",
      "42",
      /^backupkit: zcom: not a Z.com backup body: expected \{backup: \[\.\.\.\]\} .*, got a number$/m,
    ],
  ])("exits 1 with one line for %s", (_name, input, message) => {
    const { code, stdout, stderr } = backupkit(["convert", "-p", "zcom"], input);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
