import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
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
          // Ready once every provider's base URL line is out.
          const serving = Number(/serving (\d+) mock provider/.exec(stdout)?.[1] ?? Number.NaN);
          if (stdout.match(/^export BACKUPKIT_\w+_BASE_URL=\S+$/gm)?.length === serving) resolve();
        });
        child.on("close", () => reject(new Error(`mock exited early: ${stderr}`)));
      });
      expect(stdout).toMatch(/^backupkit mock: serving \d+ mock providers? \(Ctrl-C stops\)\n/);
      expect(stdout).toMatch(
        /^linode {2}http:\/\/127\.0\.0\.1:\d+\/v4\n {8}token: mock-linode-token$/m,
      );
      const env = Object.fromEntries(
        [...stdout.matchAll(/^export (\w+)=(\S+)$/gm)].map((m) => [m[1] ?? "", m[2] ?? ""]),
      );
      expect(Object.keys(env)).toEqual(
        expect.arrayContaining(["LINODE_TOKEN", "BACKUPKIT_LINODE_BASE_URL"]),
      );

      const listed = await backupkit(["list", "-f", "ndjson"], env);
      expect(listed.stderr).toBe("");
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain('"id":"1234"');
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
