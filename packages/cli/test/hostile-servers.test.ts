/**
 * `backupkit list` against providers that answer as an attacker would, each
 * on loopback and run as a real process: control characters for the
 * terminal, deep JSON, pages that lie, slow answers behind a small
 * concurrency, echoed tokens, large bodies, and a provider reachable only
 * through a proxy.
 */
import { afterEach, describe, expect, it } from "vitest";
import { backupkit, deadPort } from "./run.js";
import {
  type Answer,
  type ConnectProxy,
  type HostileServer,
  type SeenRequest,
  startConnectProxy,
  startHostileServer,
} from "./support/hostile-server.js";

let server: HostileServer | undefined;
let proxy: ConnectProxy | undefined;
afterEach(async () => {
  await server?.close();
  await proxy?.close();
  server = undefined;
  proxy = undefined;
});

const instance = (id: number, label = `web-${id}`) => ({ id, label, backups: { enabled: true } });
const page = (data: unknown, pageNumber: unknown = 1, pages: unknown = 1) => ({
  data,
  page: pageNumber,
  pages,
  results: Array.isArray(data) ? data.length : 0,
});
const backup = (id: number, fields: Record<string, unknown> = {}) => ({
  id,
  label: `backup-${id}`,
  status: "successful",
  type: "auto",
  available: true,
  created: "2018-01-15T00:01:01",
  updated: "2018-01-15T00:01:01",
  finished: "2018-01-15T00:01:01",
  configs: [],
  disks: [{ size: 9001, filesystem: "ext4", label: "disk" }],
  ...fields,
});
const backups = (...list: unknown[]) => ({
  automatic: list,
  snapshot: { current: null, in_progress: null },
});

/** A Linode API: the instances list, and each instance's backups, by instance id. */
function linodeApi(
  instances: (request: SeenRequest) => Answer,
  backupsOf: (id: number) => Answer,
): (request: SeenRequest) => Answer {
  return (request) => {
    const path = request.path.split("?")[0] ?? "";
    const match = /^\/linode\/instances\/(\d+)\/backups$/.exec(path);
    if (match) return backupsOf(Number(match[1]));
    if (path === "/linode/instances") return instances(request);
    return { status: 404, json: { errors: [{ reason: "Not found" }] } };
  };
}

const TOKEN = "linode-token-0123456789abcdef";
const linodeEnv = (origin: string, extra: Record<string, string> = {}) => ({
  LINODE_TOKEN: TOKEN,
  BACKUPKIT_LINODE_BASE_URL: origin,
  ...extra,
});

