import { readFileSync } from "node:fs";
import { parseZcomJson } from "@backupkit/zcom";
import { describe, expect, it } from "vitest";
import {
  type MockProviderDefinition,
  type MockProviders,
  startMockProviders,
} from "../src/index.js";
import { zcomMock } from "../src/providers/zcom.js";
import { getFrom, mockPerTest } from "./helpers.js";

const seedText = readFileSync(
  new URL("../../../fixtures/zcom/list-backups.seed.json", import.meta.url),
  "utf8",
);
const seed = parseZcomJson(seedText) as { backup: Backup[] };
/** The sample up to the end of its last backup: a longer list continues from here. */
const seedPrefix = seedText.slice(0, seedText.lastIndexOf("\n  ]"));
const TENANT = "1864e71d2deb46f6b47526b69c65a45d";
const HTML = "text/html; charset=UTF-8";

interface Run {
  status: string;
  created_at: string;
  backuprun_id: string;
  volume_id?: string;
  type: string;
}
interface Backup {
  instance_id: string;
  id: string;
  backupruns: Run[];
}

const start = mockPerTest("zcom");

/** GETs a path below the mock's base URL with its X-Auth-Token, unless other headers are given. */
async function get(m: MockProviders, path: string, headers?: Record<string, string>) {
  const token = m.providers.zcom?.credentials.token ?? "";
  const response = await getFrom(m, "zcom", path, headers ?? { "x-auth-token": token });
  return { ...response, type: response.headers.get("content-type") };
}

async function list(m: MockProviders) {
  const response = await get(m, `/${TENANT}/backup`);
  expect(response.status).toBe(200);
  return { ...response, body: parseZcomJson(response.text) as { backup: Backup[] } };
}

