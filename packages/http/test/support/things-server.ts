import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createProviderClient, type ProviderClientConfig } from "../../src/index.js";

/** The API the transport's tests call: GET and POST on `/things`. */
export type ThingsPaths = {
  "/things": {
    get: { responses: { 200: { content: { "application/json": { ok: boolean } } } } };
    post: {
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 200: { content: { "application/json": { ok: boolean } } } };
    };
  };
};

/** A request as the server received it, its body read whole. */
export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const ok = (_request: Seen, res: ServerResponse) => json(res, 200, { ok: true });
const open: (() => Promise<void>)[] = [];

/**
 * A loopback server: `answer` decides each response (by default 200 with
 * `{"ok":true}`), and every request is recorded in `seen`. `closeServers`
 * stops it.
 */
export async function serve(answer: (request: Seen, res: ServerResponse) => void = ok) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const request = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      seen.push(request);
      answer(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  open.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

/** Stops every server `serve` started in this test file: for its afterEach. */
export async function closeServers(): Promise<void> {
  await Promise.all(open.splice(0).map((close) => close()));
}

/** A client of `ThingsPaths` at `baseUrl`, for provider "test". */
export function thingsClient(baseUrl: string, options: Partial<ProviderClientConfig> = {}) {
  return createProviderClient<ThingsPaths>({
    provider: "test",
    defaultBaseUrl: baseUrl,
    ...options,
  });
}
