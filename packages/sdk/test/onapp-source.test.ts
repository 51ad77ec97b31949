import { type Fault, type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { fromOnapp } from "@backupkit/model";
import { parseOnappBackupsXml } from "@backupkit/onapp";
import { afterEach, describe, expect, it } from "vitest";
import { ArgumentError, onappSource, SourceError, sourceContext } from "../src/index.js";
import { collect } from "./support/collect.js";

let mock: MockProviders | undefined;
afterEach(async () => {
  // Every JSON body these tests read was checked against the spec by the mock.
  expect(mock?.failures ?? []).toEqual([]);
  await mock?.close();
  mock = undefined;
});

const context = (maxAttempts = 1) =>
  sourceContext({ concurrency: 8, timeoutSeconds: 10, maxAttempts });

async function start(resources = 12, faults: Fault[] = []) {
  mock = await startMockProviders({ providers: { onapp: { resources } }, faults });
  const endpoint = mock.providers.onapp;
  if (!endpoint) throw new Error("no onapp mock");
  const { user = "", apiKey = "" } = endpoint.credentials;
  return { mock, config: { baseUrl: endpoint.baseUrl, values: { user, apiKey } } };
}

/** GETs a path of the mock with its credentials, as text. */
async function fetchText(m: MockProviders, path: string): Promise<string> {
  const endpoint = m.providers.onapp;
  const basic = Buffer.from(`${endpoint?.credentials.user}:${endpoint?.credentials.apiKey}`);
  const response = await fetch(`${endpoint?.baseUrl}${path}`, {
    headers: { authorization: `Basic ${basic.toString("base64")}` },
  });
  return response.text();
}

async function serverIds(m: MockProviders): Promise<number[]> {
  const list = JSON.parse(await fetchText(m, "/virtual_machines.json")) as {
    virtual_machine: { id: number };
  }[];
  return list.map((entry) => entry.virtual_machine.id);
}

describe("the OnApp source", () => {
  it("lists every backup of every virtual server, one request per server", async () => {
    const { mock, config } = await start(40);
    const { backups, issues } = await collect(onappSource.list(config, context()));
    expect(issues).toEqual([]);
    const ids = await serverIds(mock);
    const urls = mock.requests.map((r) => r.url);
    expect(urls.filter((u) => u === "/virtual_machines.json")).toHaveLength(2); // ours and the source's
    expect(urls.filter((u) => u.endsWith("/backups/images.json")).sort()).toEqual(
      ids.map((id) => `/virtual_machines/${id}/backups/images.json`).sort(),
    );
    let served = 0;
    for (const id of ids) {
      served += (
        JSON.parse(await fetchText(mock, `/virtual_machines/${id}/backups/images.json`)) as []
      ).length;
    }
    expect(backups).toHaveLength(served);
    expect(new Set(backups.map((b) => b.status))).toEqual(
      new Set(["available", "deleting", "running", "pending"]),
    );
    expect(new Set(backups.map((b) => b.kind))).toEqual(new Set(["full", "incremental"]));
  });

  it("converts the page's samples: zone offsets to UTC, kB to bytes", async () => {
    const { config } = await start();
    const { backups } = await collect(onappSource.list(config, context()));
    expect(backups.slice(0, 2)).toMatchObject([
      {
        provider: "onapp",
        id: "6117",
        status: "available",
        trigger: "manual",
        kind: "incremental",
        resource: { type: "VirtualMachine", id: "488" },
        createdAt: "2015-08-13T01:59:20.000Z",
        sizeBytes: 930584 * 1024,
      },
      {
        id: "1951",
        trigger: "automatic",
        kind: "full",
        resource: { type: "Disk", id: "11860" },
        createdAt: "2013-12-24T11:31:20.000Z",
        completedAt: "2013-12-24T11:34:06.000Z",
        sizeBytes: 310896 * 1024,
      },
    ]);
  });

  it("yields backups in the Control Panel's order of servers, whatever order the answers come in", async () => {
    // The first server answers last.
    const { mock, config } = await start(12, [
      { type: "delay", ms: 80, path: "/virtual_machines/488/backups/images.json" },
    ]);
    const { backups } = await collect(onappSource.list(config, context()));
    expect(backups[0]?.id).toBe("6117");
    const ids = await serverIds(mock);
    // Incremental backups name their server; their order follows the list's.
    const servers = [
      ...new Set(
        backups
          .filter((b) => b.resource.type === "VirtualMachine")
          .map((b) => Number(b.resource.id)),
      ),
    ];
    expect(servers).toEqual(ids.filter((id) => servers.includes(id)));
  });

  it("reads each server's XML into what its JSON says, through the onapp parser", async () => {
    const { mock } = await start(20);
    for (const id of await serverIds(mock)) {
      const json = JSON.parse(await fetchText(mock, `/virtual_machines/${id}/backups/images.json`));
      const xml = parseOnappBackupsXml(
        await fetchText(mock, `/virtual_machines/${id}/backups/images.xml`),
      );
      // The JSON body passed the mock's spec validation, so the parsed XML matches the schema too.
      expect(xml).toEqual(json);
      expect(fromOnapp(xml)).toEqual(fromOnapp(json));
    }
  });

  it("lists nothing for a Control Panel without virtual servers", async () => {
    const { config } = await start(0);
    expect(await collect(onappSource.list(config, context()))).toEqual({ backups: [], issues: [] });
  });

  it("retries a server's backups after a 503 when retries are allowed", async () => {
    const { mock, config } = await start(12, [
      { type: "status", status: 503, path: "/virtual_machines/2/backups/images.json", times: 1 },
    ]);
    const { backups } = await collect(onappSource.list(config, context(2)));
    expect(backups.map((b) => b.id)).toContain("1951");
    expect(
      mock.requests.filter((r) => r.url === "/virtual_machines/2/backups/images.json"),
    ).toEqual([expect.objectContaining({ status: 503 }), expect.objectContaining({ status: 200 })]);
  });

  it.each([
    [
      "a wrong API key",
      { apiKey: "wrong-k3y-9f1e" },
      [],
      "GET /virtual_machines.json failed with 401 Unauthorized: HTTP Basic: Access denied.",
    ],
    [
      "a server whose backups fail",
      {},
      [{ type: "status", status: 500, path: "/virtual_machines/2/backups/images.json" }] as Fault[],
      "GET /virtual_machines/{virtual_machine_id}/backups/images.json failed with 500 Internal Server Error: Injected fault: status 500",
    ],
    [
      "a VS list that is forbidden",
      {},
      [
        {
          type: "status",
          status: 403,
          message: "You do not have permissions",
          path: "/virtual_machines.json",
        },
      ] as Fault[],
      "GET /virtual_machines.json failed with 403 Forbidden: You do not have permissions",
    ],
  ])("fails with one line for %s", async (_name, values, faults, message) => {
    const { config } = await start(12, faults);
    const bad = { ...config, values: { ...config.values, ...values } };
    const failure = collect(onappSource.list(bad, context()));
    await expect(failure).rejects.toThrow(SourceError);
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.not.toThrow(/wrong-k3y/);
  });

  it("gets one backup by id", async () => {
    const { mock, config } = await start();
    const result = await onappSource.get?.run(config, { "backup-id": "1951" }, context());
    expect(result?.issues).toEqual([]);
    expect(result?.backups).toMatchObject([{ provider: "onapp", id: "1951", status: "available" }]);
    expect(mock.requests.map((r) => r.url)).toEqual(["/backups/1951.json"]);
  });

  it("says when a backup does not exist", async () => {
    const { config } = await start();
    await expect(onappSource.get?.run(config, { "backup-id": "9" }, context())).rejects.toThrow(
      "GET /backups/{backup_id}.json failed with 404 Not Found: Backup not found",
    );
  });

  it.each(["0", "1e3", "abc", "-5", "99999999999999999999"])(
    "refuses the backup id %j before any request",
    async (id) => {
      const { mock, config } = await start(1);
      await expect(onappSource.get?.run(config, { "backup-id": id }, context())).rejects.toThrow(
        ArgumentError,
      );
      expect(mock.requests).toEqual([]);
    },
  );
});

describe("the OnApp source on bodies the mock never sends", () => {
  /** A context whose fetch answers every request with `body` for the VS list and `[]` otherwise. */
  const fakeContext = (body: unknown) => {
    const real = context();
    const fetch = async (request: Request) =>
      new Response(
        JSON.stringify(new URL(request.url).pathname === "/virtual_machines.json" ? body : []),
        {
          headers: { "content-type": "application/json" },
        },
      );
    return { client: { ...real.client, fetch } };
  };
  const config = { baseUrl: "http://127.0.0.1:9", values: { user: "u", apiKey: "k3y" } };

  it.each([
    ["an object", { virtual_machines: [] }, "got an object"],
    ["null", null, "got null"],
  ])("refuses a VS list that is %s", async (_name, body, message) => {
    const failure = collect(onappSource.list(config, fakeContext(body)));
    await expect(failure).rejects.toThrow(SourceError);
    await expect(failure).rejects.toThrow(
      `GET /virtual_machines.json: expected a list of virtual servers, ${message}`,
    );
  });

  it("reports a server without an id instead of dropping it", async () => {
    const body = [{ virtual_machine: { label: "no-id" } }, { virtual_machine: { id: 7 } }, null];
    const { backups, issues } = await collect(onappSource.list(config, fakeContext(body)));
    expect(backups).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        provider: "onapp",
        severity: "error",
        path: "GET /virtual_machines.json: $[0]",
        message: "a virtual server without a numeric id (absent): its backups were not listed",
      }),
      expect.objectContaining({ path: "GET /virtual_machines.json: $[2]" }),
    ]);
  });
});
