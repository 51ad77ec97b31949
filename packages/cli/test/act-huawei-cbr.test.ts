import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";
import { actingOn, envFor } from "./support/acting.js";

// The acting commands on Huawei CBR, signed with AK/SK as Huawei's SDKs sign:
// the mock checks every signature, so each request here is a signed one.

const acting = actingOn("huawei-cbr");

const PROJECT = "4229d7a45436489f8c3dc2b1d35d4987";
const VAULT = "3b5816b5-f29c-4172-9d9a-76c719a659ce";
const SERVER = "94eba8b2-acc9-4d82-badc-127144cc5526";
/** The sample server, as list prints its resource ref. */
const RESOURCE = `${PROJECT}/${VAULT}/${SERVER}`;
/** The sample's whole-server backup and its disk backup, as list prints their refs. */
const BACKUP = `${PROJECT}/6df2b54c-dd62-4059-a07c-1b8f24f2725d`;
const DISK_BACKUP = `${PROJECT}/5d822633-2bbf-4af8-a16e-5ab1c7705235`;

/** The requests the mock received that could change something. */
const changes = () => acting.mock.requests.filter((r) => r.method !== "GET");

describe("backupkit create/restore/delete/schedule on Huawei CBR", () => {
  it("backs up a server by the resource ref list prints and, with --wait, returns it available", async () => {
    const listed = await runMain(["list", "-p", "huawei-cbr", "-f", "json"], acting.env);
    const refs = JSON.parse(listed.stdout).map(
      (b: { resource: { ref: string } }) => b.resource.ref,
    );
    expect(refs).toContain(RESOURCE);

    const result = await acting.created(RESOURCE, ["--label", "pre-upgrade", "--wait"]);
    expect(result).toMatchObject({ provider: "huawei-cbr", operation: "create" });
    expect(result.message).toMatch(
      new RegExp(
        `^started a backup of resource ${SERVER} in vault ${VAULT} \\(checkpoint [0-9a-f-]+\\)$`,
      ),
    );
    expect(result.backups).toEqual([
      expect.objectContaining({
        name: "pre-upgrade",
        status: "available",
        providerStatus: "available",
        trigger: "manual",
        restorable: true,
        resource: expect.objectContaining({ id: SERVER, ref: RESOURCE }),
      }),
    ]);
    expect(result.backups[0].ref).toBe(`${PROJECT}/${result.backups[0].id}`);
    expect(changes().map((r) => `${r.method} ${r.url}`)).toEqual([
      `POST /v3/${PROJECT}/checkpoints`,
    ]);
    // The new backup is in the listing, before the older ones.
    const after = await runMain(["list", "-p", "huawei-cbr", "-f", "json"], acting.env);
    expect(JSON.parse(after.stdout)[0]).toMatchObject({
      ref: result.backups[0].ref,
      name: "pre-upgrade",
    });
  });

  it("refuses a second backup while one runs, with the reason CBR gives", async () => {
    // A pace no test outlasts: the first backup is still running when the second is asked for.
    const slow = await acting.ownMock(600_000);
    const args = ["create", "-p", "huawei-cbr", "--resource", RESOURCE];
    expect((await runMain(args, slow.env)).code).toBe(0);
    const { code, stderr } = await runMain(args, slow.env);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `backupkit: huawei-cbr: CBR did not back up resource ${SERVER}: The resource is being backed up or restored.\n`,
    );
  });

  it("restores a whole-server backup onto its server, each disk backup mapped to its disk, and waits", async () => {
    const { code, stdout } = await runMain(
      ["restore", "-p", "huawei-cbr", BACKUP, "--yes", "--wait", "-f", "json"],
      acting.env,
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.message).toBe(
      `started restoring backup 6df2b54c-dd62-4059-a07c-1b8f24f2725d onto ${SERVER}`,
    );
    expect(result.backups).toEqual([expect.objectContaining({ status: "available", ref: BACKUP })]);
    expect(changes().map((r) => `${r.method} ${r.url} ${r.status}`)).toEqual([
      `POST /v3/${PROJECT}/backups/6df2b54c-dd62-4059-a07c-1b8f24f2725d/restore 202`,
    ]);
  });

  it("restores a disk backup onto another disk with --target", async () => {
    const target = `${PROJECT}/${VAULT}/0b8f7c3e-2d1a-4b5c-9e6f-7a8b9c0d1e2f`;
    const { code, stdout } = await runMain(
      ["restore", "-p", "huawei-cbr", DISK_BACKUP, "--target", target, "--yes"],
      acting.env,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      "started restoring backup 5d822633-2bbf-4af8-a16e-5ab1c7705235 onto 0b8f7c3e-2d1a-4b5c-9e6f-7a8b9c0d1e2f\n",
    );
  });

  it("refuses --target for a whole-server backup after reading it, sending no restore", async () => {
    const target = `${PROJECT}/${VAULT}/0b8f7c3e-2d1a-4b5c-9e6f-7a8b9c0d1e2f`;
    const { code, stderr } = await runMain(
      ["restore", "-p", "huawei-cbr", BACKUP, "--target", target, "--yes"],
      acting.env,
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/is a whole-server backup: it restores only onto server 94eba8b2-/);
    expect(changes()).toEqual([]);
  });

  it("deletes a backup and, with --wait, returns once CBR no longer has it; again, CBR's error body", async () => {
    await acting.deletedForGood(
      BACKUP,
      /^backupkit: huawei-cbr: DELETE .* failed with 404 .*BackupService\.6302.*Resource 6df2b54c-dd62-4059-a07c-1b8f24f2725d not found\./,
    );
  });

  it("turns the vault's backup policy off with --yes, then on, saying which other vaults it covers", async () => {
    const off = await runMain(
      ["schedule", "disable", "-p", "huawei-cbr", "--resource", RESOURCE, "--yes"],
      acting.env,
    );
    expect(off.stderr).toBe("");
    expect(off.code).toBe(0);
    expect(off.stdout).toMatch(
      new RegExp(
        `^turned backup policy cbb3ce6f-3332-4e7c-b98e-77290d8471ff off: the scheduled backups of vault ${VAULT}, and of \\d+ other vault\\(s\\) it is applied to\\n$`,
      ),
    );
    const on = await runMain(
      ["schedule", "enable", "-p", "huawei-cbr", "--resource", RESOURCE],
      acting.env,
    );
    expect(on.code).toBe(0);
    expect(on.stdout).toMatch(/^turned backup policy cbb3ce6f-3332-4e7c-b98e-77290d8471ff on: /);
    expect(changes().map((r) => `${r.method} ${r.url}`)).toEqual([
      `PUT /v3/${PROJECT}/policies/cbb3ce6f-3332-4e7c-b98e-77290d8471ff`,
      `PUT /v3/${PROJECT}/policies/cbb3ce6f-3332-4e7c-b98e-77290d8471ff`,
    ]);
  });

  it("says so when the resource's vault has no backup policy, changing nothing", async () => {
    // The mock applies its policy to every vault but the last, in sorted order.
    const listed = await runMain(["list", "-p", "huawei-cbr", "-f", "json"], acting.env);
    const refs: string[] = JSON.parse(listed.stdout).map(
      (b: { resource: { ref: string } }) => b.resource.ref,
    );
    const lastVault = [...new Set(refs.map((ref) => ref.split("/")[1]))].sort().at(-1);
    const resource = refs.find((ref) => ref.split("/")[1] === lastVault) ?? "";
    const { code, stderr } = await runMain(
      ["schedule", "enable", "-p", "huawei-cbr", "--resource", resource],
      acting.env,
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      `backupkit: huawei-cbr: vault ${lastVault} has no backup policy applied, so there is no schedule to turn on: apply a policy to the vault in CBR (backupkit does not create policies)\n`,
    );
    expect(changes()).toEqual([]);
  });

  acting.itRefusesWithoutYes([
    [
      "delete",
      ["delete", "-p", "huawei-cbr", BACKUP],
      /this deletes backup 6df2b54c-.*, and the disk backups it holds/,
    ],
    [
      "restore",
      ["restore", "-p", "huawei-cbr", BACKUP],
      /the current data of the server or disk backup 6df2b54c-.* was taken of, which the restore overwrites/,
    ],
    [
      "schedule disable",
      ["schedule", "disable", "-p", "huawei-cbr", "--resource", RESOURCE],
      new RegExp(
        `the scheduled backups of every resource in vault ${VAULT}, and in any other vault`,
      ),
    ],
  ]);

  acting.itPrintsDryRun([
    [
      "signed with AK/SK: signature and signing time redacted",
      ["create", "-p", "huawei-cbr", "--resource", RESOURCE, "--label", "nightly"],
      (base) => {
        const headers = `  X-Sdk-Date: [redacted]\n  X-Project-Id: ${PROJECT}\n  Authorization: [redacted]\n`;
        return (
          `POST ${base}/v3/${PROJECT}/checkpoints {"checkpoint":{"vault_id":"${VAULT}","parameters":{"resources":["${SERVER}"],"name":"nightly"}}}\n${headers}` +
          `GET ${base}/v3/${PROJECT}/backups?checkpoint_id={checkpoint_id}&resource_id=${SERVER}\n${headers}`
        );
      },
    ],
    [
      "signed in with a token: the token redacted",
      ["delete", "-p", "huawei-cbr", BACKUP],
      (base) =>
        `DELETE ${base}/v3/${BACKUP.replace("/", "/backups/")}\n  X-Auth-Token: [redacted]\n`,
      (mock) => {
        const { HW_ACCESS_KEY: _ak, HW_SECRET_KEY: _sk, ...rest } = envFor("huawei-cbr", mock);
        return { ...rest, HW_AUTH_TOKEN: mock.providers["huawei-cbr"]?.credentials.token ?? "" };
      },
    ],
  ]);

  acting.itRefusesBeforeSending([
    [
      "cancel, which CBR cannot do",
      ["cancel", "-p", "huawei-cbr", BACKUP, "--yes"],
      /huawei-cbr cannot cancel: CBR has no call that stops a backup in progress/,
    ],
    [
      "a ref of another project",
      ["delete", "-p", "huawei-cbr", "0000/6df2b54c", "--yes"],
      /"0000\/6df2b54c" is of project 0000, but huawei-cbr is configured for project 4229d7a4/,
    ],
    [
      "a backup ref as --resource",
      ["create", "-p", "huawei-cbr", "--resource", BACKUP],
      /a Huawei CBR resource ref must be <projectId>\/<vaultId>\/<resourceId>/,
    ],
    [
      "a label CBR would refuse",
      ["create", "-p", "huawei-cbr", "--resource", RESOURCE, "--label", "two words"],
      /--label must be 1 to 64 letters, digits, "_" or "-"/,
    ],
  ]);

  acting.itNeverSendsTwice(
    "the checkpoint POST",
    "/v3/{project_id}/checkpoints",
    ["create", "-p", "huawei-cbr", "--resource", RESOURCE],
    new RegExp(
      `^backupkit: huawei-cbr: POST .* got no answer within 300 ms and was not sent again: a backup of resource ${SERVER} may have happened\\. Check with "backupkit list -p huawei-cbr"`,
    ),
  );
});
