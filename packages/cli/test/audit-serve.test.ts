import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import parsePrometheus from "parse-prometheus-text-format";
import { afterEach, describe, expect, it } from "vitest";
import { parseListen } from "../src/audit-serve.js";

const bin = fileURLToPath(new URL("../bin/backupkit.js", import.meta.url));
let child: ReturnType<typeof spawn> | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  child = undefined;
});

/** Starts the exporter on a free loopback port and resolves with its URL. */
function startExporter(args: string[]): Promise<{ url: string; stderr: () => string }> {
  child = spawn(process.execPath, [bin, "audit", "--mock", "--serve", "127.0.0.1:0", ...args], {
    env: { PATH: process.env.PATH ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  return new Promise((resolve, reject) => {
    child?.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      const url = /serving \/metrics and \/healthz on (http:\/\/127\.0\.0\.1:\d+)/.exec(
        stderr,
      )?.[1];
      if (url) resolve({ url, stderr: () => stderr });
    });
    child?.on("exit", (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

const auditTime = (text: string) =>
  Number(
    parsePrometheus(text).find((f) => f.name === "backupkit_audit_timestamp_seconds")?.metrics[0]
      ?.value,
  );

describe("backupkit audit --serve", () => {
  it("serves /healthz and /metrics, re-audits every --interval, and stops on SIGTERM", async () => {
    // Northflank's hourly budget would space audits minutes apart: left out here.
    const { url } = await startExporter(["--interval", "1s", "-p", "linode,onapp"]);
    await until(async () => ((await fetch(`${url}/healthz`)).status === 200 ? true : undefined));
    const first = await (await fetch(`${url}/metrics`)).text();
    const families = parsePrometheus(first);
    const findings = families.find((f) => f.name === "backupkit_finding")?.metrics ?? [];
    expect(findings.filter((m) => m.value === "1").length).toBeGreaterThan(0);
    const protectedCount = families.find((f) => f.name === "backupkit_resource_protected")?.metrics
      .length;
    expect(protectedCount).toBe(12);
    // A second audit replaces the first one's gauges.
    const later = await until(async () => {
      const text = await (await fetch(`${url}/metrics`)).text();
      return auditTime(text) > auditTime(first) ? text : undefined;
    });
    expect(
      parsePrometheus(later).find((f) => f.name === "backupkit_resource_protected")?.metrics,
    ).toHaveLength(12);
    expect((await fetch(`${url}/nothing`)).status).toBe(404);
    const exited = new Promise((resolve) => child?.on("exit", resolve));
    child?.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("spaces audits to stay within Northflank's hourly request budget", async () => {
    const { url, stderr } = await startExporter(["--interval", "1s"]);
    await until(async () => ((await fetch(`${url}/healthz`)).status === 200 ? true : undefined));
    const seconds = await until(async () => {
      const match = /next audit in (\d+) s, to stay within the providers' rate limits/.exec(
        stderr(),
      );
      return match ? Number(match[1]) : undefined;
    });
    expect(seconds).toBeGreaterThan(1);
  });

  it("refuses --serve with --format, and a bad address", async () => {
    expect(() => parseListen("nine")).toThrow(/\[HOST:\]PORT/);
    expect(() => parseListen("70000")).toThrow(/\[HOST:\]PORT/);
    expect(parseListen("9100")).toEqual({ host: "127.0.0.1", port: 9100 });
    expect(parseListen("[::1]:9100")).toEqual({ host: "::1", port: 9100 });
    expect(parseListen("0.0.0.0:80")).toEqual({ host: "0.0.0.0", port: 80 });
  });
});
