import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";
import { actingOn } from "./support/acting.js";

const acting = actingOn("onapp");

/** A listed backup's resource that is a disk, as list prints it. */
async function aDisk(): Promise<string> {
  const listed = await runMain(["list", "-p", "onapp", "-f", "json"], acting.env);
  const refs = (JSON.parse(listed.stdout) as { resource: { ref: string | null } }[]).map(
    (b) => b.resource.ref,
  );
  const disk = refs.find((ref) => ref?.startsWith("disk/"));
  if (!disk) throw new Error("no disk backup listed");
  return disk;
}

describe("backupkit create/restore/delete/schedule on OnApp", () => {
  it("backs up a disk by the resource ref list prints, and waits until it is built", async () => {
    const disk = await aDisk();
    const [backup] = (await acting.created(disk, ["--label", "pre-upgrade", "--wait"])).backups;
    expect(backup).toMatchObject({
      name: "pre-upgrade",
      status: "available",
      trigger: "manual",
      resource: { ref: disk },
    });
    // Deleting it asks; with --yes and --wait it returns once OnApp no longer has it.
    const refused = await runMain(["delete", "-p", "onapp", backup.ref], acting.env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`this deletes backup ${backup.id}\\.`));
    const deleted = await runMain(
      ["delete", "-p", "onapp", backup.ref, "--yes", "--wait"],
      acting.env,
    );
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toBe(`deleting backup ${backup.id}\n`);
    expect((await runMain(["get", "-p", "onapp", backup.ref], acting.env)).stderr).toMatch(/404/);
  });

  acting.itRefusesBeforeSending([
    [
      "cancel",
      ["cancel", "-p", "onapp", "1"],
      /onapp cannot cancel: OnApp's API has no call that stops a backup in progress/,
    ],
    [
      "restore --target",
      ["restore", "-p", "onapp", "1", "--target", "disk/2", "--yes"],
      /--target is not supported/,
    ],
    [
      "a disk ref for the schedule",
      ["schedule", "enable", "-p", "onapp", "--resource", "disk/2"],
      /takes a virtual_machine\/<id> ref, got "disk\/2" \(autobackup is set per virtual machine\)/,
    ],
  ]);

  it("turns autobackup on for a virtual server", async () => {
    const { code, stdout } = await runMain(
      ["schedule", "enable", "-p", "onapp", "--resource", "virtual_machine/488"],
      acting.env,
    );
    expect(code).toBe(0);
    expect(stdout).toBe("turned autobackup on for virtual server 488\n");
    expect(acting.mock.requests.map((r) => `${r.method} ${r.url} ${r.status}`)).toEqual([
      "POST /virtual_machines/488/autobackup_enable.json 200",
    ]);
  });
});
