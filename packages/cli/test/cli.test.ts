import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import type { Backup } from "@backupkit/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupkit, backupkitIntoClosedPipe, deadPort, linodeEnv } from "./run.js";

// The CLI as a user runs it: a process, its exit code and its two streams.
// Most behaviour is tested in-process (list.test.ts and others); these cases
// cover what only a real process shows.

let mock: MockProviders;
beforeAll(async () => {
  mock = await startMockProviders({ providers: ["linode"] });
});
afterAll(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

describe.concurrent("backupkit (process)", () => {
  it("stops quietly with exit 0 when the reader closes its stdout (| head)", async () => {
    // Far more output than a pipe buffers: the CLI is still writing when the pipe closes.
    const one = { id: 1, status: "successful", type: "auto", created: "2018-01-15T00:01:01" };
    const automatic = Array.from({ length: 20_000 }, (_, i) => ({ ...one, id: i + 1 }));
    const body = JSON.stringify({ automatic, snapshot: { current: null, in_progress: null } });
    const { code, stdout, stderr } = await backupkitIntoClosedPipe(
      ["convert", "--provider", "linode"],
      body,
    );
    expect(stdout.startsWith("[")).toBe(true);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("list prints a table with human sizes and UTC times, stderr empty", async () => {
    const { code, stdout, stderr } = await backupkit(["list"], linodeEnv(mock));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^PROVIDER {2}RESOURCE +ID +STATUS +TRIGGER +CREATED +SIZE +REF$/);
    expect(stdout).toMatch(
      /^linode {4}linode123 +1234 +available +manual +2018-01-15T00:01:01Z +8\.8 GiB +123\/1234$/m,
    );
    expect(stdout).not.toContain("\x1b[");
    // Columns line up: every row's REF starts where the header's REF column starts.
    const refColumn = lines[0]?.indexOf("REF");
    for (const line of lines.slice(1)) expect(line.slice(refColumn).match(/^\S+$/)).not.toBeNull();
  });

  it("list -f json prints every record with its raw object", async () => {
    const { code, stdout, stderr } = await backupkit(["list", "-f", "json"], linodeEnv(mock));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const backups = JSON.parse(stdout) as Backup[];
    expect(backups.length).toBeGreaterThan(40);
    expect(backups.find((b) => b.id === "1234")).toMatchObject({
      resource: { id: "123", name: "linode123" },
      raw: { id: 1234 },
    });
  });

  it("list --mock needs no configuration and lists the embedded mocks (npm start)", async () => {
    const { code, stdout, stderr } = await backupkit(["list", "--mock"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^linode +linode123 +1234 +available +manual/m);
    expect(stdout).toMatch(/^northflank +Example Addon +example-backup +available +automatic/m);
    expect(stdout.trimEnd().split("\n").length).toBeGreaterThan(40);
  });

  it("list never prints a rejected token, and exits 1 with Linode's reason", async () => {
    const sentinel = "sentinel-token-5b0c1e";
    const { code, stdout, stderr } = await backupkit(["list"], linodeEnv(mock, sentinel));
    expect(code).toBe(1);
    expect(stderr).toBe(
      "backupkit: linode: GET /linode/instances failed with 401 Unauthorized: Invalid Token\n",
    );
    expect(stdout + stderr).not.toContain(sentinel);
  });

  it("list names a dead port", async () => {
    const port = await deadPort();
    const { code, stderr } = await backupkit(["list", "--retries", "0"], {
      LINODE_TOKEN: "t0ken",
      BACKUPKIT_LINODE_BASE_URL: `http://127.0.0.1:${port}/v4`,
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `backupkit: linode: GET /linode/instances failed: connection error (fetch failed: connect ECONNREFUSED 127.0.0.1:${port})\n`,
    );
  });

  it("list says when no provider is configured, and exits 1", async () => {
    const { code, stdout, stderr } = await backupkit(["list"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^backupkit: no providers configured: set LINODE_TOKEN for linode;/);
    expect(stderr).toMatch(/backupkit list --mock/);
  });

  it("list colors statuses with FORCE_COLOR, and never with NO_COLOR", async () => {
    const env = linodeEnv(mock);
    const [forced, none] = await Promise.all([
      backupkit(["list"], { ...env, FORCE_COLOR: "1" }),
      backupkit(["list"], { ...env, FORCE_COLOR: "1", NO_COLOR: "1" }),
    ]);
    expect(forced.stdout).toContain("\x1b[32mavailable");
    expect(none.stdout).not.toContain("\x1b[");
  });

  it("get prints one backup as JSON", async () => {
    const { code, stdout, stderr } = await backupkit(
      ["get", "--provider", "linode", "123/1234"],
      linodeEnv(mock),
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([{ provider: "linode", id: "1234" }]);
  });

  it("reports a bad config file in one line with the key's path", async () => {
    const { code, stderr } = await backupkit(["list", "--config", "/nonexistent/backupkit.json"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "backupkit: cannot read config file /nonexistent/backupkit.json: no such file\n",
    );
  });

  it.each([
    ["backupkit", ["--help"], /Commands:\n {2}list .*\n {2}get .*\n {2}mock .*\n {2}convert /],
    ["list", ["list", "--help"], /Exit codes:[\s\S]*3 {2}some providers failed/],
    ["get", ["get", "--help"], /linode: <linodeId>\/<backupId>, or --linode-id/],
    ["mock", ["mock", "--help"], /Stops on Ctrl-C \(SIGINT\) or SIGTERM/],
  ])("explains %s with --help", async (_name, args, pattern) => {
    const { code, stdout, stderr } = await backupkit(args);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(pattern);
  });
});
