/** maxBodyBytes in process: the exact limit, its message, and the values refused. */
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
      "example: maxBodyBytes must be a positive whole number of bytes",
    );
  });
});
