import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import type { Backup } from "@backupkit/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupkit } from "./run.js";

// `backupkit list|get -p onapp` as a user runs them, against the OnApp mock.

let mock: MockProviders;
beforeAll(async () => {
  mock = await startMockProviders({ providers: ["onapp"] });
});
afterAll(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

/** The environment variables that point the CLI at the OnApp mock. */
function onappEnv(apiKey?: string): Record<string, string> {
  const endpoint = mock.providers.onapp;
  if (!endpoint) throw new Error("the onapp mock is not running");
  return {
    ONAPP_USER: endpoint.credentials.user ?? "",
    ONAPP_API_KEY: apiKey ?? endpoint.credentials.apiKey ?? "",
    BACKUPKIT_ONAPP_BASE_URL: endpoint.baseUrl,
  };
}

describe.concurrent("backupkit -p onapp (process)", () => {
  it("list prints every backup in a table, the page's samples first", async () => {
    const { code, stdout, stderr } = await backupkit(["list", "-p", "onapp"], onappEnv());
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^PROVIDER {2}RESOURCE +ID +STATUS +TRIGGER +CREATED +SIZE +REF$/);
    expect(lines[1]).toMatch(
      /^onapp +488 +6117 +available +manual +2015-08-13T01:59:20Z +909 MiB +6117$/,
    );
    expect(lines[2]).toMatch(
      /^onapp +11860 +1951 +available +automatic +2013-12-24T11:31:20Z +304 MiB +1951$/,
    );
    expect(lines.length).toBeGreaterThan(30);
    // Marked for delete, and not built yet (being taken or queued).
    expect(stdout).toMatch(/^onapp .* deleting /m);
    expect(stdout).toMatch(/^onapp .* (running|pending) /m);
  });

  it("list -f json gives every record with OnApp's raw backup", async () => {
    const { code, stdout } = await backupkit(["list", "-p", "onapp", "-f", "json"], onappEnv());
    expect(code).toBe(0);
    const backups = JSON.parse(stdout) as Backup[];
    expect(backups.every((b) => b.provider === "onapp")).toBe(true);
    expect(backups.find((b) => b.id === "1951")).toMatchObject({
      resource: { type: "Disk", id: "11860" },
      raw: { id: 1951, backup_type: "normal", disk_id: 11860 },
    });
  });

  it("reads the names OnApp's Terraform provider uses", async () => {
    const env = onappEnv();
    const { code, stdout, stderr } = await backupkit(["list", "-p", "onapp", "-s", "deleting"], {
      ONAPP_USERNAME: env.ONAPP_USER ?? "",
      ONAPP_TOKEN: env.ONAPP_API_KEY ?? "",
      BACKUPKIT_ONAPP_BASE_URL: env.BACKUPKIT_ONAPP_BASE_URL ?? "",
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split("\n").slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => / deleting /.test(row))).toBe(true);
  });

  it("get prints one backup by id", async () => {
    const { code, stdout, stderr } = await backupkit(
      ["get", "-p", "onapp", "6117", "-f", "json"],
      onappEnv(),
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([
      { provider: "onapp", id: "6117", kind: "incremental", resource: { id: "488" } },
    ]);
  });

  it("get names a backup the Control Panel does not have", async () => {
    const { code, stderr } = await backupkit(
      ["get", "-p", "onapp", "--backup-id", "9"],
      onappEnv(),
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      "backupkit: onapp: GET /backups/{backup_id}.json failed with 404 Not Found: Backup not found\n",
    );
  });

  it("list never prints a rejected API key, and exits 1 with the server's refusal", async () => {
    const sentinel = "sentinel-k3y-7c2d90";
    const { code, stdout, stderr } = await backupkit(["list", "-p", "onapp"], onappEnv(sentinel));
    expect(code).toBe(1);
    expect(stderr).toBe(
      "backupkit: onapp: GET /virtual_machines.json failed with 401 Unauthorized: HTTP Basic: Access denied.\n",
    );
    expect(stdout + stderr).not.toContain(sentinel);
  });

  it.each([
    [
      "no base URL",
      { ONAPP_USER: "admin@example.net", ONAPP_API_KEY: "k" },
      "backupkit: onapp: incomplete configuration: set BACKUPKIT_ONAPP_BASE_URL (the API's base URL)\n",
    ],
    [
      "no API key",
      { ONAPP_USER: "admin@example.net", BACKUPKIT_ONAPP_BASE_URL: "https://cp.example.net" },
      "backupkit: onapp: incomplete configuration: set ONAPP_API_KEY or ONAPP_TOKEN (API key (or password))\n",
    ],
    [
      "a base URL that is not http",
      {
        ONAPP_USER: "admin@example.net",
        ONAPP_API_KEY: "k",
        BACKUPKIT_ONAPP_BASE_URL: "cp.example.net",
      },
      "backupkit: onapp: BACKUPKIT_ONAPP_BASE_URL is not an http or https URL\n",
    ],
  ])("list says what is missing for %s, and exits 1", async (_name, env, message) => {
    const { code, stdout, stderr } = await backupkit(["list", "-p", "onapp"], env);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/^onapp /m);
    expect(stderr).toBe(message);
  });

  it("list --mock lists OnApp next to the other providers", async () => {
    const { code, stdout, stderr } = await backupkit(["list", "--mock", "-p", "onapp"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^onapp +488 +6117 +available/m);
  });
});
