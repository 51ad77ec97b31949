import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/backupkit.js", import.meta.url));
const seedPath = fileURLToPath(
  new URL("../../../fixtures/northflank/list-backups.seed.json", import.meta.url),
);

function backupkit(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("backupkit convert --provider northflank", () => {
  it("prints the seed sample as one common record, raw kept verbatim", () => {
    const { code, stdout, stderr } = backupkit(["convert", "--provider", "northflank", seedPath]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const seed = JSON.parse(readFileSync(seedPath, "utf8"));
    expect(JSON.parse(stdout)).toEqual([
      {
        provider: "northflank",
        id: "example-backup",
        name: "Example Backup",
        status: "available",
        providerStatus: "completed",
        restorable: true,
        trigger: "automatic",
        kind: "unknown",
        resource: {
          type: "addon",
          id: "example-addon",
          name: "Example Addon",
          ref: "example-project/example-addon",
        },
        parentId: null,
        createdAt: "2021-01-20T11:19:53.175Z",
        completedAt: "2021-01-20T11:19:54.494Z",
        updatedAt: null,
        expiresAt: "2024-10-18T06:20:00.000Z",
        sizeBytes: 1234,
        resourceSizeBytes: null,
        raw: seed.data[0],
        ref: "example-project/example-addon/example-backup",
      },
    ]);
  });

  it("prints issues on stderr, one line each", () => {
    const body = JSON.stringify({ data: [{ id: "b", status: "completed", expiredBy: "soon" }] });
    const { code, stdout, stderr } = backupkit(["convert", "-p", "northflank", "-"], body);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([{ id: "b", expiresAt: null }]);
    expect(stderr).toBe(
      'warning: northflank $.data[0].expiredBy (backup b): expected a number, got "soon"\n',
    );
  });

  it.each([
    [
      "Northflank's error envelope",
      '{"error":{"status":401,"message":"Unauthorized","id":"e-1","details":{}}}',
      /^backupkit: northflank: the input is a Northflank error response: Unauthorized \(HTTP 401\)\n$/,
    ],
    [
      "malformed JSON",
      '{"data": [',
      /^backupkit: northflank: the input is not valid JSON \(.*\)\n$/,
    ],
    [
      "an empty body",
      " \n",
      /^backupkit: northflank: the input is empty, expected a JSON response body\n$/,
    ],
    [
      "another provider's body",
      '{"automatic": []}',
      /^backupkit: northflank: not a Northflank backup body/,
    ],
  ])("exits 1 with one line for %s", (_name, input, message) => {
    const { code, stdout, stderr } = backupkit(["convert", "-p", "northflank"], input);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});
