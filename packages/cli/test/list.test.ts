import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import type { Backup } from "@backupkit/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linodeEnv, runMain } from "./run.js";

let mock: MockProviders;
/** Every backup the mock serves, as `list -f ndjson` prints them. */
let all: Backup[];

const ndjson = (text: string): Backup[] =>
  text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));

beforeAll(async () => {
  mock = await startMockProviders({ providers: ["linode"] });
  const { code, stdout } = await runMain(["list", "-f", "ndjson"], linodeEnv(mock));
  expect(code).toBe(0);
  all = ndjson(stdout);
});
afterAll(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

/** The ids of the mock's instances with the Backup service enabled: each must be listed. */
async function instancesWithBackups(): Promise<string[]> {
  const endpoint = mock.providers.linode;
  const response = await fetch(`${endpoint?.baseUrl}/linode/instances`, {
    headers: { authorization: `Bearer ${endpoint?.credentials.token}` },
  });
  const body = (await response.json()) as { data: { id: number; backups: { enabled: boolean } }[] };
  return body.data.filter((i) => i.backups.enabled).map((i) => String(i.id));
}

describe("list", () => {
  it("lists every backup of every instance with backups", async () => {
    expect(all.length).toBeGreaterThan(40);
    expect(new Set(all.map((b) => b.resource.id))).toEqual(new Set(await instancesWithBackups()));
    expect(all.find((b) => b.id === "1234")).toMatchObject({
      provider: "linode",
      name: "Webserver-Backup-2018",
      resource: { type: "linode", id: "123", name: "linode123" },
      resourceSizeBytes: 9001 * 1024 * 1024,
      raw: { id: 1234, disks: [{ size: 9001 }] },
    });
  });

  it("prints the same records as json, csv and table", async () => {
    const env = linodeEnv(mock);
    const [json, csv, table] = await Promise.all(
      ["json", "csv", "table"].map((f) => runMain(["list", "-f", f], env)),
    );
    expect(JSON.parse(json?.stdout ?? "")).toEqual(all);
    const rows = csv?.stdout.split("\r\n").filter((r) => r !== "") ?? [];
    expect(rows[0]).toBe(
      "provider,id,name,status,providerStatus,restorable,trigger,kind,resourceType,resourceId," +
        "resourceName,resourceRef,parentId,createdAt,completedAt,updatedAt,expiresAt,sizeBytes," +
        "resourceSizeBytes,ref",
    );
    expect(rows).toHaveLength(all.length + 1);
    expect(rows).toContain(
      "linode,1234,Webserver-Backup-2018,available,successful,true,manual,unknown,linode,123," +
        "linode123,123,,2018-01-15T00:01:01.000Z,2018-01-15T00:01:01.000Z,2018-01-15T00:01:01.000Z,,," +
        "9438232576,123/1234",
    );
    expect(table?.stdout.trimEnd().split("\n")).toHaveLength(all.length + 1);
  });

  it.each([
    ["--status failed", ["--status", "failed"], (b: Backup) => b.status === "failed"],
    [
      "--status pending,running",
      ["-s", "pending,running"],
      (b: Backup) => b.status === "pending" || b.status === "running",
    ],
    [
      "repeated --status",
      ["-s", "pending", "-s", "running"],
      (b: Backup) => b.status === "pending" || b.status === "running",
    ],
    [
      "--since a date",
      ["--since", "2025-01-08"],
      (b: Backup) => (b.createdAt ?? "") >= "2025-01-08T00:00:00.000Z",
    ],
    [
      "--since a time with an offset",
      ["--since", "2025-01-14T12:00:00+02:00"],
      (b: Backup) => (b.createdAt ?? "") >= "2025-01-14T10:00:00.000Z",
    ],
    [
      "--status and --since together",
      ["--status", "available", "--since", "2025-01-08"],
      (b: Backup) => b.status === "available" && (b.createdAt ?? "") >= "2025-01-08",
    ],
    ["--provider linode", ["--provider", "linode"], () => true],
  ])("filters with %s", async (_name, args, keep) => {
    const { code, stdout } = await runMain(["list", "-f", "ndjson", ...args], linodeEnv(mock));
    expect(code).toBe(0);
    const want = all.filter(keep);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThanOrEqual(all.length);
    expect(ndjson(stdout)).toEqual(want);
  });

  it("prints only the header when nothing matches", async () => {
    const { code, stdout } = await runMain(["list", "--since", "2100-01-01"], linodeEnv(mock));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^PROVIDER .*SIZE +REF\n$/);
  });

  it.each([
    ["an unknown status", ["--status", "done"], /unknown status "done"; expected one of pending/],
    ["a malformed --since", ["--since", "yesterday"], /--since expects an ISO 8601 date/],
    ["an impossible date", ["--since", "2025-02-30"], /--since expects an ISO 8601 date/],
    ["an unknown format", ["-f", "xml"], /unknown format "xml"; expected table, json, ndjson, csv/],
    ["a zero concurrency", ["-c", "0"], /--concurrency expects a whole number from 1 to 256/],
    ["a zero timeout", ["--timeout", "0"], /--timeout expects seconds, more than 0/],
    ["an unknown provider", ["-p", "aws"], /unknown provider "aws"; expected one of linode/],
    ["a positional argument", ["linode"], /unexpected argument "linode"/],
    ["an unknown option", ["--nope"], /Unknown option '--nope'/],
    ["--mock with --config", ["--mock", "--config", "x.json"], /--mock and --config cannot/],
  ])("exits 2 for %s", async (_name, args, message) => {
    const { code, stdout, stderr } = await runMain(["list", ...args], linodeEnv(mock));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Run "backupkit list --help" for usage/);
  });
});

