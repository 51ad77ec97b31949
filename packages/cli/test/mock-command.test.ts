import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { mockProviders } from "@backupkit/mock-providers";
import { describe, expect, it } from "vitest";
import { backupkit } from "./run.js";

const bin = fileURLToPath(new URL("../bin/backupkit.js", import.meta.url));

describe("backupkit mock", () => {
  it("serves until SIGTERM and prints the variables that point list at it", async () => {
    const child = spawn(process.execPath, [bin, "mock"], {
      env: { PATH: process.env.PATH ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
          stdout += chunk;
          // Northflank's base URL is the last line.
          if (/^export BACKUPKIT_NORTHFLANK_BASE_URL=\S+\n/m.test(stdout)) resolve();
        });
        child.on("close", () => reject(new Error(`mock exited early: ${stderr}`)));
      });
      expect(stdout).toMatch(
        new RegExp(
          `^backupkit mock: serving ${mockProviders.length} mock providers \\(Ctrl-C stops\\)\n`,
        ),
      );
      expect(stdout).toMatch(
        /^linode +http:\/\/127\.0\.0\.1:\d+\/v4\n +token: mock-linode-token$/m,
      );
      expect(stdout).toMatch(
        /^northflank +http:\/\/127\.0\.0\.1:\d+\n +token: mock-northflank-token$/m,
      );
      const env = Object.fromEntries(
        [...stdout.matchAll(/^export (\w+)=(\S+)$/gm)].map((m) => [m[1] ?? "", m[2] ?? ""]),
      );
      expect(Object.keys(env)).toEqual(
        expect.arrayContaining([
          "LINODE_TOKEN",
          "BACKUPKIT_LINODE_BASE_URL",
          "NORTHFLANK_API_TOKEN",
          "BACKUPKIT_NORTHFLANK_BASE_URL",
        ]),
      );
      // Huawei signs with AK/SK and Z.com with a password; the token ways are shown commented out.
      expect(env).toMatchObject({
        HW_ACCESS_KEY: "MOCKHUAWEICBRACCESS1",
        HW_SECRET_KEY: "mock-huawei-cbr-secret-key-0123456789abcd",
        OS_USERNAME: "mock-zcom-user",
        OS_PASSWORD: "mock-zcom-password",
        OS_AUTH_URL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/identity\/v2\.0$/),
      });
      expect(env).not.toHaveProperty("HW_AUTH_TOKEN");
      expect(env).not.toHaveProperty("OS_AUTH_TOKEN");
      expect(env).not.toHaveProperty("BACKUPKIT_ZCOM_BASE_URL");
      expect(stdout).toMatch(
        /^# or sign in to huawei-cbr with a token \(unset HW_ACCESS_KEY HW_SECRET_KEY\):\n# +export HW_AUTH_TOKEN=mock-huawei-cbr-token$/m,
      );
      expect(stdout).toMatch(
        /^# or sign in to zcom with a token [^\n]*\n# +export OS_AUTH_TOKEN=mock-zcom-token\n# +export BACKUPKIT_ZCOM_BASE_URL=http/m,
      );
      expect(stdout).toMatch(
        /^ +sign in with AK\/SK:\n +accessKey: MOCKHUAWEICBRACCESS1\n +secretKey: \S+\n +or with a token:\n +token: mock-huawei-cbr-token$/m,
      );
      expect(stdout).toMatch(
        /^ +sign in with a user name and password:\n +username: mock-zcom-user\n +password: mock-zcom-password\n/m,
      );

      const listed = await backupkit(["list", "-f", "ndjson"], env);
      expect(listed.stderr).toBe("");
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain('"id":"1234"');
      expect(listed.stdout).toContain('"id":"example-backup"');
      expect(listed.stdout).toContain('"provider":"huawei-cbr"');
      expect(listed.stdout).toContain('"provider":"zcom"');
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(stderr).toBe("backupkit mock: stopped (SIGTERM)\n");
  });

  it("exits 2 for a bad option", async () => {
    const { code, stderr } = await backupkit(["mock", "--latency", "fast"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--latency expects a whole number from 0 to 60000, got "fast"/);
  });
});
