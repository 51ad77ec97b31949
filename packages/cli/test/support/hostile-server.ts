/**
 * A loopback server that plays a hostile or broken provider: each request is
 * answered by a function of its method and path. It listens on 127.0.0.1,
 * port 0, and records every request.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect, type Socket } from "node:net";

export interface Answer {
  status?: number;
  headers?: Record<string, string>;
  /** A JSON body (stringified) or text. */
  json?: unknown;
  text?: string;
  /** Waits this long before answering. */
  delayMs?: number;
}

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface HostileServer {
  origin: string;
  port: number;
  requests: SeenRequest[];
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

export async function startHostileServer(
  answer: (request: SeenRequest) => Answer,
): Promise<HostileServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const seen = { method: req.method ?? "", path: req.url ?? "", headers: req.headers };
    requests.push(seen);
    const a = answer(seen);
    const body = a.json !== undefined ? JSON.stringify(a.json) : (a.text ?? "");
    const send = () =>
      res
        .writeHead(a.status ?? 200, {
          "content-type": a.json !== undefined ? "application/json" : "text/plain",
          ...a.headers,
        })
        .end(body);
    if (a.delayMs) setTimeout(send, a.delayMs);
    else send();
  });
  const port = await listen(server);
  return { origin: `http://127.0.0.1:${port}`, port, requests, close: closer(server) };
}

export interface ConnectProxy {
  origin: string;
  /** The `host:port` of every CONNECT it tunnelled. */
  tunnels: string[];
  close(): Promise<void>;
}

/**
 * A CONNECT proxy on loopback that resolves every host name to 127.0.0.1
 * itself: a name no resolver knows is reachable through it, and only through it.
 */
export async function startConnectProxy(): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((_req, res) => res.writeHead(405).end());
  server.on("connect", (req, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? "");
    const port = Number(new URL(`http://${req.url}`).port);
    const upstream = connect(port, "127.0.0.1", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.on("close", () => sockets.delete(socket));
    }
  });
  const port = await listen(server);
  const close = closer(server);
  return {
    origin: `http://127.0.0.1:${port}`,
    tunnels,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await close();
    },
  };
}