/** Everything a terminal acts on: C0 but the line feed, DEL, C1, the bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("provider text on its way to a terminal", () => {
  const hostile = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202egnp.exe\u2066x\u007f";
  const forged = "\nbackupkit: linode: all backups deleted\r\n";

  async function hostileLinode() {
    server = await startHostileServer(
      linodeApi(
        () => ({ json: page([instance(1, `web${hostile}`), instance(2)]) }),
        (id) =>
          id === 1
            ? {
                json: backups(
                  backup(11, { label: `nightly${hostile}${forged}`, status: `frozen${hostile}` }),
                ),
              }
            : { status: 400, json: { errors: [{ reason: `denied${hostile}${forged}now` }] } },
      ),
    );
    return server;
  }

  it("keeps every stderr line free of control characters, and lets no line be forged", async () => {
    const { origin } = await hostileLinode();
    const run = await backupkit(["list", "--verbose", "--retries", "0"], linodeEnv(origin));
    // The only provider failed in part: exit 1, with what it read listed.
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(TERMINAL_CONTROL);
    const lines = run.stderr.trimEnd().split("\n");
    for (const line of lines) expect(line).toMatch(/^(backupkit: |warning: |error: )/);
    expect(lines.filter((l) => l.startsWith("backupkit: linode: all backups deleted"))).toEqual([]);
    // The failure is still told, in one line, with the escapes visible.
    expect(run.stderr).toContain("denied\\u001b]0;pwned\\u0007");
    expect(run.stderr).toContain("\\u202egnp.exe");
    expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
  });

  it.each([
    ["table", /\n/],
    ["csv", /\r\n/],
  ])("keeps the %s free of control characters", async (format, lineEnd) => {
    const { origin } = await hostileLinode();
    const run = await backupkit(["list", "-f", format, "--retries", "0"], linodeEnv(origin));
    const rows = run.stdout.split(lineEnd);
    expect(rows.join("")).not.toMatch(TERMINAL_CONTROL);
    // A header, one backup on one line, and the final line end.
    expect(rows.filter((row) => row !== "")).toHaveLength(2);
  });

  it.each(["json", "ndjson"])(
    "escapes DEL, C1 and bidi controls in %s, which still parses to the provider's text",
    async (format) => {
      const { origin } = await hostileLinode();
      const run = await backupkit(["list", "-f", format, "--retries", "0"], linodeEnv(origin));
      expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
      expect(run.stdout).toContain("\\u009b31m\\u202egnp.exe\\u2066x\\u007f");
      const records = format === "json" ? JSON.parse(run.stdout) : [JSON.parse(run.stdout)];
      expect(records[0].name).toBe(`nightly${hostile}${forged}`);
    },
  );
});

describe("deep JSON from a provider", () => {
  it.each(["json", "ndjson"])(
    "lists every backup with -f %s: a raw object nested 6,000 deep becomes null, with a warning",
    async (format) => {
      const deep = `${"[".repeat(6000)}${"]".repeat(6000)}`;
      const deepBody = JSON.stringify(backups(backup(11, { extra: "DEEP" }))).replace(
        '"DEEP"',
        deep,
      );
      server = await startHostileServer(
        linodeApi(
          () => ({ json: page([instance(1), instance(2)]) }),
          (id) => (id === 1 ? { text: deepBody } : { json: backups(backup(21)) }),
        ),
      );
      const run = await backupkit(["list", "-f", format, "-v"], linodeEnv(server.origin));
      expect(run.stderr).not.toMatch(/stack|unexpected error/i);
      expect(run.code).toBe(0);
      const records =
        format === "json"
          ? JSON.parse(run.stdout)
          : run.stdout
              .trimEnd()
              .split("\n")
              .map((line) => JSON.parse(line));
      expect(records.map((r: { id: string }) => r.id)).toEqual(["11", "21"]);
      expect(records[0].raw).toBeNull();
      expect(records[1].raw).toMatchObject({ id: 21 });
      expect(run.stderr).toContain(
        "warning: linode $ (backup 11): the provider's object is nested deeper than 1000 levels: raw is null",
      );
    },
  );
});

describe("Linode pages that lie", () => {
  it.each([
    ["a page number sent as a string", page([instance(1)], "1", 3)],
    ["data: null", page(null, 1, 1)],
    ["a page count sent as a string", page([instance(1)], 1, "3")],
  ])("stops at once on %s, with a clear message", async (_name, body) => {
    server = await startHostileServer(
      linodeApi(
        () => ({ json: body }),
        () => ({ json: backups(backup(11)) }),
      ),
    );
    const run = await backupkit(["list"], linodeEnv(server.origin));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "backupkit: linode: GET /linode/instances page 1 is not a page: expected data[], page and pages\n",
    );
    expect(server.requests.filter((r) => r.path.startsWith("/linode/instances?"))).toHaveLength(1);
  });

  it("keeps and reports what it read when a later page fails", async () => {
    server = await startHostileServer(
      linodeApi(
        (request) =>
          request.path.includes("page=1&")
            ? { json: page([instance(1), instance(2)], 1, 2) }
            : { status: 500, json: { errors: [{ reason: "Internal error" }] } },
        (id) => ({ json: backups(backup(id * 10), backup(id * 10 + 1)) }),
      ),
    );
    const run = await backupkit(
      ["list", "-f", "ndjson", "--retries", "0"],
      linodeEnv(server.origin),
    );
    const ids = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line).id);
    expect(ids).toEqual(["10", "11", "20", "21"]);
    expect(run.stderr).toBe(
      "backupkit: linode (after reading 4 backups): GET /linode/instances failed with 500 Internal Server Error: Internal error\n",
    );
    expect(run.code).toBe(1);
  });
});

describe("deadlines behind a concurrency limit", () => {
  it("lists 12 requests of 1 s each with --concurrency 2 --timeout 3: none times out unsent", async () => {
    const instances = Array.from({ length: 11 }, (_, i) => instance(i + 1));
    server = await startHostileServer(
      linodeApi(
        () => ({ json: page(instances), delayMs: 1000 }),
        (id) => ({ json: backups(backup(id)), delayMs: 1000 }),
      ),
    );
    const run = await backupkit(
      ["list", "-f", "ndjson", "--concurrency", "2", "--timeout", "3", "--retries", "0"],
      linodeEnv(server.origin),
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(11);
    expect(server.requests).toHaveLength(12);
  });
});

describe("a token the provider echoes back", () => {
  /** Fails when any 16 characters in a row of `secret` appear in `text`. */
  function expectNoPieceOf(text: string, secret: string): void {
    for (let at = 0; at + 16 <= secret.length; at += 4) {
      expect(text, `characters ${at}–${at + 16} of the token`).not.toContain(
        secret.slice(at, at + 16),
      );
    }
  }

  const token = `MIIZ${"Qk3x9-Tz_8a".repeat(42)}`.slice(0, 450);
  const said = (echoed: string) =>
    `Incorrect IAM authentication information: the token ${echoed} is not valid`;

  it.each([
    [
      "in Huawei's JSON error body",
      (echoed: string) => ({ json: { error_code: "APIGW.0301", error_msg: said(echoed) } }),
    ],
    ["in a plain-text error body", (echoed: string) => ({ text: said(echoed) })],
  ])(
    "is scrubbed whole from stderr, however long it is (a 450-character Huawei token %s)",
    async (_name, body) => {
      server = await startHostileServer((request) => {
        const echoed = String(request.headers["x-auth-token"]);
        return { status: 401, headers: { "X-Request-Id": `req-${echoed}` }, ...body(echoed) };
      });
      const env = {
        HW_AUTH_TOKEN: token,
        HW_PROJECT_ID: "0123456789abcdef0123456789abcdef",
        HW_REGION_NAME: "ap-southeast-1",
        BACKUPKIT_HUAWEI_CBR_BASE_URL: server.origin,
      };
      const run = await backupkit(["list", "-v"], env);
      expect(server.requests[0]?.headers["x-auth-token"]).toBe(token);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("the token [redacted] is not valid");
      expect(run.stderr).toContain("request id req-[redacted]");
      expectNoPieceOf(run.stderr + run.stdout, token);
    },
  );
});

