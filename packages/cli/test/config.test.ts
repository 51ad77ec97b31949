import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linodeEnv, runMain } from "./run.js";

let mock: MockProviders;
let dir: string;
beforeAll(async () => {
  mock = await startMockProviders({ providers: ["linode"] });
  dir = mkdtempSync(join(tmpdir(), "backupkit-config-"));
});
afterAll(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

const sentinel = "sentinel-file-token-77";

function configFile(name: string, content: unknown): string {
  const path = join(dir, name);
  // Readable by its owner only, as a file holding tokens should be.
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content), {
    mode: 0o600,
  });
  return path;
}

const linode = () => mock.providers.linode ?? { baseUrl: "", credentials: { token: "" } };

describe("configuration", () => {
  it.each([
    ["not JSON", "{", /is not valid JSON \(CloseBraceExpected at line 1, column 2\)$/],
    ["an array", [], /: \$: expected an object, got an array$/],
    [
      "an unknown top-level key",
      { linode: {} },
      /: \$\.linode: unknown key; the file has one key, "providers"$/,
    ],
    [
      "providers of the wrong type",
      { providers: "linode" },
      /: \$\.providers: expected an object, got a string$/,
    ],
    [
      "an unknown provider",
      { providers: { aws: {} } },
      /: \$\.providers\.aws: unknown provider; expected one of linode(, [a-z-]+)+$/,
    ],
    [
      "a provider that is not an object",
      { providers: { linode: null } },
      /: \$\.providers\.linode: expected an object, got null$/,
    ],
    [
      "a token of the wrong type",
      { providers: { linode: { token: 5 } } },
      /: \$\.providers\.linode\.token: expected a non-empty string, got a number$/,
    ],
    [
      "an empty token",
      { providers: { linode: { token: "" } } },
      /: \$\.providers\.linode\.token: expected a non-empty string, got an empty string$/,
    ],
    [
      "a misspelt key",
      { providers: { linode: { tokne: sentinel } } },
      /: \$\.providers\.linode\.tokne: unknown key; expected baseUrl, token$/,
    ],
    [
      "a base URL that is not http",
      { providers: { linode: { token: sentinel, baseUrl: "ftp://x" } } },
      /: \$\.providers\.linode\.baseUrl: expected an http or https URL$/,
    ],
  ])("rejects a config file with %s in one line, exit 1", async (name, content, message) => {
    const path = configFile(`${name}.json`, content);
    const { code, stdout, stderr } = await runMain(["list", "--config", path]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.startsWith(`backupkit: config file ${path}`)).toBe(true);
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toContain(sentinel);
  });

  it("reads a provider from the config file alone", async () => {
    const path = configFile("ok.json", {
      providers: { linode: { token: linode().credentials.token, baseUrl: linode().baseUrl } },
    });
    const { code, stdout, stderr } = await runMain(["list", "--config", path]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^linode {4}linode123 +1234 /m);
  });

  it.each([
    ["a good variable beats a wrong file token", { env: "good", file: "wrong" }, 0],
    ["a wrong variable beats a good file token", { env: "wrong", file: "good" }, 1],
  ])("lets environment variables win: %s", async (name, tokens, want) => {
    const token = (which: string) =>
      which === "good" ? (linode().credentials.token ?? "") : "wrong";
    const path = configFile(`${name}.json`, {
      providers: { linode: { token: token(tokens.file), baseUrl: linode().baseUrl } },
    });
    const { code } = await runMain(["list", "--config", path], { LINODE_TOKEN: token(tokens.env) });
    expect(code).toBe(want);
  });

  it("accepts linode-cli's LINODE_CLI_TOKEN", async () => {
    const env = {
      LINODE_CLI_TOKEN: linode().credentials.token ?? "",
      BACKUPKIT_LINODE_BASE_URL: linode().baseUrl,
    };
    const { code, stderr } = await runMain(["list"], env);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it.each([
    [
      "a base URL without a token",
      { BACKUPKIT_LINODE_BASE_URL: "http://127.0.0.1:1/v4" },
      "backupkit: linode: incomplete configuration: set LINODE_TOKEN or LINODE_CLI_TOKEN (personal access token)\n",
    ],
    [
      "a base URL that is not http",
      { LINODE_TOKEN: sentinel, BACKUPKIT_LINODE_BASE_URL: "ftp://example.test" },
      "backupkit: linode: BACKUPKIT_LINODE_BASE_URL is not an http or https URL\n",
    ],
  ])("fails a provider configured with %s, exit 1", async (_name, env, message) => {
    const { code, stderr } = await runMain(["list"], env);
    expect(code).toBe(1);
    expect(stderr).toBe(message);
  });

  it("redacts a token from the config file in provider messages", async () => {
    const echoing = await startMockProviders({
      providers: ["linode"],
      faults: [{ type: "status", status: 401, message: `bad token ${sentinel}` }],
    });
    try {
      const path = configFile("echo.json", {
        providers: { linode: { token: sentinel, baseUrl: echoing.providers.linode?.baseUrl } },
      });
      const { code, stderr } = await runMain(["list", "--config", path]);
      expect(code).toBe(1);
      expect(stderr).toContain("401 Unauthorized: bad token [redacted]");
      expect(stderr).not.toContain(sentinel);
    } finally {
      await echoing.close();
    }
  });

  it("does not read the mock's own credentials from the environment for --mock", async () => {
    const { code, stdout } = await runMain(
      ["list", "--mock", "-f", "ndjson"],
      linodeEnv(mock, "wrong"),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('"id":"1234"');
  });
});
