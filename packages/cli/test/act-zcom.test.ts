import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { until } from "@backupkit/test-support";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runAgainstHungPath, runMain } from "./run.js";

let mock: MockProviders;
let tenant: string;
let baseUrl: string;
beforeEach(async () => {
  mock = await startMockProviders({ providers: ["zcom"], paceMs: 20 });
  const endpoint = mock.providers.zcom;
  if (!endpoint) throw new Error("the zcom mock is not running");
  tenant = endpoint.credentials.tenantId ?? "";
  baseUrl = endpoint.baseUrl;
});
afterEach(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

/** A ready token, as OS_AUTH_TOKEN gives it. */
const tokenEnv = () => ({
  OS_AUTH_TOKEN: mock.providers.zcom?.credentials.token ?? "",
  OS_TENANT_ID: tenant,
  BACKUPKIT_ZCOM_BASE_URL: baseUrl,
});

/** The API user's name and password: every request carries a token from the mock's Identity. */
const passwordEnv = () => {
  const c = mock.providers.zcom?.credentials ?? {};
  return {
    OS_USERNAME: c.username ?? "",
    OS_PASSWORD: c.password ?? "",
    OS_TENANT_NAME: c.tenantName ?? "",
    OS_AUTH_URL: c.identityUrl ?? "",
  };
};

/** The list page's sample: VM 5da9552d… has backup 9fbcc5eb… with one available run. */
const VM = "5da9552d-93fa-4b86-8fe5-2968556017f7";
const BACKUP = "9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17";
const RUN_REF = `${BACKUP}/58ad1951017444acacc13cee1067f1d0`;
/** The sample's volume run that is being restored already. */
const RESTORING_REF = "eaf25feb-8255-4cda-912c-ffea8df34e0e/136918faac024d879acda658d47c290f";

const requests = () => mock.requests.map((r) => `${r.method} ${r.url} ${r.status}`);

describe("backupkit restore/schedule on Z.com", () => {
  it("restores a run signed in with a password and, with --wait, returns it once available again", async () => {
    // A run is restoring for two paces, by the mock's Date.now(): on a fake Date it is
    // available again when the test moves the date, once the wait has seen it restoring twice.
    const slow = await startMockProviders({ providers: ["zcom"], paceMs: 400 });
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const c = slow.providers.zcom?.credentials ?? {};
      const running = runMain(["restore", "-p", "zcom", RUN_REF, "--yes", "--wait", "-f", "json"], {
        OS_USERNAME: c.username ?? "",
        OS_PASSWORD: c.password ?? "",
        OS_TENANT_NAME: c.tenantName ?? "",
        OS_AUTH_URL: c.identityUrl ?? "",
      });
      const pollsSoFar = () => slow.requests.filter((r) => r.method === "GET").length;
      await until(() => pollsSoFar() >= 2, "two polls of the restoring run");
      vi.advanceTimersByTime(800);
      const { code, stdout, stderr } = await running;
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
      const [signIn, action, ...polls] = slow.requests.map(
        (r) => `${r.method} ${r.url} ${r.status}`,
      );
      expect(signIn).toBe("POST /identity/v2.0/tokens 200");
      expect(action).toBe(`POST /v2/${tenant}/backup/${BACKUP}/action 202`);
      expect(polls.length).toBeGreaterThanOrEqual(2);
      expect(new Set(polls)).toEqual(new Set([`GET /v2/${tenant}/backup/${BACKUP} 200`]));
      expect(slow.failures).toEqual([]);
    } finally {
      vi.useRealTimers();
      await slow.close();
    }
  });

  it("reports Z.com's error body: a run that is being restored cannot be restored again", async () => {
    const { code, stdout, stderr } = await runMain(
      ["restore", "-p", "zcom", RESTORING_REF, "--yes"],
      tokenEnv(),
    );
    expect(stdout).toBe("");
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^backupkit: zcom: POST .*\/action failed with 409.*conflictingRequest.*Backup run 136918faac024d879acda658d47c290f is restoring/,
    );
  });

  it.each([
    [
      "restore",
      () => ["restore", "-p", "zcom", RUN_REF],
      /zcom: this deletes the current disk of the VM or volume that run 58ad1951017444acacc13cee1067f1d0 was taken of/,
    ],
    [
      "schedule disable",
      () => ["schedule", "disable", "-p", "zcom", "--resource", VM],
      new RegExp(`this deletes the automatic backup of VM ${VM} and every backup run it has taken`),
    ],
  ])(
    "refuses %s without --yes when stdin is not a terminal: exit 2, nothing sent",
    async (_name, args, lost) => {
      const { code, stdout, stderr } = await runMain(args(), passwordEnv());
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(lost);
      expect(stderr).toMatch(/refusing to go on without --yes/);
      expect(mock.requests).toEqual([]);
    },
  );

  it("prints the exact requests with --dry-run, the token nowhere, and sends nothing", async () => {
    const env = tokenEnv();
    const { code, stdout, stderr } = await runMain(
      ["restore", "-p", "zcom", RUN_REF, "--dry-run"],
      env,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      `POST ${baseUrl}/${tenant}/backup/${BACKUP}/action {"restore":{"backuprun_id":"58ad1951017444acacc13cee1067f1d0"}}\n  X-Auth-Token: [redacted]\n`,
    );
    expect(stderr).toBe("dry run: nothing was sent\n");
    expect(stdout + stderr).not.toContain(env.OS_AUTH_TOKEN);
    expect(mock.requests).toEqual([]);
  });

  it("does not sign in for --dry-run: the password goes nowhere, endpoint and tenant stay placeholders", async () => {
    const env = passwordEnv();
    const { code, stdout } = await runMain(
      ["schedule", "disable", "-p", "zcom", "--resource", VM, "--dry-run"],
      env,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      "GET {compute_endpoint}/{tenant_id}/backup\n  X-Auth-Token: [redacted]\nDELETE {compute_endpoint}/{tenant_id}/backup/{backup_id}\n  X-Auth-Token: [redacted]\n",
    );
    expect(stdout).not.toContain(env.OS_PASSWORD);
    expect(mock.requests).toEqual([]);
  });

  it.each([
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
  ])("refuses %s with exit 2, sending nothing", async (_name, args, message) => {
    const { code, stderr } = await runMain(args, tokenEnv());
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(mock.requests).toEqual([]);
  });

  it("never sends the restore twice after a response timeout, and says it may have happened", async () => {
    const { code, stderr, requests } = await runAgainstHungPath(
      "zcom",
      "/{tenant_id}/backup/{backup_id}/action",
      ["restore", "-p", "zcom", RUN_REF, "--yes"],
      (hung) => ({ ...tokenEnv(), BACKUPKIT_ZCOM_BASE_URL: hung.providers.zcom?.baseUrl ?? "" }),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^backupkit: zcom: POST .* got no answer within 300 ms and was not sent again: the restore of run 58ad1951017444acacc13cee1067f1d0 may have happened\. Check with "backupkit list -p zcom"/,
    );
    expect(requests).toEqual(["POST hang"]);
  });

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
      `GET /v2/${tenant}/backup 200`,
      `DELETE /v2/${tenant}/backup/${BACKUP} 204`,
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
