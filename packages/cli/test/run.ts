import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { PassThrough, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import type { Source } from "@backupkit/sdk";
import { list } from "../src/commands/list.js";
import type { Io } from "../src/io.js";
import { main } from "../src/main.js";

const bin = fileURLToPath(new URL("../bin/backupkit.js", import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts the built CLI as a process with only PATH and `env` set, so nothing
 * from the test runner's environment (FORCE_COLOR, real tokens) leaks in.
 */
function start(args: string[], env: Record<string, string>) {
  return spawn(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** Collects the process's stderr and resolves when it ends, with what `stdout()` then holds. */
function ended(child: ReturnType<typeof start>, stdout: () => string): Promise<Run> {
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: stdout(), stderr }));
  });
}

/** Runs the built CLI as a process and collects its exit code and both streams. */
export function backupkit(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = start(args, env);
  child.stdin.end(); // no input
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  return ended(child, () => stdout);
}

/**
 * Runs the built CLI with `input` on stdin and stops reading its stdout after
 * the first chunk, as `backupkit … | head -1` does.
 */
export function backupkitIntoClosedPipe(args: string[], input: string): Promise<Run> {
  const child = start(args, {});
  let stdout = "";
  child.stdout.setEncoding("utf8").once("data", (chunk: string) => {
    stdout = chunk;
    child.stdout.destroy();
  });
  // The CLI may stop before it has read all of its input.
  child.stdin.on("error", () => {});
  child.stdin.end(input);
  return ended(child, () => stdout);
}

/** The environment variables that point the CLI at a running Linode mock. */
export function linodeEnv(mock: MockProviders, token?: string): Record<string, string> {
  const endpoint = mock.providers.linode;
  if (!endpoint) throw new Error("the linode mock is not running");
  return {
    LINODE_TOKEN: token ?? endpoint.credentials.token ?? "",
    BACKUPKIT_LINODE_BASE_URL: endpoint.baseUrl,
  };
}

/** A loopback port nothing listens on: connections to it are refused. */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Streams that collect what a command writes, for running commands in-process. */
export function memoryIo(env: Record<string, string | undefined> = {}, stderrIsTTY = false) {
  const written = { stdout: "", stderr: "" };
  const sink = (name: "stdout" | "stderr") =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        written[name] += chunk.toString();
        done();
      },
    });
  const stderr = Object.assign(sink("stderr"), { isTTY: stderrIsTTY });
  const io: Io = { stdin: new PassThrough(), stdout: sink("stdout"), stderr, env };
  return { io, written };
}

/** Runs a command in this process through `main`, as the bin does, with only `env` set. */
export async function runMain(
  args: string[],
  env: Record<string, string> = {},
  sources?: readonly Source[],
): Promise<Run> {
  const { io, written } = memoryIo(env);
  const code =
    sources === undefined ? await main(args, io) : await list(args.slice(1), io, sources);
  return { code, stdout: written.stdout, stderr: written.stderr };
}

/**
 * Runs a command through `main` against a mock of `provider` whose `path`
 * never answers, with a 0.3 s timeout and 3 retries allowed, and gives the
 * run and the requests the mock saw (`"POST hang"`): for the tests that a
 * request which may have reached the server is not sent again.
 */
export async function runAgainstHungPath(
  provider: string,
  path: string,
  args: string[],
  envFor: (mock: MockProviders) => Record<string, string>,
): Promise<Run & { requests: string[] }> {
  const hung = await startMockProviders({
    providers: [provider],
    faults: [{ provider, path, type: "hang" }],
  });
  try {
    const run = await runMain([...args, "--timeout", "0.3", "--retries", "3"], envFor(hung));
    return { ...run, requests: hung.requests.map((r) => `${r.method} ${r.status}`) };
  } finally {
    await hung.close();
  }
}
