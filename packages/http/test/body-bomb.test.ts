/**
 * Bodies that would exhaust memory: compression bombs and bodies that never
 * end. The client runs in a child process (see support/bounded-read-child.mjs)
 * so its peak memory can be measured and a failure cannot take the runner down.
 */
import { execFile } from "node:child_process";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Transform } from "node:stream";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { constants, createBrotliCompress, createDeflate, createGzip } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MIB = 1024 * 1024;
/** What the bomb inflates to, and the peak memory the whole client process may reach. */
const BOMB_MIB = 300;
const MAX_PEAK_RSS_MIB = 400;
const child = fileURLToPath(new URL("./support/bounded-read-child.mjs", import.meta.url));
const run = promisify(execFile);

/** `mib` MiB of spaces (valid JSON padding), compressed in 1 MiB pieces: a few hundred kB. */
async function bomb(compressor: Transform, mib: number): Promise<Buffer> {
  const out: Buffer[] = [];
  compressor.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => compressor.on("end", resolve));
  const piece = Buffer.alloc(MIB, " ");
  for (let i = 0; i < mib; i++) {
    if (!compressor.write(piece)) await new Promise((resolve) => compressor.once("drain", resolve));
  }
  compressor.end();
  await done;
  return Buffer.concat(out);
}

type Serve = (res: ServerResponse) => void;
const bodies: Record<string, Serve> = {};
let server: Server;
let origin: string;
const requests: Record<string, number> = {};
const names = [
  "gzip, with Content-Length",
  "deflate, chunked",
  "br, with Content-Length",
  "an endless plain body",
  "a plain body whose Content-Length is over the limit",
];

beforeAll(async () => {
  const [gzip, deflate, br] = await Promise.all([
    bomb(createGzip({ level: 9 }), BOMB_MIB),
    bomb(createDeflate({ level: 9 }), BOMB_MIB),
    bomb(createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }), BOMB_MIB),
  ]);
  const encoded =
    (encoding: string, bytes: Buffer, withLength: boolean): Serve =>
    (res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": encoding,
        ...(withLength ? { "content-length": String(bytes.length) } : {}),
      });
      res.end(bytes);
    };
  Object.assign(bodies, {
    "gzip, with Content-Length": encoded("gzip", gzip, true),
    "deflate, chunked": encoded("deflate", deflate, false),
    "br, with Content-Length": encoded("br", br, true),
    // Never ends: written as fast as the client reads, until it hangs up.
    "an endless plain body": (res: ServerResponse) => {
      res.writeHead(200, { "content-type": "application/json" });
      const piece = Buffer.alloc(MIB, " ");
      const pump = () => {
        while (!res.destroyed && res.write(piece));
      };
      res.on("drain", pump);
      pump();
    },
    // Claims 300 MiB up front: refused before a byte of it is read.
    "a plain body whose Content-Length is over the limit": (res: ServerResponse) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": String(BOMB_MIB * MIB),
      });
      res.write(Buffer.alloc(MIB, " "));
    },
  });
  // The first path segment names the body: `/<index in names>/things`.
  server = createServer((req, res) => {
    const name = names[Number(req.url?.split("/")[1])] ?? "";
    requests[name] = (requests[name] ?? 0) + 1;
    res.on("error", () => {});
    bodies[name]?.(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("a body larger than maxBodyBytes", () => {
  it.each(names)(
    "%s: a TransportError naming the limit, sent once, in bounded memory",
    async (name) => {
      const baseUrl = `${origin}/${names.indexOf(name)}`;
      const { stdout } = await run(process.execPath, [child, baseUrl], { timeout: 90_000 });
      const result = JSON.parse(stdout);
      expect(result).toMatchObject({
        outcome: "TransportError",
        status: 200,
        message:
          "bomb: GET /things failed: the 200 response body is larger than the limit of 67108864 bytes (maxBodyBytes)",
      });
      expect(requests[name]).toBe(1);
      expect(result.peakRssMib).toBeLessThan(MAX_PEAK_RSS_MIB);
      console.info(`${name}: peak RSS ${result.peakRssMib.toFixed(0)} MiB`);
    },
    120_000,
  );
});
