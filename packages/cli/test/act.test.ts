import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";
import { actingOn } from "./support/acting.js";

const acting = actingOn("linode");

/** The requests the mock received that could change something. */
const changes = () => acting.mock.requests.filter((r) => r.method !== "GET");

describe("backupkit create/restore/delete/cancel on Linode", () => {
  it("takes a snapshot and, with --wait, returns it once it is available", async () => {
    const result = await acting.created("123", ["--label", "nightly", "--yes", "--wait"]);
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
    const listed = await runMain(["get", "-p", "linode", result.backups[0].ref], acting.env);
    expect(JSON.parse(listed.stdout)[0]).toMatchObject({ name: "nightly", status: "available" });
    expect(changes().map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /v4/linode/instances/123/backups",
    ]);
  });

  it("restores with --wait until the target Linode is no longer restoring", async () => {
    // The restore ends a pace after it starts, by the mock's Date.now().
    const { code, stdout, stderr, requests } = await acting.waitedOut({ paceMs: 700, steps: 1 }, [
      "restore",
      "-p",
      "linode",
      "123/1234",
      "--yes",
      "--wait",
      "-f",
      "json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      operation: "restore",
      message: "started restoring backup 1234 of Linode 123 to Linode 123",
      backups: [],
    });
    // The wait polled the Linode itself, more than once, until it was no longer restoring.
    const [post, ...polls] = requests;
    expect(post).toBe("POST /v4/linode/instances/123/backups/1234/restore 200");
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(new Set(polls)).toEqual(new Set(["GET /v4/linode/instances/123 200"]));
  });

  it("reports Linode's own error body, exit 1", async () => {
    const { code, stdout, stderr } = await runMain(
      ["restore", "-p", "linode", "123/1234", "--target", "999999"],
      acting.env,
    );
    expect(stdout).toBe("");
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^backupkit: linode: POST .*restore failed with 400.*linode_id: Linode not found\.\n$/,
    );
  });

  acting.itRefusesWithoutYes([
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
  ]);

  acting.itPrintsDryRun([
    [
      "a restore onto another Linode",
      ["restore", "-p", "linode", "123/1234", "--target", "20001627", "--overwrite"],
      (base) =>
        `POST ${base}/linode/instances/123/backups/1234/restore {"linode_id":20001627,"overwrite":true}\n`,
    ],
  ]);

  acting.itRefusesBeforeSending([
    [
      "delete, which Linode cannot do",
      ["delete", "-p", "linode", "123/1234"],
      /linode cannot delete: Linode cannot delete one backup; "cancel" cancels the Backup service/,
    ],
    [
      "create on Z.com, which Z.com cannot do",
      ["create", "-p", "zcom", "--resource", "x"],
      /zcom cannot create: /,
    ],
    [
      "a malformed ref",
      ["cancel", "-p", "linode", "123/../1", "--yes"],
      /a Linode ref must be <linodeId>\/<backupId>, got "123\/..\/1"/,
    ],
  ]);

  acting.itNeverSendsTwice(
    "a POST",
    "/linode/instances/{linodeId}/backups",
    ["create", "-p", "linode", "--resource", "123", "--yes"],
    /^backupkit: linode: POST .* got no answer within 300 ms and was not sent again: a snapshot of Linode 123 may have happened\. Check with "backupkit list -p linode"/,
  );

  it("cancels the Backup service with --yes, after which the Linode lists no backups", async () => {
    const { code, stdout } = await runMain(
      ["cancel", "-p", "linode", "123/1234", "--yes"],
      acting.env,
    );
    expect(code).toBe(0);
    expect(stdout).toBe("cancelled the Backup service of Linode 123: its backups are deleted\n");
    const listed = await runMain(["list", "-p", "linode", "-f", "json"], acting.env);
    expect(
      JSON.parse(listed.stdout).filter(
        (b: { resource: { id: string } }) => b.resource.id === "123",
      ),
    ).toEqual([]);
  });
});
