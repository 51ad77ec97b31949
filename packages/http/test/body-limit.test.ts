/**
 * maxBodyBytes in process: the exact limit, its message, a Content-Length
 * over it (refused before the body is read, unless the body is compressed),
 * bodies that arrive in many pieces, and the values refused.
 */
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createProviderClient, DEFAULT_MAX_BODY_BYTES, unwrap } from "../src/index.js";
import { replyJson, startFaultServer } from "./support/fault-server.js";

const MIB = 1024 * 1024;

describe("maxBodyBytes", () => {
  let fault: Awaited<ReturnType<typeof startFaultServer>> | undefined;
  afterEach(async () => {
    await fault?.close();
    fault = undefined;
  });

  const client = (origin: string, maxBodyBytes?: number) =>
    createProviderClient<{
      "/things": { get: { responses: { 200: { content: { "application/json": unknown } } } } };
    }>({
      provider: "example",
      defaultBaseUrl: origin,
      authHeaders: {},
      retry: { baseDelayMs: 1 },
      maxBodyBytes,
    });

  it("defaults to 64 MiB", () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(64 * MIB);
  });

  it("accepts a body of exactly the limit and refuses one byte more, error bodies too", async () => {
    const exact = `"${"x".repeat(98)}"`;
    fault = await startFaultServer([
      replyJson(200, exact),
      replyJson(200, `${exact} `),
      replyJson(503, `${exact} `),
    ]);
    const limited = client(fault.origin, 100);
    expect(unwrap(await limited.GET("/things"))).toBe("x".repeat(98));
    await expect(limited.GET("/things")).rejects.toMatchObject({
      name: "TransportError",
      message:
        "example: GET /things failed: the 200 response body is larger than the limit of 100 bytes (maxBodyBytes)",
    });
    // A retryable status whose body is too large, on the last attempt: not retried again.
    await expect(client(fault.origin, 100).GET("/things", {})).rejects.toMatchObject({
      name: "TransportError",
      status: 503,
    });
    expect(fault.requests).toHaveLength(5);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s", (value) => {
    expect(() => client("http://127.0.0.1:9", value)).toThrow(
      new TypeError(`example: maxBodyBytes is invalid: ${value}`),
    );
  });
});

describe("maxBodyBytes and the body as it arrives", () => {
  let server: Server | undefined;
  afterEach(async () => {
    const open = server;
    server = undefined;
    if (!open) return;
    open.closeAllConnections();
    await new Promise((resolve) => open.close(resolve));
  });

  /** A loopback server whose every response `answer` writes. */
  async function serve(answer: (res: ServerResponse) => void) {
    server = createServer((_req, res) => {
      res.on("error", () => {});
      answer(res);
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const client = (origin: string, maxBodyBytes: number) =>
    createProviderClient<{
      "/things": { get: { responses: { 200: { content: { "application/json": unknown } } } } };
    }>({
      provider: "example",
      defaultBaseUrl: origin,
      authHeaders: {},
      retry: false,
      timeoutMs: 2000,
      maxBodyBytes,
    });

  it("accepts a plain body whose Content-Length is exactly the limit", async () => {
    const body = `"${"x".repeat(98)}"`;
    const origin = await serve((res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.end(body);
    });
    expect(unwrap(await client(origin, 100).GET("/things"))).toBe("x".repeat(98));
  });

  it("refuses a Content-Length over the limit at once, before the body is sent in full", async () => {
    // 50 bytes of a claimed 1 MiB + 1, then nothing: reading it would wait for the deadline.
    const origin = await serve((res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(MIB + 1) });
      res.write(" ".repeat(50));
    });
    await expect(client(origin, MIB).GET("/things")).rejects.toMatchObject({
      name: "TransportError",
      message:
        "example: GET /things failed: the 200 response body is larger than the limit of 1048576 bytes (maxBodyBytes)",
    });
  });

  it("reads a compressed body whose Content-Length is over the limit but whose text is not", async () => {
    // Gzip's header and trailer make a short text longer on the wire.
    const compressed = gzipSync('"abc"');
    expect(compressed.length).toBeGreaterThan(10);
    const origin = await serve((res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": String(compressed.length),
      });
      res.end(compressed);
    });
    expect(unwrap(await client(origin, 10).GET("/things"))).toBe("abc");
  });

  it("joins a body sent in many pieces, in order", async () => {
    const pieces = ['{"items":[', '"first",', '"second",', '"third"', "]}"];
    const origin = await serve((res) => {
      res.writeHead(200, { "content-type": "application/json" });
      let next = 0;
      const send = () => {
        const piece = pieces[next++];
        if (piece === undefined) return res.end();
        res.write(piece);
        setTimeout(send, 10);
      };
      send();
    });
    expect(unwrap(await client(origin, 1000).GET("/things"))).toEqual({
      items: ["first", "second", "third"],
    });
  });
});
