import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { until } from "@backupkit/test-support";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { linodeEnv, runAgainstHungPath, runMain } from "./run.js";

let mock: MockProviders;
beforeEach(async () => {
  mock = await startMockProviders({ providers: ["linode"], paceMs: 20 });
});
afterEach(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

/** The requests the mock received that could change something. */
const changes = () => mock.requests.filter((r) => r.method !== "GET");

describe("backupkit create/restore/delete/cancel on Linode", () => {
  it("takes a snapshot and, with --wait, returns it once it is available", async () => {
    const { code, stdout, stderr } = await runMain(
      [
        "create",
        "-p",
        "linode",
        "--resource",
        "123",
        "--label",
        "nightly",
        "--yes",
        "--wait",
        "-f",
        "json",
      ],
      linodeEnv(mock),
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ provider: "linode", operation: "create" });
    expect(result.backups).toEqual([
      expect.objectContaining({
        name: "nightly",
        status: "available",
        trigger: "manual",
        restorable: true,
      }),
    ]);
    expect(result.backups[0].ref).toMatch(/^123\/\d+$/);
    // It replaced the snapshot the Linode had: list shows the new one as current.
    const listed = await runMain(["get", "-p", "linode", result.backups[0].ref], linodeEnv(mock));
    expect(JSON.parse(listed.stdout)[0]).toMatchObject({ name: "nightly", status: "available" });
    expect(changes().map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /v4/linode/instances/123/backups",
    ]);
  });

  it("restores with --wait until the target Linode is no longer restoring", async () => {
    // The restore ends a pace after it starts, by the mock's Date.now(): on a fake Date
    // it ends when the test moves the date, once the wait has seen it restoring twice.
    const slow = await startMockProviders({ providers: ["linode"], paceMs: 700 });
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const running = runMain(
        ["restore", "-p", "linode", "123/1234", "--yes", "--wait", "-f", "json"],
        linodeEnv(slow),
      );
      const pollsSoFar = () => slow.requests.filter((r) => r.method === "GET").length;
      await until(() => pollsSoFar() >= 2, "two polls of the restoring Linode");
      vi.advanceTimersByTime(700);
      const { code, stdout, stderr } = await running;
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({
        operation: "restore",
        message: "started restoring backup 1234 of Linode 123 to Linode 123",
        backups: [],
      });
      // The wait polled the Linode itself, more than once, until it was no longer restoring.
      const [post, ...polls] = slow.requests.map((r) => `${r.method} ${r.url}`);
      expect(post).toBe("POST /v4/linode/instances/123/backups/1234/restore");
      expect(polls.length).toBeGreaterThanOrEqual(2);
      expect(new Set(polls)).toEqual(new Set(["GET /v4/linode/instances/123"]));
      expect(slow.failures).toEqual([]);
    } finally {
      vi.useRealTimers();
      await slow.close();
    }
  });

  it("reports Linode's own error body, exit 1", async () => {
    const { code, stdout, stderr } = await runMain(
      ["restore", "-p", "linode", "123/1234", "--target", "999999"],
      linodeEnv(mock),
    );
    expect(stdout).toBe("");
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^backupkit: linode: POST .*restore failed with 400.*linode_id: Linode not found\.\n$/,
    );
  });

  it.each([
    [
      "cancel",
      ["cancel", "-p", "linode", "123/1234"],
      /every backup of Linode 123 \(its automatic backups and its snapshot\)/,
    ],
    [
      "restore --overwrite",
      ["restore", "-p", "linode", "123/1234", "--overwrite"],
      /every disk and configuration profile of Linode 123/,
    ],
    [
      "schedule disable",
      ["schedule", "disable", "-p", "linode", "--resource", "123"],
      /every backup of Linode 123/,
    ],
  ])(
    "refuses %s without --yes when stdin is not a terminal: exit 2, nothing sent",
    async (_name, args, lost) => {
      const { code, stdout, stderr } = await runMain(args, linodeEnv(mock));
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(lost);
      expect(stderr).toMatch(
        /refusing to go on without --yes, as stdin is not a terminal; nothing was sent/,
      );
      expect(mock.requests).toEqual([]);
    },
  );

  it("prints the exact request with --dry-run and sends nothing", async () => {
    const { code, stdout, stderr } = await runMain(
      ["restore", "-p", "linode", "123/1234", "--target", "20001627", "--overwrite", "--dry-run"],
      linodeEnv(mock),
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      `POST ${mock.providers.linode?.baseUrl}/linode/instances/123/backups/1234/restore {"linode_id":20001627,"overwrite":true}\n`,
    );
    expect(stderr).toBe("dry run: nothing was sent\n");
    expect(stdout).not.toContain(mock.providers.linode?.credentials.token);
    expect(mock.requests).toEqual([]);
  });

  it.each([
    [
      "delete on Linode",
      ["delete", "-p", "linode", "123/1234"],
      /linode cannot delete: Linode cannot delete one backup; "cancel" cancels the Backup service/,
    ],
    ["create on Z.com", ["create", "-p", "zcom", "--resource", "x"], /zcom cannot create: /],
  ])(
    "refuses an operation the provider cannot do (%s): exit 2, nothing sent",
    async (_name, args, message) => {
      const { code, stderr } = await runMain(args, linodeEnv(mock));
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(mock.requests).toEqual([]);
    },
  );

  it("refuses a malformed ref before sending anything", async () => {
    const { code, stderr } = await runMain(
      ["cancel", "-p", "linode", "123/../1", "--yes"],
      linodeEnv(mock),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/a Linode ref must be <linodeId>\/<backupId>, got "123\/..\/1"/);
    expect(mock.requests).toEqual([]);
  });

  it("never sends a POST twice after a response timeout, and says it may have happened", async () => {
    const { code, stderr, requests } = await runAgainstHungPath(
      "linode",
      "/linode/instances/{linodeId}/backups",
      ["create", "-p", "linode", "--resource", "123", "--yes"],
      linodeEnv,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^backupkit: linode: POST .* got no answer within 300 ms and was not sent again: a snapshot of Linode 123 may have happened\. Check with "backupkit list -p linode"/,
    );
    expect(requests).toEqual(["POST hang"]);
  });

  it("cancels the Backup service with --yes, after which the Linode lists no backups", async () => {
    const { code, stdout } = await runMain(
      ["cancel", "-p", "linode", "123/1234", "--yes"],
      linodeEnv(mock),
    );
    expect(code).toBe(0);
    expect(stdout).toBe("cancelled the Backup service of Linode 123: its backups are deleted\n");
    const listed = await runMain(["list", "-p", "linode", "-f", "json"], linodeEnv(mock));
    expect(
      JSON.parse(listed.stdout).filter(
        (b: { resource: { id: string } }) => b.resource.id === "123",
      ),
    ).toEqual([]);
  });
});
