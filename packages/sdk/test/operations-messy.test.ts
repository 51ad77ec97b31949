import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  disableSchedule,
  enableSchedule,
  plan,
  SourceError,
  sourceContext,
  UnsupportedOperationError,
  waitFor,
} from "../src/index.js";

// Provider answers the mocks never give (they are validated against the
// specs): a loopback server answers whatever each test says, as text/html
// like Z.com, and records what it was asked.

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Serves `answer(method, url)`; returns its base URL and the requests it saw. */
async function serve(answer: (method: string, url: string) => { status: number; body?: string }) {
  const seen: string[] = [];
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const { status, body } = answer(req.method ?? "", req.url ?? "");
    res.writeHead(status, { "content-type": "text/html; charset=UTF-8" });
    res.end(body ?? "");
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/v2`, seen };
}

const context = () => sourceContext({ concurrency: 2, timeoutSeconds: 5, maxAttempts: 1 });
const zcom = (baseUrl: string) => ({
  provider: "zcom" as const,
  config: { baseUrl, values: { token: "t0k3n-zcom", tenantId: "tenant1" } },
});
const VM = "5da9552d-93fa-4b86-8fe5-2968556017f7";

describe("Z.com operations on messy answers", () => {
  it.each([
    ["no backup list at all", "{}"],
    ["a backup list that is a string", '{"backup": "none"}'],
    ["null", "null"],
  ])(
    "refuses to guess the backup_id when the list has %s, and deletes nothing",
    async (_n, body) => {
      const { baseUrl, seen } = await serve(() => ({ status: 200, body }));
      await expect(disableSchedule(zcom(baseUrl), { resource: VM }, context())).rejects.toThrow(
        new SourceError(
          "GET /tenant1/backup: the answer has no backup list, so the VM's backup_id is unknown; nothing was turned off",
        ),
      );
      expect(seen).toEqual(["GET /v2/tenant1/backup"]);
    },
  );

  it("skips entries without an id or of another VM, with trailing commas, and cancels the VM's one", async () => {
    const list = `{"backup": [
      {"instance_id": "${VM}", "id": null, "backupruns": []},
      {"instance_id": null, "id": "other-1"},
      "not a backup",
      {"instance_id": "${VM}", "id": "b-1", "backupruns": [{"backuprun_id": "r1"}, {"backuprun_id": "r2"},],},
    ]}`;
    const { baseUrl, seen } = await serve((method) =>
      method === "GET" ? { status: 200, body: list } : { status: 204 },
    );
    const result = await disableSchedule(zcom(baseUrl), { resource: VM }, context());
    expect(result.message).toBe(
      `turned off the automatic backup of VM ${VM} (backup b-1): its 2 backup run(s) are deleted`,
    );
    expect(seen).toEqual(["GET /v2/tenant1/backup", "DELETE /v2/tenant1/backup/b-1"]);
  });

  it.each([
    ["null", "null"],
    ["no id", '{"backup": {"instance_id": "x"}}'],
    ["an id of the wrong type", '{"backup": {"id": 42}}'],
  ])(
    "turns automatic backup on even when the answer has %s, without naming a backup",
    async (_n, body) => {
      const { baseUrl, seen } = await serve(() => ({ status: 201, body }));
      const result = await enableSchedule(zcom(baseUrl), { resource: VM }, context());
      expect(result.message).toBe(`turned on the automatic backup of VM ${VM}`);
      expect(seen).toEqual(["POST /v2/tenant1/backup"]);
    },
  );

  it("ends a wait as gone when the run is no longer in its backup, and when the backup is 404", async () => {
    let answer = {
      status: 200,
      body: '{"backup": [{"id": "b-1", "instance_id": "vm", "backupruns": null}]}',
    };
    const { baseUrl } = await serve(() => answer);
    const seen: string[] = [];
    const options = { timeoutMs: 2_000, intervalMs: 10, onProgress: (s: string) => seen.push(s) };
    const target = { ref: "b-1/r1", until: "available" as const };
    expect(await waitFor(zcom(baseUrl), target, context(), options)).toBeNull();
    answer = { status: 404, body: '{"itemNotFound": {"code": 404, "message": "gone"}}' };
    expect(await waitFor(zcom(baseUrl), target, context(), options)).toBeNull();
    expect(seen).toEqual(["gone", "gone"]);
  });

  it("plans with placeholders when signed in with a password: nothing is sent, no password shown", () => {
    const setup = {
      provider: "zcom" as const,
      config: {
        baseUrl: undefined,
        values: {
          username: "u",
          password: "pa55word",
          tenantName: "t",
          identityUrl: "http://127.0.0.1:9/v2.0",
        },
      },
    };
    const requests = plan(setup, "restore", { ref: "b-1/r1" });
    expect(requests).toEqual([
      {
        method: "POST",
        url: "{compute_endpoint}/{tenant_id}/backup/b-1/action",
        body: { restore: { backuprun_id: "r1" } },
        headers: { "X-Auth-Token": "[redacted]" },
      },
    ]);
    expect(JSON.stringify(requests)).not.toContain("pa55word");
  });
});

describe("waitFor on a resource (a Linode restore)", () => {
  const linode = (baseUrl: string) => ({
    provider: "linode" as const,
    config: { baseUrl: baseUrl.replace(/\/v2$/, ""), values: { token: "t0k3n-linode" } },
  });
  const resource = { resource: "123", until: "idle" as const };

  it("polls until the Linode is no longer restoring, reporting Linode's own status", async () => {
    const statuses = ["restoring", "restoring", "offline"];
    const { baseUrl, seen } = await serve(() => ({
      status: 200,
      body: JSON.stringify({ id: 123, status: statuses.shift() ?? "offline" }),
    }));
    const progress: string[] = [];
    const options = {
      timeoutMs: 2_000,
      intervalMs: 10,
      onProgress: (s: string) => progress.push(s),
    };
    expect(await waitFor(linode(baseUrl), resource, context(), options)).toBeNull();
    expect(progress).toEqual(["restoring", "restoring", "offline"]);
    expect(seen).toEqual(Array(3).fill("GET /linode/instances/123"));
  });

  it.each([
    ["no status", "{}", "unknown"],
    ["a status of the wrong type", '{"status": 7}', "unknown"],
  ])("ends when the Linode has %s: nothing says it is restoring", async (_n, body, reported) => {
    const { baseUrl } = await serve(() => ({ status: 200, body }));
    const progress: string[] = [];
    const options = {
      timeoutMs: 2_000,
      intervalMs: 10,
      onProgress: (s: string) => progress.push(s),
    };
    await waitFor(linode(baseUrl), resource, context(), options);
    expect(progress).toEqual([reported]);
  });

  it("says a provider without resource states cannot wait on one", async () => {
    await expect(
      waitFor(
        { provider: "onapp", config: { baseUrl: "http://127.0.0.1:9", values: {} } },
        resource,
        context(),
        { timeoutMs: 100 },
      ),
    ).rejects.toThrow(UnsupportedOperationError);
  });
});
