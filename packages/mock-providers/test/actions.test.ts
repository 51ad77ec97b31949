import { parseZcomJson } from "@backupkit/zcom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type MockProviders, startMockProviders } from "../src/index.js";

/**
 * The mocks' state machines read the time from `Date.now()` (src/actions.ts):
 * the tests fake Date alone and move it a pace at a time, so what a test sees
 * after n paces does not depend on how busy the machine is. Sockets and timers
 * keep to real time.
 */
const PACE_MS = 1000;

let mock: MockProviders | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterEach(async () => {
  vi.useRealTimers();
  await mock?.close();
  mock = undefined;
});

async function start(provider: string) {
  mock = await startMockProviders({ providers: [provider], paceMs: PACE_MS });
  const endpoint = mock.providers[provider];
  if (!endpoint) throw new Error("not started");
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${endpoint.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${endpoint.credentials.token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.json() };
  };
  return call;
}

/**
 * Reads the status now and after each pace, until it is `done`: one status per
 * pace, so a state that lasts two paces shows twice. Gives up after 5 paces.
 */
async function statusPerPace(read: () => Promise<string>, done: string): Promise<string[]> {
  const seen = [await read()];
  while (seen.at(-1) !== done && seen.length <= 5) {
    vi.advanceTimersByTime(PACE_MS);
    seen.push(await read());
  }
  return seen;
}

describe("Linode mock actions", () => {
  it("moves a snapshot through pending, running and successful, one pace at a time", async () => {
    const call = await start("linode");
    const created = await call("POST", "/linode/instances/123/backups", { label: "s1" });
    expect(created).toMatchObject({
      status: 200,
      body: { status: "pending", label: "s1", type: "snapshot" },
    });
    const path = `/linode/instances/123/backups/${created.body.id}`;
    const read = async () => (await call("GET", path)).body.status;
    expect(await statusPerPace(read, "successful")).toEqual(["pending", "running", "successful"]);
    expect((await call("GET", path)).body).toMatchObject({ available: true });
    // The new snapshot took the current slot; the old one is gone.
    expect((await call("GET", "/linode/instances/123/backups/1234")).status).toBe(404);
    expect(mock?.failures).toEqual([]);
  });

  it.each([
    ["a body the spec refuses (no label)", {}, /label/],
    ["a label of the wrong type", { label: 5 }, /label must be string/],
    ["text that is not JSON", "{label:", /not JSON/],
  ])("answers %s with Linode's 400 error body", async (_name, body, reason) => {
    const call = await start("linode");
    const { status, body: answer } = await call("POST", "/linode/instances/123/backups", body);
    expect(status).toBe(400);
    expect(answer.errors[0].reason).toMatch(reason);
    expect(mock?.requests.map((r) => r.status)).toEqual([400]);
  });

  it("deletes every backup of the Linode when its service is cancelled", async () => {
    const call = await start("linode");
    expect((await call("POST", "/linode/instances/123/backups/cancel")).status).toBe(200);
    expect((await call("GET", "/linode/instances/123/backups")).body).toEqual({
      automatic: [],
      snapshot: { current: null, in_progress: null },
    });
    expect((await call("POST", "/linode/instances/123/backups", { label: "x" })).body).toEqual({
      errors: [{ reason: "Backups are not enabled for this Linode." }],
    });
  });
});

describe("Northflank mock actions", () => {
  it("takes a backup scheduled → in-progress → completed, then deletes it: gone after one pace", async () => {
    const call = await start("northflank");
    const base = "/v1/projects/shop-production/addons/orders-db/backups";
    const created = await call("POST", base, { name: "nightly" });
    expect(created.body.data).toMatchObject({ name: "nightly", status: "scheduled" });
    const path = `${base}/${created.body.data.id}`;
    const read = async () => {
      const { status, body } = await call("GET", path);
      return status === 404 ? "gone" : body.data.status;
    };
    expect(await statusPerPace(read, "completed")).toEqual([
      "scheduled",
      "in-progress",
      "completed",
    ]);
    expect((await call("DELETE", path)).status).toBe(200);
    expect(await statusPerPace(read, "gone")).toEqual(["completed", "gone"]);
    expect(mock?.failures).toEqual([]);
  });

  it("aborts a running backup through aborting to aborted", async () => {
    const call = await start("northflank");
    const base = "/v1/projects/shop-production/addons/orders-db/backups";
    const { id } = (await call("POST", base, {})).body.data;
    expect((await call("POST", `${base}/${id}/abort`)).status).toBe(200);
    const read = async () => (await call("GET", `${base}/${id}`)).body.data.status;
    expect(await statusPerPace(read, "aborted")).toEqual(["aborting", "aborted"]);
    expect((await call("POST", `${base}/${id}/abort`)).body.error.message).toBe(
      "Backup is not in a state that allows this action",
    );
  });
});

