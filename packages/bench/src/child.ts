import { type ChildProcess, fork } from "node:child_process";

/** A loopback server running in its own process, so its work does not share the bench's event loop. */
export interface ChildServer {
  /** `http://127.0.0.1:<port>` plus whatever base path the server reported. */
  baseUrl: string;
  /** Extra facts the server reported when it started (credentials, counts). */
  info: Record<string, unknown>;
  process: ChildProcess;
  /** Sends `{ type }` and resolves with the child's reply of the same type. */
  ask<T>(type: string): Promise<T>;
  close(): Promise<void>;
}

/** What a server script sends with `process.send` once it listens. */
export interface ReadyMessage {
  ready: true;
  baseUrl: string;
  info?: Record<string, unknown>;
}

/**
 * Forks a server script and waits for its ready message. The child exits when
 * its IPC channel closes, so a bench that crashes leaves no server behind.
 */
function startChildServer(script: string, args: string[] = []): Promise<ChildServer> {
  const child = fork(script, args, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`${script} exited with ${code} before it was ready`));
    child.once("exit", onExit);
    child.once("error", reject);
    child.once("message", (message: ReadyMessage) => {
      child.off("exit", onExit);
      resolve({
        baseUrl: message.baseUrl,
        info: message.info ?? {},
        process: child,
        ask: (type) => ask(child, type),
        close: () => stopChild(child),
      });
    });
  });
}

/** Runs `measure` against a server forked from `script`, and stops the server however it ends. */
export async function withChildServer<T>(
  script: string,
  args: string[],
  measure: (server: ChildServer) => Promise<T>,
): Promise<T> {
  const server = await startChildServer(script, args);
  try {
    return await measure(server);
  } finally {
    await server.close();
  }
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: { type?: string }) => {
      if (message.type !== type) return;
      child.off("message", onMessage);
      resolve(message as T);
    };
    child.on("message", onMessage);
    child.send({ type });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.disconnect();
    child.kill("SIGTERM");
  });
}

/** Called by a server script once it listens: reports where, and exits when the parent goes. */
export function reportReady(message: Omit<ReadyMessage, "ready">): void {
  if (!process.send) throw new Error("this script is meant to be forked by the benchmarks");
  process.send({ ready: true, ...message });
  process.once("disconnect", () => process.exit(0));
}
