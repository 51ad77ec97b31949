import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type MockProviders, startMockProviders } from "../src/index.js";
import { backupsXml, controlPanelTime } from "../src/providers/onapp.js";
import { getFrom, mockPerTest } from "./helpers.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/onapp/${name}`, import.meta.url), "utf8");
const seedJson = JSON.parse(fixture("backups.seed.json"));
const seedXml = fixture("backups.seed.xml");
const seedXmlAsJson = JSON.parse(fixture("backups.xml-seed.as-json.json"));

const start = mockPerTest("onapp");

const basic = (user: string, key: string) =>
  `Basic ${Buffer.from(`${user}:${key}`, "utf8").toString("base64")}`;

/** GETs a path below the OnApp mock's base URL, with its credentials unless other headers are given. */
function get(m: MockProviders, path: string, authorization?: string | null) {
  const { user = "", apiKey = "" } = m.providers.onapp?.credentials ?? {};
  const auth = authorization === undefined ? basic(user, apiKey) : authorization;
  return getFrom(m, "onapp", path, auth === null ? {} : { authorization: auth });
}

interface Vm {
  virtual_machine: { id: number; label: string; built: boolean; created_at: string };
}
type BackupEntry = { backup: Record<string, unknown> };

async function allBackups(
  m: MockProviders,
): Promise<{ vmId: number; backup: BackupEntry["backup"] }[]> {
  const vms = (await get(m, "/virtual_machines.json")).body as Vm[];
  const lists = await Promise.all(
    vms.map(async ({ virtual_machine: vm }) => {
      const { body } = await get(m, `/virtual_machines/${vm.id}/backups/images.json`);
      return (body as BackupEntry[]).map(({ backup }) => ({ vmId: vm.id, backup }));
    }),
  );
  return lists.flat();
}

