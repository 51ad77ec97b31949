/**
 * A loopback HTTP server that plays a scripted sequence of faults, one step per
 * request: replies with any status, headers and body, a socket that never
 * answers, a body cut off mid-way, a connection reset. Request n gets step n;
 * the last step repeats. It listens on 127.0.0.1, port 0, and records every
 * request (with its arrival time) so tests can assert counts and delays.
 *
 * Test support only: it is not exported by @backupkit/http. Other packages'
 * tests import it by relative path.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Arrival time in ms (performance.now()). */
  at: number;
  /** The step played to it: a test on a fake clock waits for a "hang" before it moves time. */
  fault: Fault["kind"];
}

export type Fault =
  | {
      kind: "reply";
      status: number;
      headers: HeaderMap | ((request: SeenRequest) => HeaderMap);
      body: string | ((request: SeenRequest) => string);
      /** The reason phrase instead of the status's standard one. */
      statusText?: (request: SeenRequest) => string;
    }
  | { kind: "hang" }
  | { kind: "drop-mid-body"; status: number; headers: HeaderMap; partial: string }
  | { kind: "stall-mid-body"; status: number; headers: HeaderMap; partial: string }
  | { kind: "reset" };

type HeaderMap = Record<string, string>;

/**
 * A complete response. `body` and `headers` may be built when the request
 * arrives (to echo it, or to send a time relative to now).
 */
export function reply(
  status: number,
  body: string | ((request: SeenRequest) => string) = "",
  headers: HeaderMap | ((request: SeenRequest) => HeaderMap) = {},
  statusText?: (request: SeenRequest) => string,
): Fault {
  return { kind: "reply", status, headers, body, ...(statusText ? { statusText } : {}) };
}

/** A JSON response. */
export function replyJson(status: number, body: string, headers: HeaderMap = {}) {
  return reply(status, body, { "content-type": "application/json", ...headers });
}

/** Reads the request and never answers. */
export function hang(): Fault {
  return { kind: "hang" };
}

/** Sends the status, headers and the start of a longer body, then closes the socket. */
export function dropMidBody(status: number, partial: string): Fault {
  return {
    kind: "drop-mid-body",
    status,
    headers: { "content-type": "application/json" },
    partial,
  };
}

/** Sends the status, headers and the start of the body, then nothing more. */
export function stallMidBody(status: number, partial: string): Fault {
  return {
    kind: "stall-mid-body",
    status,
    headers: { "content-type": "application/json" },
    partial,
  };
}

/** Closes the connection without any response. */
export function resetConnection(): Fault {
  return { kind: "reset" };
}

export interface FaultServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startFaultServer(script: readonly Fault[]): Promise<FaultServer> {
  if (script.length === 0) throw new TypeError("startFaultServer needs at least one step");
  const requests: SeenRequest[] = [];
  let arrived = 0;
  const server = createServer((req, res) => {
    const at = performance.now();
    const step = script[Math.min(arrived++, script.length - 1)] as Fault;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const seen: SeenRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at,
        fault: step.kind,
      };
      requests.push(seen);
      play(step, seen, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function play(step: Fault, seen: SeenRequest, res: ServerResponse): void {
  switch (step.kind) {
    case "reply": {
      const body = typeof step.body === "function" ? step.body(seen) : step.body;
      const headers = typeof step.headers === "function" ? step.headers(seen) : step.headers;
      if (step.statusText) res.writeHead(step.status, step.statusText(seen), headers);
      else res.writeHead(step.status, headers);
      res.end(body);
      return;
    }
    case "hang":
      return;
    case "drop-mid-body": {
      const promised = Buffer.byteLength(step.partial) + 1000;
      res.writeHead(step.status, { ...step.headers, "content-length": String(promised) });
      res.write(step.partial, () => res.socket?.destroy());
      return;
    }
    case "stall-mid-body":
      res.writeHead(step.status, step.headers);
      res.write(step.partial);
      return;
    case "reset":
      res.socket?.destroy();
      return;
  }
}