describe("list when the provider fails", () => {
  const sentinel = "sentinel-token-5b0c1e";

  it.each([
    [
      "a 429 with Retry-After",
      [{ type: "rate-limit", retryAfterSeconds: 7 }] as const,
      ["--retries", "0"],
      "backupkit: linode: GET /linode/instances failed with 429 Too Many Requests: Too many requests (retry after 7 s)",
    ],
    [
      "a 503 on one instance, after others were read",
      [{ type: "status", status: 503, path: "/linode/instances/123/backups" }] as const,
      [],
      "backupkit: linode: GET /linode/instances/{linodeId}/backups failed with 503 Service Unavailable: Injected fault: status 503 (after 3 attempts)",
    ],
    [
      "a hang",
      [{ type: "hang" }] as const,
      ["--timeout", "0.2", "--retries", "0"],
      "backupkit: linode: GET /linode/instances failed: no answer within 200 ms",
    ],
    [
      "a dropped connection",
      [{ type: "reset" }] as const,
      ["--retries", "1"],
      "backupkit: linode: GET /linode/instances failed: connection error (fetch failed: other side closed) (after 2 attempts)",
    ],
  ])("reports %s in one line, and exits 1", async (_name, faults, args, message) => {
    const faulty = await startMockProviders({ providers: ["linode"], faults });
    try {
      const { code, stdout, stderr } = await runMain(["list", ...args], linodeEnv(faulty));
      expect(code).toBe(1);
      expect(stdout).toMatch(/^PROVIDER/);
      expect(stderr).toBe(`${message}\n`);
    } finally {
      await faulty.close();
    }
  });

  it("redacts the configured token wherever the provider puts it", async () => {
    const echoing = await startMockProviders({
      providers: ["linode"],
      faults: [{ type: "status", status: 401, message: `Invalid Token: ${sentinel}` }],
    });
    try {
      const { code, stdout, stderr } = await runMain(["list"], linodeEnv(echoing, sentinel));
      expect(code).toBe(1);
      expect(stderr).toContain("401 Unauthorized: Invalid Token: [redacted]");
      expect(stdout + stderr).not.toContain(sentinel);
    } finally {
      await echoing.close();
    }
  });

  it("says how many backups were read before a late failure", async () => {
    const faulty = await startMockProviders({
      providers: ["linode"],
      faults: [{ type: "status", status: 500, path: /\/backups$/, after: 5, times: 1 }],
    });
    try {
      const { code, stderr } = await runMain(
        ["list", "-c", "1", "--retries", "0"],
        linodeEnv(faulty),
      );
      expect(code).toBe(1);
      expect(stderr).toMatch(/^backupkit: linode \(after reading \d+ backups\): GET/);
    } finally {
      await faulty.close();
    }
  });

  it("retries a transient failure and lists everything", async () => {
    const flaky = await startMockProviders({
      providers: ["linode"],
      faults: [{ type: "status", status: 503, path: /\/backups$/, after: 2, times: 1 }],
    });
    try {
      const { code, stdout, stderr } = await runMain(["list", "-f", "json"], linodeEnv(flaky));
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const { stdout: clean } = await runMain(["list", "-f", "json"], linodeEnv(mock));
      expect(JSON.parse(stdout)).toEqual(JSON.parse(clean));
    } finally {
      await flaky.close();
    }
  });

  it("keeps at most --concurrency requests in flight", async () => {
    const slow = await startMockProviders({ providers: ["linode"], latencyMs: 100 });
    try {
      const { code } = await runMain(["list", "--concurrency", "2"], linodeEnv(slow));
      expect(code).toBe(0);
      expect(slow.maxInFlight.linode).toBe(2);
    } finally {
      await slow.close();
    }
  });
});
