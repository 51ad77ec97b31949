import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import {
  type Fault,
  type FaultServer,
  hang,
  reply,
  startFaultServer,
} from "../../http/test/support/fault-server.js";
import { expectNoSecret } from "../../http/test/support/transport-scenarios.js";
import { createOnappClient, listBackupImagesXml, OnappXmlError, unwrap } from "../src/index.js";

// The XML call goes through the same transport as the JSON ones: its non-2xx
// answers unwrap into ProviderErrors with OnApp's own messages, and it is timed
// out and retried like any GET.

const seedXml = readFileSync(
  new URL("../../../fixtures/onapp/backups.seed.xml", import.meta.url),
  "utf8",
);
const apiKey = "xml-s3cret-k3y-90ab";
const path = "/virtual_machines/{virtual_machine_id}/backups/images.xml";
const xml = (status: number, body: string, headers: Record<string, string> = {}) =>
  reply(status, body, { "content-type": "application/xml; charset=utf-8", ...headers });
const errorXml = (...messages: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n${messages.map((m) => `  <error>${m}</error>\n`).join("")}</errors>\n`;

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(script: Fault[], options: { timeoutMs?: number } = {}) {
  server = await startFaultServer(script);
  const client = createOnappClient({
    credentials: { user: "admin@example.net", apiKey },
    baseUrl: `${server.origin}/onapp`,
    retry: { maxAttempts: 2, baseDelayMs: 1 },
    ...options,
  });
  return { server, client };
}

describe("listBackupImagesXml through the transport", () => {
  it.each([
    [
      "a 404 with OnApp's XML error body",
      xml(404, errorXml("Virtual server not found")),
      1,
      `onapp: GET ${path} failed with 404 Not Found: Virtual server not found`,
    ],
    [
      "a 422 with several messages, entities decoded",
      xml(422, errorXml("Label can&apos;t be blank", "Backups &amp; snapshots are off")),
      1,
      `onapp: GET ${path} failed with 422 Unprocessable Entity: Label can't be blank; Backups & snapshots are off`,
    ],
    [
      "a 401 from the web server in plain text",
      reply(401, "HTTP Basic: Access denied.\n", { "content-type": "text/plain" }),
      1,
      `onapp: GET ${path} failed with 401 Unauthorized: HTTP Basic: Access denied.`,
    ],
    [
      "an HTML 503 page from a proxy, retried",
      reply(503, "<html><head><title>503 Service Unavailable</title></head></html>", {
        "content-type": "text/html",
      }),
      2,
      `onapp: GET ${path} failed with 503 Service Unavailable: the error body is an HTML page ("503 Service Unavailable"), not JSON (after 2 attempts)`,
    ],
    [
      "a 404 that echoes the API key",
      xml(404, errorXml(`No user with key ${apiKey}`)),
      1,
      `onapp: GET ${path} failed with 404 Not Found: No user with key [redacted]`,
    ],
  ])("unwraps %s into a ProviderError", async (_name, step, requests, message) => {
    const { server, client } = await clientFor([step]);
    const error = await listBackupImagesXml(client, 42)
      .then(unwrap)
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(message);
    expect(error).toMatchObject({ name: "ProviderError", path, method: "GET" });
    expect(server.requests).toHaveLength(requests);
    expectNoSecret(error, apiKey);
  });

  it("retries a 503 and then reads the XML", async () => {
    const { server, client } = await clientFor([xml(503, ""), xml(200, seedXml)]);
    const backups = unwrap(await listBackupImagesXml(client, 42));
    expect(backups.map((entry) => entry.backup.id)).toEqual([1951]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]?.url).toBe("/onapp/virtual_machines/42/backups/images.xml");
  });

  it("times out a Control Panel that never answers", async () => {
    const { client } = await clientFor([hang()], { timeoutMs: 200 });
    await expect(listBackupImagesXml(client, 42)).rejects.toMatchObject({
      name: "TimeoutError",
      message: `onapp: GET ${path} failed: no answer within 200 ms (after 2 attempts)`,
    });
  });

  it("cancels with the caller's signal", async () => {
    const { client } = await clientFor([hang()]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      listBackupImagesXml(client, 42, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
  });

  it.each([
    [
      "an HTML page",
      "<!DOCTYPE html><html><title>Maintenance</title></html>",
      /an HTML page, not XML/,
    ],
    ["JSON", '[{"backup":{}}]', /not XML/],
    ["an error document", errorXml("odd"), /an OnApp error response: odd/],
  ])("throws OnappXmlError for %s sent as a 200", async (_name, body, message) => {
    const { client } = await clientFor([xml(200, body)]);
    const failure = listBackupImagesXml(client, 42);
    await expect(failure).rejects.toThrow(OnappXmlError);
    await expect(failure).rejects.toThrow(message);
  });
});
