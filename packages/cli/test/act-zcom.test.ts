import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";
import { actingOn, zcomPasswordEnv } from "./support/acting.js";

/** The mock, and a ready token for it, as OS_AUTH_TOKEN gives it. */
const acting = actingOn("zcom");
const tenant = () => acting.env.OS_TENANT_ID;
/** The API user's name and password: every request carries a token from the mock's Identity. */
const passwordEnv = () => zcomPasswordEnv(acting.mock);

/** The list page's sample: VM 5da9552d… has backup 9fbcc5eb… with one available run. */
const VM = "5da9552d-93fa-4b86-8fe5-2968556017f7";
const BACKUP = "9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17";
const RUN_REF = `${BACKUP}/58ad1951017444acacc13cee1067f1d0`;
/** The sample's volume run that is being restored already. */
const RESTORING_REF = "eaf25feb-8255-4cda-912c-ffea8df34e0e/136918faac024d879acda658d47c290f";

const requests = () => acting.mock.requests.map((r) => `${r.method} ${r.url} ${r.status}`);

describe("backupkit restore/schedule on Z.com", () => {
  it("restores a run signed in with a password and, with --wait, returns it once available again", async () => {
    // A run is restoring for two paces, by the mock's Date.now().
    const { code, stdout, stderr, requests } = await acting.waitedOut(
      { paceMs: 400, steps: 2 },
      ["restore", "-p", "zcom", RUN_REF, "--yes", "--wait", "-f", "json"],
      zcomPasswordEnv,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      provider: "zcom",
      operation: "restore",
      message: `started restoring run 58ad1951017444acacc13cee1067f1d0 of backup ${BACKUP}`,
    });
    expect(result.backups).toEqual([
      expect.objectContaining({
        ref: RUN_REF,
        status: "available",
        restorable: true,
        resource: expect.objectContaining({ ref: VM }),
      }),
    ]);
    // Signed in once for the restore and every poll; one POST; then polls until it ended.
    const [signIn, action, ...polls] = requests;
    expect(signIn).toBe("POST /identity/v2.0/tokens 200");
    expect(action).toBe(`POST /v2/${tenant()}/backup/${BACKUP}/action 202`);
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(new Set(polls)).toEqual(new Set([`GET /v2/${tenant()}/backup/${BACKUP} 200`]));
  });

  it("reports Z.com's error body: a run that is being restored cannot be restored again", async () => {
    const { code, stdout, stderr } = await runMain(
      ["restore", "-p", "zcom", RESTORING_REF, "--yes"],
      acting.env,
    );
    expect(stdout).toBe("");
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^backupkit: zcom: POST .*\/action failed with 409.*conflictingRequest.*Backup run 136918faac024d879acda658d47c290f is restoring/,
    );
  });

  acting.itRefusesWithoutYes(
    [
      [
        "restore",
        ["restore", "-p", "zcom", RUN_REF],
        /zcom: this deletes the current disk of the VM or volume that run 58ad1951017444acacc13cee1067f1d0 was taken of/,
      ],
      [
        "schedule disable",
        ["schedule", "disable", "-p", "zcom", "--resource", VM],
        new RegExp(
          `this deletes the automatic backup of VM ${VM} and every backup run it has taken`,
        ),
      ],
    ],
    zcomPasswordEnv,
  );

  acting.itPrintsDryRun([
    [
      "signed in with a token: the token redacted",
      ["restore", "-p", "zcom", RUN_REF],
      (base) =>
        `POST ${base}/${tenant()}/backup/${BACKUP}/action {"restore":{"backuprun_id":"58ad1951017444acacc13cee1067f1d0"}}\n  X-Auth-Token: [redacted]\n`,
    ],
    [
      "signed in with a password: no sign-in, so the endpoint and tenant stay placeholders",
      ["schedule", "disable", "-p", "zcom", "--resource", VM],
      () =>
        "GET {compute_endpoint}/{tenant_id}/backup\n  X-Auth-Token: [redacted]\nDELETE {compute_endpoint}/{tenant_id}/backup/{backup_id}\n  X-Auth-Token: [redacted]\n",
      zcomPasswordEnv,
    ],
  ]);

  acting.itRefusesBeforeSending([
    [
      "create",
      ["create", "-p", "zcom", "--resource", VM],
      /zcom cannot create: Z.com has no on-demand backup/,
    ],
    [
      "delete",
      ["delete", "-p", "zcom", RUN_REF],
      /zcom cannot delete: Z.com cannot delete one backup run/,
    ],
    [
      "cancel",
      ["cancel", "-p", "zcom", RUN_REF],
      /zcom cannot cancel: Z.com's API has no call that stops/,
    ],
    [
      "restore --target",
      ["restore", "-p", "zcom", RUN_REF, "--target", VM, "--yes"],
      /--target is not supported/,
    ],
    [
      "a ref that is not backupId/runId",
      ["restore", "-p", "zcom", BACKUP, "--yes"],
      /a Z.com backup ref must be <backupId>\/<backuprunId>/,
    ],
    [
      "an id that would change the path",
      ["restore", "-p", "zcom", `${BACKUP}/..`, "--yes"],
      /backuprunId must be letters, digits/,
    ],
  ]);

  acting.itNeverSendsTwice(
    "the restore",
    "/{tenant_id}/backup/{backup_id}/action",
    ["restore", "-p", "zcom", RUN_REF, "--yes"],
    /^backupkit: zcom: POST .* got no answer within 300 ms and was not sent again: the restore of run 58ad1951017444acacc13cee1067f1d0 may have happened\. Check with "backupkit list -p zcom"/,
  );

  it("turns a VM's automatic backup off by its resource ref, then on again", async () => {
    const env = passwordEnv();
    const off = await runMain(
      ["schedule", "disable", "-p", "zcom", "--resource", VM, "--yes"],
      env,
    );
    expect(off.stderr).toBe("");
    expect(off.stdout).toBe(
      `turned off the automatic backup of VM ${VM} (backup ${BACKUP}): its 1 backup run(s) are deleted\n`,
    );
    // The backup_id is looked up in the list by the VM's instance_id, then cancelled.
    expect(requests()).toEqual([
      "POST /identity/v2.0/tokens 200",
      `GET /v2/${tenant()}/backup 200`,
      `DELETE /v2/${tenant()}/backup/${BACKUP} 204`,
    ]);
    const listed = await runMain(["list", "-p", "zcom", "-f", "json"], env);
    const vms = JSON.parse(listed.stdout).map((b: { resource: { id: string } }) => b.resource.id);
    expect(vms).not.toContain(VM);
    const again = await runMain(
      ["schedule", "disable", "-p", "zcom", "--resource", VM, "--yes"],
      env,
    );
    expect(again.stdout).toBe(`VM ${VM} has no automatic backup: nothing was turned off\n`);

    const on = await runMain(["schedule", "enable", "-p", "zcom", "--resource", VM], env);
    expect(on.code).toBe(0);
    expect(on.stdout).toMatch(
      new RegExp(`^turned on the automatic backup of VM ${VM} \\(backup [0-9a-f-]{36}\\)\\n$`),
    );
    const twice = await runMain(["schedule", "enable", "-p", "zcom", "--resource", VM], env);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/failed with 400.*badRequest.*already enabled/);
  });
});
