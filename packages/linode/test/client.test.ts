import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createLinodeClient, type LinodeBackup } from "../src/index.js";

const seedText = readFileSync(
  new URL("../../../fixtures/linode/backup-view.seed.json", import.meta.url),
  "utf8",
);

let baseUrl = "";
const seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
const server = createServer((req, res) => {
  seen.push({ method: req.method, url: req.url, headers: req.headers });
  res.setHeader("content-type", "application/json");
  if (req.url === "/v4/linode/instances/123/backups/1234") res.end(seedText);
  else {
    res.statusCode = 404;
    res.end(JSON.stringify({ errors: [{ reason: "Not found" }] }));
  }
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v4`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("createLinodeClient", () => {
  it("sends Authorization: Bearer and returns the typed backup", async () => {
    const client = createLinodeClient({ token: "test-token", baseUrl });
    const { data, error } = await client.GET("/linode/instances/{linodeId}/backups/{backupId}", {
      params: { path: { linodeId: 123, backupId: 1234 } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual(JSON.parse(seedText));
    expect(seen.at(-1)).toMatchObject({
      method: "GET",
      url: "/v4/linode/instances/123/backups/1234",
      headers: {
        authorization: "Bearer test-token",
        "user-agent": expect.stringMatching(/^backupkit\//),
      },
    });
  });

  it("returns Linode's error body on a 404", async () => {
    const client = createLinodeClient({ token: "test-token", baseUrl });
    const { data, error, response } = await client.GET(
      "/linode/instances/{linodeId}/backups/{backupId}",
      {
        params: { path: { linodeId: 1, backupId: 2 } },
      },
    );
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual({ errors: [{ reason: "Not found" }] });
  });

  it("types data from the spec", async () => {
    const client = createLinodeClient({ token: "test-token", baseUrl });
    const { data } = await client.GET("/linode/instances/{linodeId}/backups/{backupId}", {
      params: { path: { linodeId: 123, backupId: 1234 } },
    });
    expectTypeOf(data).toEqualTypeOf<LinodeBackup | undefined>();
    expectTypeOf<NonNullable<LinodeBackup["status"]>>().toEqualTypeOf<
      | "paused"
      | "pending"
      | "running"
      | "needsPostProcessing"
      | "successful"
      | "failed"
      | "userAborted"
    >();
    expectTypeOf<LinodeBackup["label"]>().toEqualTypeOf<string | null | undefined>();
    expect(data?.disks?.[0]?.size).toBe(9001);
  });

  it.each([
    ["a missing token", { token: "" }, /token option is required/],
    [
      "a bad base URL",
      { token: "t", baseUrl: "not a url" },
      /baseUrl must be an http or https URL/,
    ],
    [
      "a non-http base URL",
      { token: "t", baseUrl: "file:///etc" },
      /baseUrl must be an http or https URL/,
    ],
  ])("rejects %s", (_name, options, message) => {
    expect(() => createLinodeClient(options as { token: string })).toThrow(message);
  });
});