describe("onapp mock", () => {
  it("serves at the root of a loopback host, with fake Basic credentials", async () => {
    const m = await start();
    expect(m.providers.onapp?.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(m.providers.onapp?.credentials).toEqual({
      user: "admin@mock-onapp.test",
      apiKey: "mock-onapp-api-key",
    });
  });

  it("lists 12 virtual servers by default, the samples' two first", async () => {
    const m = await start();
    const { status, body } = await get(m, "/virtual_machines.json");
    expect(status).toBe(200);
    const vms = body as Vm[];
    expect(vms).toHaveLength(12);
    expect(vms.slice(0, 2).map((v) => v.virtual_machine.id)).toEqual([488, 2]);
    expect(new Set(vms.map((v) => v.virtual_machine.id)).size).toBe(12);
  });

  it("serves the page's JSON sample on VS 488 and its XML sample byte for byte on VS 2", async () => {
    const m = await start();
    expect((await get(m, "/virtual_machines/488/backups/images.json")).body).toEqual(seedJson);
    expect((await get(m, "/virtual_machines/2/backups/images.json")).body).toEqual(seedXmlAsJson);
    const xml = await get(m, "/virtual_machines/2/backups/images.xml");
    expect(xml.status).toBe(200);
    expect(xml.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(xml.text).toBe(seedXml);
  });

  it("serves one backup by id, as the list has it", async () => {
    const m = await start();
    const { status, body } = await get(m, "/backups/6117.json");
    expect(status).toBe(200);
    expect(body).toEqual(seedJson[0]);
    expect((await get(m, "/backups/1951.json")).body).toEqual(seedXmlAsJson[0]);
  });

  it("generates normal and incremental, scheduled and manual, deleted and unbuilt backups", async () => {
    const m = await start({ providers: { onapp: { resources: 40 } } });
    const backups = (await allBackups(m)).map((entry) => entry.backup);
    const count = (test: (b: Record<string, unknown>) => boolean) => backups.filter(test).length;
    expect(backups.length).toBeGreaterThan(150);
    expect(count((b) => b.backup_type === "normal" && b.target_type === "Disk")).toBeGreaterThan(
      50,
    );
    expect(
      count((b) => b.backup_type === "incremental" && b.target_type === "VirtualMachine"),
    ).toBeGreaterThan(20);
    expect(count((b) => b.marked_for_delete === true)).toBeGreaterThan(5);
    expect(count((b) => b.built === false && b.built_at === null)).toBeGreaterThan(4);
    expect(count((b) => b.built === false && b.locked === true)).toBeGreaterThan(0);
    expect(count((b) => b.built === false && b.locked === false)).toBeGreaterThan(0);
    expect(count((b) => b.initiated === "manual")).toBeGreaterThan(3);
    expect(count((b) => b.initiated === "weeks")).toBeGreaterThan(5);
    const generated = backups.filter((b) => (b.id as number) >= 20_000);
    expect(generated.every((b) => String(b.created_at).endsWith("+03:00"))).toBe(true);
    expect(new Set(backups.map((b) => b.id)).size).toBe(backups.length);
  });

  it("gives a virtual server that was never built no backups", async () => {
    const m = await start({ providers: { onapp: { resources: 40 } } });
    const vms = (await get(m, "/virtual_machines.json")).body as Vm[];
    const unbuilt = vms.filter((v) => !v.virtual_machine.built);
    expect(unbuilt.length).toBeGreaterThan(0);
    for (const { virtual_machine: vm } of unbuilt) {
      expect((await get(m, `/virtual_machines/${vm.id}/backups/images.json`)).body).toEqual([]);
      expect((await get(m, `/virtual_machines/${vm.id}/backups/images.xml`)).text).toBe(
        '<?xml version="1.0" encoding="UTF-8"?>\n<backups type="array"/>\n',
      );
    }
  });

  it("renders generated backups as Rails-style XML with the JSON's values", async () => {
    const m = await start();
    const vms = (await get(m, "/virtual_machines.json")).body as Vm[];
    const vm = vms.find((v) => v.virtual_machine.id >= 1000 && v.virtual_machine.built);
    const id = vm?.virtual_machine.id;
    const json = (await get(m, `/virtual_machines/${id}/backups/images.json`))
      .body as BackupEntry[];
    const xml = (await get(m, `/virtual_machines/${id}/backups/images.xml`)).text;
    expect(json.length).toBeGreaterThan(0);
    expect(xml).toBe(backupsXml(json.map((entry) => entry.backup as never)));
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<backups type="array">\n {2}<backup>\n/,
    );
    expect(xml).toMatch(/<backup_size type="integer">\d+<\/backup_size>/);
    expect(xml).toMatch(/<built type="boolean">(true|false)<\/built>/);
    expect(xml).toMatch(/<created_at type="datetime">[\d-]+T[\d:]+\+03:00<\/created_at>/);
    expect(xml).toMatch(/<iqn nil="true"\/>/);
    expect(xml).toMatch(/<initiated>(days|weeks|manual)<\/initiated>/);
  });

  it.each([
    ["a list", [{ a: 1 }], '<backup>\n    <a type="integer">1</a>\n  </backup>'],
    ["an empty list", [], '<backups type="array"/>'],
    ["markup in text", [{ note: "a < b & c" }], "<note>a &lt; b &amp; c</note>"],
    ["a null", [{ built_at: null }], '<built_at nil="true"/>'],
    ["a datetime", [{ updated_at: "2025-01-14T03:00:00+03:00" }], 'type="datetime">2025-01-14T03'],
  ])("renders %s", (_name, backups, wanted) => {
    expect(backupsXml(backups)).toContain(wanted);
  });

  it("writes times in the Control Panel's +03:00 zone", () => {
    expect(controlPanelTime(Date.UTC(2025, 0, 14, 22, 30, 5))).toBe("2025-01-15T01:30:05+03:00");
  });

  it("generates the same data for the same seed, and other data for another", async () => {
    const runs = await Promise.all(
      [7, 7, 8].map((seed) => startMockProviders({ providers: ["onapp"], seed })),
    );
    try {
      const [a, b, c] = await Promise.all(
        runs.map((m) => get(m, "/virtual_machines.json").then((r) => r.text)),
      );
      expect(a).toBe(b);
      expect(a).not.toBe(c);
    } finally {
      await Promise.all(runs.map((m) => m.close()));
    }
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [1000, 1000],
  ])("serves %i virtual servers for resources: %i", async (resources, wanted) => {
    const m = await start({ providers: { onapp: { resources } } });
    expect((await get(m, "/virtual_machines.json")).body).toHaveLength(wanted);
  });

  it.each([
    ["no credentials", null],
    ["a wrong API key", basic("admin@mock-onapp.test", "wrong")],
    ["a wrong user", basic("someone@mock-onapp.test", "mock-onapp-api-key")],
    ["a bearer token", "Bearer mock-onapp-api-key"],
  ])("refuses %s with the web server's 401", async (_name, authorization) => {
    const m = await start();
    for (const path of ["/virtual_machines.json", "/virtual_machines/2/backups/images.xml"]) {
      const response = await get(m, path, authorization);
      expect(response.status).toBe(401);
      expect(response.text).toBe("HTTP Basic: Access denied.\n");
      expect(response.headers.get("www-authenticate")).toBe('Basic realm="Application"');
    }
  });

  it.each([
    ["an unknown VS", "/virtual_machines/9/backups/images.json", "Virtual server not found"],
    ["an unknown backup", "/backups/9.json", "Backup not found"],
    [
      "a non-integer VS id",
      "/virtual_machines/abc/backups/images.json",
      "virtual_machine_id must be integer",
    ],
    ["an unknown path", "/hypervisors.json", "Not found"],
  ])("answers %s with OnApp's JSON error body", async (_name, path, message) => {
    const m = await start();
    const response = await get(m, path);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ errors: [message] });
  });

  it("answers an unknown VS on the XML call with OnApp's XML error body", async () => {
    const m = await start();
    const response = await get(m, "/virtual_machines/9/backups/images.xml");
    expect(response.status).toBe(404);
    expect(response.text).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n  <error>Virtual server not found</error>\n</errors>\n',
    );
  });

  it.each([
    ["a 503", { type: "status", status: 503 } as const, 503],
    ["a rate limit from a proxy", { type: "rate-limit", retryAfterSeconds: 3 } as const, 429],
    ["a 403", { type: "status", status: 403, message: "Not allowed" } as const, 403],
  ])("plays %s within the spec", async (_name, fault, status) => {
    const m = await start({ faults: [fault] });
    const response = await get(m, "/virtual_machines.json");
    expect(response.status).toBe(status);
    if (status === 403) expect(response.body).toEqual({ errors: ["Not allowed"] });
    if (status === 429) expect(response.headers.get("retry-after")).toBe("3");
  });

  it("refuses a resource count that is not a whole number", async () => {
    await expect(startMockProviders({ providers: { onapp: { resources: 1.5 } } })).rejects.toThrow(
      /resources must be a whole number/,
    );
  });
});