describe("zcom mock", () => {
  it("serves below the spec's /v2 server path on loopback, with fake credentials", async () => {
    const m = await start();
    expect(m.providers.zcom?.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
    const origin = m.providers.zcom?.baseUrl.replace(/\/v2$/, "");
    expect(m.providers.zcom?.credentials).toEqual({
      username: "mock-zcom-user",
      password: "mock-zcom-password",
      tenantId: TENANT,
      tenantName: "mock-zcom-tenant",
      identityUrl: `${origin}/identity/v2.0`,
      token: "mock-zcom-token",
      region: "tyo1",
    });
  });

  it("serves the page's sample byte for byte, as text/html, when it holds the only backups", async () => {
    const m = await start({ providers: { zcom: { resources: 3 } } });
    const { text, type } = await list(m);
    expect(type).toBe(HTML);
    expect(text).toBe(seedText);
  });

  it("keeps the sample verbatim at the start of a longer list, trailing commas and all", async () => {
    const m = await start();
    const { text, type, body } = await list(m);
    expect(type).toBe(HTML);
    expect(text.startsWith(seedPrefix)).toBe(true);
    expect(text.endsWith("\n  ]\n}")).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(body.backup).toHaveLength(12);
    expect(body.backup.slice(0, 3)).toEqual(seed.backup);
  });

  it("generates backups with instance and volume runs, some restoring", async () => {
    const m = await start({ providers: { zcom: { resources: 200 } } });
    const { body } = await list(m);
    const generated = body.backup.slice(3);
    expect(generated).toHaveLength(197);
    const runs = generated.flatMap((b) => b.backupruns);
    expect(generated.every((b) => b.backupruns.length > 0)).toBe(true);
    expect(runs.filter((r) => r.type === "instance").length).toBeGreaterThan(100);
    expect(runs.filter((r) => r.type === "volume").every((r) => r.volume_id)).toBe(true);
    expect(runs.filter((r) => r.type === "volume").length).toBeGreaterThan(20);
    expect(runs.filter((r) => r.status === "restoring").length).toBeGreaterThan(5);
    expect(runs.every((r) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(r.created_at))).toBe(true);
    expect(runs.every((r) => /^[0-9a-f]{32}$/.test(r.backuprun_id))).toBe(true);
    expect(new Set(runs.map((r) => r.backuprun_id)).size).toBe(runs.length);
    expect(new Set(body.backup.map((b) => b.id)).size).toBe(200);
  });

  it.each([
    ["no backups", 0, []],
    ["the sample's first backup", 1, seed.backup.slice(0, 1)],
    ["the sample's first two backups", 2, seed.backup.slice(0, 2)],
  ])("serves %s for fewer resources than the sample holds", async (_name, resources, want) => {
    const m = await start({ providers: { zcom: { resources } } });
    const { body, type } = await list(m);
    expect(type).toBe(HTML);
    expect(body).toEqual({ backup: want });
  });

  it("generates 1,000 backups for benchmarks, still valid for the spec", async () => {
    const m = await start({ providers: { zcom: { resources: 1000 } } });
    const { body } = await list(m);
    expect(body.backup).toHaveLength(1000);
  });

  it("generates the same data for the same seed, and other data for another", async () => {
    const first = await startMockProviders({ providers: ["zcom"], seed: 7 });
    const again = await startMockProviders({ providers: ["zcom"], seed: 7 });
    const other = await startMockProviders({ providers: ["zcom"], seed: 8 });
    try {
      const [a, b, c] = await Promise.all([first, again, other].map((m) => list(m)));
      expect(a?.text).toBe(b?.text);
      expect(a?.text).not.toBe(c?.text);
      expect(c?.text.startsWith(seedPrefix)).toBe(true);
    } finally {
      await Promise.all([first, again, other].map((m) => m.close()));
    }
  });

  it("serves each listed backup on its own, in an array as documented", async () => {
    const m = await start();
    const { body } = await list(m);
    for (const backup of [body.backup[1], body.backup[7]]) {
      const detail = await get(m, `/${TENANT}/backup/${backup?.id}`);
      expect(detail.status).toBe(200);
      expect(detail.type).toBe(HTML);
      expect(parseZcomJson(detail.text)).toEqual({ backup: [backup] });
    }
  });

  it.each([
    [
      "an unknown backup",
      `/${TENANT}/backup/9fbcc5eb-0000-4000-8000-000000000000`,
      404,
      { itemNotFound: { message: "Backup could not be found.", code: 404 } },
    ],
    [
      "another tenant's list",
      "/0000aaaa/backup",
      400,
      {
        badRequest: {
          message: `Malformed request URL: URL's project_id '0000aaaa' doesn't match Context's project_id '${TENANT}'`,
          code: 400,
        },
      },
    ],
    [
      "another tenant's backup",
      `/0000aaaa/backup/${seed.backup[0]?.id}`,
      400,
      { badRequest: expect.objectContaining({ code: 400 }) },
    ],
    [
      "an unknown path",
      `/${TENANT}/servers`,
      404,
      { itemNotFound: { message: "Not found", code: 404 } },
    ],
  ])("answers %s with Nova's fault body", async (_name, path, status, want) => {
    const m = await start();
    const response = await get(m, path);
    expect(response.status).toBe(status);
    expect(response.type).toBe("application/json");
    expect(JSON.parse(response.text)).toEqual(want);
  });

  it.each([
    ["no token", {}],
    ["a wrong token", { "x-auth-token": "not-the-token" }],
    ["the token as a Bearer token", { authorization: "Bearer mock-zcom-token" }],
  ])("rejects %s with 401 unauthorized", async (_name, headers) => {
    const m = await start();
    const response = await get(m, `/${TENANT}/backup`, headers);
    expect(response.status).toBe(401);
    expect(JSON.parse(response.text)).toEqual({
      unauthorized: { message: "The request you have made requires authentication.", code: 401 },
    });
  });

  it("answers an injected fault with Nova's fault body", async () => {
    const m = await start({ faults: [{ type: "status", status: 503, times: 1 }] });
    const faulted = await get(m, `/${TENANT}/backup`);
    expect(faulted.status).toBe(503);
    expect(JSON.parse(faulted.text)).toMatchObject({ serviceUnavailable: { code: 503 } });
    expect((await get(m, `/${TENANT}/backup`)).status).toBe(200);
  });

  it("validates the parsed trailing-comma body: a run with a numeric status is answered 500", async () => {
    const broken = seedText.replace('"status": "restoring"', '"status": 7');
    const definition: MockProviderDefinition = {
      id: "zcom",
      create(options) {
        const real = zcomMock.create(options);
        const html = { status: 200, contentType: HTML, schemaMediaType: "application/json" };
        const body = parseZcomJson(broken);
        return {
          ...real,
          routes: [
            {
              method: "GET",
              path: "/{tenant_id}/backup",
              handle: () => ({ ...html, text: broken, body }),
            },
          ],
        };
      },
    };
    const m = await startMockProviders({ definitions: [definition] });
    try {
      const response = await get(m, `/${TENANT}/backup`);
      expect(response.status).toBe(500);
      expect(response.text).toMatch(/\/backup\/2\/backupruns\/1\/status must be string/);
      expect(m.failures).toHaveLength(1);
    } finally {
      await m.close();
    }
  });

  it("refuses a resource count that is not a whole number", async () => {
    await expect(startMockProviders({ providers: { zcom: { resources: 1.5 } } })).rejects.toThrow(
      /zcom mock: resources must be a whole number/,
    );
  });
});