describe("--max-body", () => {
  it("refuses a body larger than the limit, naming it, and sends the request once", async () => {
    server = await startHostileServer(
      linodeApi(
        () => ({ json: page([instance(1)]) }),
        () => ({ json: backups(backup(11, { label: "x".repeat(2 * 1024 * 1024) })) }),
      ),
    );
    const run = await backupkit(["list", "--max-body", "1MiB"], linodeEnv(server.origin));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "backupkit: linode: GET /linode/instances/{linodeId}/backups failed: the 200 response body is larger than the limit of 1048576 bytes (maxBodyBytes)\n",
    );
    expect(server.requests).toHaveLength(2);
  });

  it.each(["12", "0", "1GiB", "64MB", "lots"])(
    "rejects --max-body %s as a usage error",
    async (value) => {
      const run = await backupkit(["list", "--max-body", value], linodeEnv("http://127.0.0.1:9"));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `--max-body expects a size from 1KiB to 512MiB, such as 64MiB or 500KiB, got ${JSON.stringify(value)}`,
      );
    },
  );
});

describe("proxies from the environment", () => {
  const host = "linode-api.backupkit.test";
  const answer = () =>
    linodeApi(
      () => ({ json: page([instance(1)]) }),
      () => ({ json: backups(backup(11)) }),
    );

  it.each(["HTTP_PROXY", "http_proxy"])(
    "lists through a CONNECT proxy named by %s, to a host only the proxy can reach",
    async (variable) => {
      server = await startHostileServer(answer());
      proxy = await startConnectProxy();
      const baseUrl = `http://${host}:${server.port}`;
      const run = await backupkit(
        ["list", "-f", "ndjson"],
        linodeEnv(baseUrl, { [variable]: proxy.origin }),
      );
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ id: "11", provider: "linode" });
      expect(proxy.tunnels).toContain(`${host}:${server.port}`);
      expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    },
  );

  it("leaves the embedded mocks of --mock out of the proxy", async () => {
    const run = await backupkit(["list", "--mock", "-p", "linode"], {
      HTTP_PROXY: `http://127.0.0.1:${await deadPort()}`,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("goes direct to a host NO_PROXY names", async () => {
    server = await startHostileServer(answer());
    proxy = await startConnectProxy();
    const run = await backupkit(
      ["list", "-f", "ndjson"],
      linodeEnv(server.origin, { HTTP_PROXY: proxy.origin, NO_PROXY: "127.0.0.1" }),
    );
    expect(run.code).toBe(0);
    expect(proxy.tunnels).toEqual([]);
    expect(server.requests).toHaveLength(2);
  });
});
