/**
 * Config files that are not what they should be: not a file, too large,
 * malformed around a secret, or readable by other users.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CONFIG_BYTES } from "../src/config.js";
import { runMain } from "./run.js";

let mock: MockProviders;
let dir: string;
beforeAll(async () => {
  mock = await startMockProviders({ providers: ["linode"] });
  dir = mkdtempSync(join(tmpdir(), "backupkit-config-file-"));
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

const secret = "f3a9c2e1d4b5a6978877665544332211ffeeddccbbaa99887766554433221100";

function file(name: string, content: string, mode = 0o600): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  chmodSync(path, mode);
  return path;
}

const goodConfig = () =>
  JSON.stringify({
    providers: {
      linode: {
        token: mock.providers.linode?.credentials.token,
        baseUrl: mock.providers.linode?.baseUrl,
      },
    },
  });

/** One line on stderr, exit 1, nothing on stdout, and no piece of the secret anywhere. */
async function expectRefused(path: string, message: string) {
  const started = performance.now();
  const run = await runMain(["list", "--config", path]);
  expect(performance.now() - started).toBeLessThan(5000);
  expect(run.stderr).toBe(`backupkit: ${message}\n`);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  for (let at = 0; at + 8 <= secret.length; at += 8) {
    expect(run.stderr).not.toContain(secret.slice(at, at + 8));
  }
}

describe("a config file that is not a regular file", () => {
  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    const path = join(dir, "fifo.json");
    execFileSync("mkfifo", [path]);
    await expectRefused(path, `cannot read config file ${path}: not a regular file`);
  });

  it("refuses a directory", async () => {
    const path = join(dir, "a-directory.json");
    mkdirSync(path);
    await expectRefused(path, `cannot read config file ${path}: not a regular file`);
  });

  it("refuses a device that never ends", async () => {
    await expectRefused("/dev/zero", "cannot read config file /dev/zero: not a regular file");
  });
});

describe("the size of a config file", () => {
  it("reads a file of exactly 1 MiB", async () => {
    const content = goodConfig();
    const path = file("exactly.json", content + " ".repeat(MAX_CONFIG_BYTES - content.length));
    const run = await runMain(["list", "--config", path]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("refuses one byte more, without reading it all", async () => {
    const content = goodConfig();
    const path = file(
      "too-large.json",
      content + " ".repeat(MAX_CONFIG_BYTES + 1 - content.length),
    );
    await expectRefused(path, `cannot read config file ${path}: larger than 1 MiB`);
  });
});

describe("a malformed config file never quotes what it holds", () => {
  it.each([
    [
      "an unquoted token",
      `{"providers": {"linode": {"token": ${secret}}}}`,
      "is not valid JSON (InvalidSymbol at line 1, column 36)",
    ],
    [
      "a token on the third line, after a missing comma",
      `{\n  "providers": {"linode": {"baseUrl": "https://x.test"\n  "token": "${secret}"}}}`,
      "is not valid JSON (CommaExpected at line 3, column 3)",
    ],
    [
      "a token pasted as a key",
      `{"providers": {"linode": {"${secret}": "token"}}}`,
      ": $.providers.linode.<a key>: unknown key; expected baseUrl, token",
    ],
    [
      "a token pasted as a provider",
      `{"providers": {"${secret}": {}}}`,
      ": $.providers.<a key>: unknown provider; expected one of linode, huawei-cbr, onapp, zcom, northflank",
    ],
  ])("%s", async (name, content, message) => {
    const path = file(`${name}.json`, content);
    const sep = message.startsWith(":") ? "" : " ";
    await expectRefused(path, `config file ${path}${sep}${message}`);
  });
});

describe("a config file that other users can read", () => {
  it.each([
    [0o644, "0644"],
    [0o640, "0640"],
    [0o604, "0604"],
  ])("warns when it holds a secret and its mode is %s, and still lists", async (mode, octal) => {
    const path = file(`readable-${octal}.json`, goodConfig(), mode);
    const run = await runMain(["list", "--config", path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `backupkit: warning: config file ${path} holds secrets and other users can read it (mode ${octal}); run: chmod 600 ${path}\n`,
    );
  });

  it.each([
    ["audit", []],
    ["create", ["-p", "linode", "--resource", "1", "--dry-run"]],
  ])("warns the same way before %s reads the providers", async (command, args) => {
    const path = file(`readable-${command}.json`, goodConfig(), 0o644);
    const run = await runMain([command, ...args, "--config", path]);
    expect(run.stderr).toContain(
      `backupkit: warning: config file ${path} holds secrets and other users can read it (mode 0644); run: chmod 600 ${path}\n`,
    );
  });

  it.each([
    ["it is readable by its owner only", goodConfig, 0o600],
    [
      "it holds no secret",
      () => JSON.stringify({ providers: { linode: { baseUrl: mock.providers.linode?.baseUrl } } }),
      0o644,
    ],
  ])("says nothing when %s", async (name, content, mode) => {
    const path = file(`quiet ${name}.json`, content(), mode);
    const run = await runMain(["list", "--config", path, "-p", "linode"], {
      LINODE_TOKEN: mock.providers.linode?.credentials.token ?? "",
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });
});