describe("OnApp mock actions", () => {
  it("queues a disk backup that is built two paces later, and deletes it: marked, then gone", async () => {
    mock = await startMockProviders({ providers: ["onapp"], paceMs: PACE_MS });
    const endpoint = mock.providers.onapp;
    const auth = `Basic ${Buffer.from(`${endpoint?.credentials.user}:${endpoint?.credentials.apiKey}`).toString("base64")}`;
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${endpoint?.baseUrl}${path}`, {
        method,
        headers: { authorization: auth, "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
    };
    // A disk backup of any virtual server names a disk to back up.
    let disk: { target_id: number } | undefined;
    for (const { virtual_machine: vs } of (await call("GET", "/virtual_machines.json")).body) {
      const entries = (await call("GET", `/virtual_machines/${vs.id}/backups/images.json`)).body;
      disk ??= entries
        .map((e: { backup: { target_type: string; target_id: number } }) => e.backup)
        .find((b: { target_type: string }) => b.target_type === "Disk");
    }
    if (!disk) throw new Error("the mock has no disk backup");
    const created = await call("POST", `/settings/disks/${disk.target_id}/backups.json`, {
      backup: { note: "n1" },
    });
    expect(created.status).toBe(201);
    expect(created.body.backup).toMatchObject({ built: false, note: "n1", initiated: "manual" });
    const path = `/backups/${created.body.backup.id}.json`;
    const read = async () => {
      const { status, body } = await call("GET", path);
      if (status === 404) return "gone";
      const b = body.backup;
      return b.marked_for_delete ? "marked" : b.built ? "built" : b.locked ? "locked" : "queued";
    };
    expect(await statusPerPace(read, "built")).toEqual(["queued", "locked", "built"]);
    expect((await call("DELETE", path)).status).toBe(204);
    expect(await statusPerPace(read, "gone")).toEqual(["marked", "gone"]);
    expect(mock.failures).toEqual([]);
  });
});

describe("Huawei CBR mock actions", () => {
  const PROJECT = "4229d7a45436489f8c3dc2b1d35d4987";
  const VAULT = "3b5816b5-f29c-4172-9d9a-76c719a659ce";
  const SERVER = "94eba8b2-acc9-4d82-badc-127144cc5526";

  async function startHuawei() {
    mock = await startMockProviders({ providers: ["huawei-cbr"], paceMs: PACE_MS });
    const endpoint = mock.providers["huawei-cbr"];
    return async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${endpoint?.baseUrl}/v3/${PROJECT}${path}`, {
        method,
        headers: {
          "x-auth-token": endpoint?.credentials.token ?? "",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
    };
  }

  it("backs up a server of a vault: waiting_protect → protecting → available, listed by its checkpoint", async () => {
    const call = await startHuawei();
    const created = await call("POST", "/checkpoints", {
      checkpoint: { vault_id: VAULT, parameters: { resources: [SERVER], name: "pre-upgrade" } },
    });
    expect(created.status).toBe(200);
    const { checkpoint } = created.body;
    expect(checkpoint).toMatchObject({
      status: "protecting",
      vault: { id: VAULT, resources: [{ id: SERVER }], skipped_resources: [] },
    });
    const listed = await call("GET", `/backups?checkpoint_id=${checkpoint.id}`);
    expect(listed.body.backups).toHaveLength(1);
    const [backup] = listed.body.backups;
    expect(backup).toMatchObject({
      name: "pre-upgrade",
      resource_id: SERVER,
      vault_id: VAULT,
      status: "waiting_protect",
    });
    // Its disk backups are new too, and follow the server backup's status.
    expect(backup.children.map((c: { parent_id: string }) => c.parent_id)).toEqual([backup.id]);
    const read = async () => (await call("GET", `/backups/${backup.id}`)).body.backup.status;
    expect(await statusPerPace(read, "available")).toEqual([
      "waiting_protect",
      "protecting",
      "available",
    ]);
    // Once it is available another can be taken; while that one runs, a third skips
    // the resource, with a 200 all the same.
    const again = await call("POST", "/checkpoints", {
      checkpoint: { vault_id: VAULT, parameters: { resources: [SERVER] } },
    });
    expect(again.body.checkpoint.vault.skipped_resources).toEqual([]);
    const busy = await call("POST", "/checkpoints", {
      checkpoint: { vault_id: VAULT, parameters: { resources: [SERVER] } },
    });
    expect(busy.body.checkpoint.vault).toMatchObject({
      resources: [],
      skipped_resources: [{ id: SERVER, reason: "The resource is being backed up or restored." }],
    });
    expect(mock?.failures).toEqual([]);
  });

  it("restores a server backup (restoring for two paces, then available) and deletes it (deleting, then gone)", async () => {
    const call = await startHuawei();
    const path = "/backups/6df2b54c-dd62-4059-a07c-1b8f24f2725d";
    const restore = {
      restore: {
        server_id: SERVER,
        mappings: [
          {
            backup_id: "5d822633-2bbf-4af8-a16e-5ab1c7705235",
            volume_id: "eccbcfdd-f843-4bbb-b2c0-a5ce861f9376",
          },
        ],
      },
    };
    expect(await call("POST", `${path}/restore`, restore)).toEqual({
      status: 202,
      body: undefined,
    });
    const read = async () => {
      const { status, body } = await call("GET", path);
      return status === 404 ? "gone" : body.backup.status;
    };
    expect(await statusPerPace(read, "available")).toEqual(["restoring", "restoring", "available"]);
    expect((await call("DELETE", path)).status).toBe(204);
    expect(await statusPerPace(read, "gone")).toEqual(["deleting", "gone"]);
    expect((await call("DELETE", path)).body).toMatchObject({ error_code: "BackupService.6302" });
  });

  it.each([
    [
      "a server restore without mappings",
      { restore: { server_id: SERVER } },
      400,
      /every disk backup in mappings/,
    ],
    ["a body the spec refuses", { restore: { server_id: 7 } }, 400, /server_id/],
  ])("answers %s with CBR's error body", async (_name, body, status, message) => {
    const call = await startHuawei();
    const answer = await call(
      "POST",
      "/backups/6df2b54c-dd62-4059-a07c-1b8f24f2725d/restore",
      body,
    );
    expect(answer.status).toBe(status);
    expect(answer.body.error_code).toBe("BackupService.9900");
    expect(answer.body.error_msg).toMatch(message);
  });

  it("lists the vault's backup policy and turns it off and on", async () => {
    const call = await startHuawei();
    const { body } = await call("GET", `/policies?operation_type=backup&vault_id=${VAULT}`);
    expect(body.count).toBe(1);
    const [policy] = body.policies;
    expect(policy.associated_vaults).toContainEqual({ vault_id: VAULT });
    const off = await call("PUT", `/policies/${policy.id}`, { policy: { enabled: false } });
    expect(off.body.policy).toMatchObject({ id: policy.id, enabled: false });
    const listed = await call("GET", "/policies");
    expect(listed.body.policies[0].enabled).toBe(false);
    expect((await call("PUT", "/policies/nope", { policy: { enabled: true } })).status).toBe(404);
    expect(mock?.failures).toEqual([]);
  });
});

describe("Linode mock: the restore's target Linode", () => {
  it("is restoring for one pace, then running again", async () => {
    const call = await start("linode");
    const restored = await call("POST", "/linode/instances/123/backups/1234/restore", {
      linode_id: 123,
      overwrite: false,
    });
    expect(restored.status).toBe(200);
    const read = async () => (await call("GET", "/linode/instances/123")).body.status;
    expect(await statusPerPace(read, "running")).toEqual(["restoring", "running"]);
    expect((await call("GET", "/linode/instances/1")).status).toBe(404);
    expect(mock?.failures).toEqual([]);
  });
});

describe("Northflank mock: backups made through the actions", () => {
  it("show in the addons' destination listing, first, with their current status", async () => {
    const call = await start("northflank");
    const base = "/v1/projects/analytics/addons/events-store/backups";
    const { id } = (await call("POST", base, { name: "pre-migration" })).body.data;
    const listing = "/v1/backup-destinations/addon-backups-eu/backups";
    const first = async () => (await call("GET", `${listing}?per_page=1`)).body.data[0];
    expect(await first()).toMatchObject({
      id,
      name: "pre-migration",
      status: "scheduled",
      project: { id: "analytics" },
      addon: { id: "events-store" },
      schedules: [],
    });
    expect(await statusPerPace(async () => (await first()).status, "completed")).toEqual([
      "scheduled",
      "in-progress",
      "completed",
    ]);
    // Paging still reaches every generated backup after it: 250 and this one.
    const last = (await call("GET", `${listing}?per_page=100&page=3`)).body;
    expect(last.pagination).toMatchObject({ hasNextPage: false, count: 51 });
    expect((await call("DELETE", `${base}/${id}`)).status).toBe(200);
    const gone = async () => ((await first()).id === id ? "listed" : "gone");
    expect(await statusPerPace(gone, "gone")).toEqual(["listed", "gone"]);
    expect(mock?.failures).toEqual([]);
  });
});

describe("Z.com mock actions", () => {
  const BACKUP = "9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17";
  const VM = "5da9552d-93fa-4b86-8fe5-2968556017f7";
  const RUN = "58ad1951017444acacc13cee1067f1d0";

  async function startZcom() {
    mock = await startMockProviders({ providers: ["zcom"], paceMs: PACE_MS });
    const endpoint = mock.providers.zcom;
    if (!endpoint) throw new Error("not started");
    const tenant = `${endpoint.baseUrl}/${endpoint.credentials.tenantId}`;
    return async (
      method: string,
      path: string,
      body?: unknown,
      /** null: no X-Auth-Token at all. */
      token: string | null = endpoint.credentials.token ?? null,
    ) => {
      const response = await fetch(`${tenant}${path}`, {
        method,
        headers: {
          ...(token === null ? {} : { "x-auth-token": token }),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return {
        status: response.status,
        type: response.headers.get("content-type"),
        body: text === "" ? undefined : parseZcomJson(text),
      };
    };
  }
  type Listed = {
    instance_id: string;
    id: string;
    backupruns: { backuprun_id: string; status: string }[];
  };
  const backupsIn = (body: unknown) => (body as { backup: Listed[] }).backup;

  it("restores a run: restoring for two paces, then available; a second restore meanwhile is a 409", async () => {
    const call = await startZcom();
    const restored = await call("POST", `/backup/${BACKUP}/action`, {
      restore: { backuprun_id: RUN },
    });
    expect(restored).toMatchObject({ status: 202, body: undefined });
    expect(restored.type).toMatch(/^text\/html/);
    const again = await call("POST", `/backup/${BACKUP}/action`, {
      restore: { backuprun_id: RUN },
    });
    expect(again).toMatchObject({
      status: 409,
      body: { conflictingRequest: { code: 409, message: expect.stringMatching(/is restoring/) } },
    });
    const read = async () => {
      const [backup] = backupsIn((await call("GET", `/backup/${BACKUP}`)).body);
      return backup?.backupruns.find((r) => r.backuprun_id === RUN)?.status ?? "gone";
    };
    expect(await statusPerPace(read, "available")).toEqual(["restoring", "restoring", "available"]);
    expect(mock?.failures).toEqual([]);
  });

  it("keeps a run as an image without changing it, and 404s an unknown run", async () => {
    const call = await startZcom();
    const kept = await call("POST", `/backup/${BACKUP}/action`, {
      createImage: { backuprun_id: RUN, image_name: "kept-01" },
    });
    expect(kept.status).toBe(202);
    const unknown = await call("POST", `/backup/${BACKUP}/action`, {
      restore: { backuprun_id: "0000" },
    });
    expect(unknown.body).toEqual({
      itemNotFound: { code: 404, message: "Backup run 0000 could not be found." },
    });
    const badName = await call("POST", `/backup/${BACKUP}/action`, {
      createImage: { backuprun_id: RUN, image_name: "no spaces" },
    });
    expect(badName.status).toBe(400);
    expect(mock?.failures).toEqual([]);
  });

  it("turns a VM's automatic backup off (its runs go with it) and on again: the first run comes a pace later", async () => {
    const call = await startZcom();
    expect((await call("DELETE", `/backup/${BACKUP}`)).status).toBe(204);
    const listed = async () => backupsIn((await call("GET", "/backup")).body);
    expect((await listed()).some((b) => b.instance_id === VM)).toBe(false);
    expect((await call("DELETE", `/backup/${BACKUP}`)).status).toBe(404);

    const enabled = await call("POST", "/backup", { backup: { instance_id: VM } });
    expect(enabled.status).toBe(201);
    const { id } = (enabled.body as { backup: { id: string; instance_id: string } }).backup;
    expect(enabled.body).toMatchObject({ backup: { instance_id: VM, id } });
    const runs = async () =>
      String((await listed()).find((b) => b.id === id)?.backupruns.length ?? "gone");
    expect(await statusPerPace(runs, "1")).toEqual(["0", "1"]);
    const twice = await call("POST", "/backup", { backup: { instance_id: VM } });
    expect(twice).toMatchObject({ status: 400, body: { badRequest: { code: 400 } } });
    const stranger = await call("POST", "/backup", { backup: { instance_id: "no-such-vm" } });
    expect(stranger.status).toBe(404);
    expect(mock?.failures).toEqual([]);
  });

  it("answers every action 401 without the Identity token, changing nothing", async () => {
    const call = await startZcom();
    const refused = await Promise.all([
      call("POST", `/backup/${BACKUP}/action`, { restore: { backuprun_id: RUN } }, "forged"),
      call("DELETE", `/backup/${BACKUP}`, undefined, null),
      call("POST", "/backup", { backup: { instance_id: VM } }, "forged"),
    ]);
    expect(refused.map((r) => r.status)).toEqual([401, 401, 401]);
    const [backup] = backupsIn((await call("GET", `/backup/${BACKUP}`)).body);
    expect(backup?.backupruns.find((r) => r.backuprun_id === RUN)?.status).toBe("available");
    expect(mock?.failures).toEqual([]);
  });
});
