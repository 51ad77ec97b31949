import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runMain } from "./run.js";

let mock: MockProviders;
let env: Record<string, string>;
beforeEach(async () => {
  mock = await startMockProviders({ providers: ["onapp"], paceMs: 20 });
  const endpoint = mock.providers.onapp;
  env = {
    ONAPP_USER: endpoint?.credentials.user ?? "",
    ONAPP_API_KEY: endpoint?.credentials.apiKey ?? "",
    BACKUPKIT_ONAPP_BASE_URL: endpoint?.baseUrl ?? "",
  };
});
afterEach(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

/** A listed backup's resource that is a disk, as list prints it. */
async function aDisk(): Promise<string> {
  const listed = await runMain(["list", "-p", "onapp", "-f", "json"], env);
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
    const { code, stdout, stderr } = await runMain(
      [
        "create",
        "-p",
        "onapp",
        "--resource",
        disk,
        "--label",
        "pre-upgrade",
        "--wait",
        "-f",
        "json",
      ],
      env,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [backup] = JSON.parse(stdout).backups;
    expect(backup).toMatchObject({
      name: "pre-upgrade",
      status: "available",
      trigger: "manual",
      resource: { ref: disk },
    });
    // Deleting it asks; with --yes and --wait it returns once OnApp no longer has it.
    const refused = await runMain(["delete", "-p", "onapp", backup.ref], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`this deletes backup ${backup.id}\\.`));
    const deleted = await runMain(["delete", "-p", "onapp", backup.ref, "--yes", "--wait"], env);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toBe(`deleting backup ${backup.id}\n`);
    expect((await runMain(["get", "-p", "onapp", backup.ref], env)).stderr).toMatch(/404/);
  });

  it.each([
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
  ])("refuses %s with exit 2, sending nothing", async (_name, args, message) => {
    const { code, stderr } = await runMain(args, env);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(mock.requests).toEqual([]);
  });

  it("turns autobackup on for a virtual server", async () => {
    const { code, stdout } = await runMain(
      ["schedule", "enable", "-p", "onapp", "--resource", "virtual_machine/488"],
      env,
    );
    expect(code).toBe(0);
    expect(stdout).toBe("turned autobackup on for virtual server 488\n");
    expect(mock.requests.map((r) => `${r.method} ${r.url} ${r.status}`)).toEqual([
      "POST /virtual_machines/488/autobackup_enable.json 200",
    ]);
  });
});
