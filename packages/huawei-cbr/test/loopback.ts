import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string | undefined;
  url: URL;
  headers: IncomingHttpHeaders;
}

export type Handler = (request: SeenRequest, response: ServerResponse) => void;

/** A node:http server on 127.0.0.1, port 0, that records every request. */
export async function startLoopback(handler: Handler) {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const request = {
      method: req.method,
      url: new URL(req.url ?? "/", "http://127.0.0.1"),
      headers: req.headers,
    };
    seen.push(request);
    handler(request, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}
