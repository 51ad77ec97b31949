import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { unwrap } from "@backupkit/http";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createOnappClient,
  describeOnappError,
  listBackupImagesXml,
  type OnappBackup,
  type OnappBackupList,
  type OnappClientOptions,
  OnappXmlError,
} from "../src/index.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/onapp/${name}`, import.meta.url), "utf8");
const seedJson = fixture("backups.seed.json");
const seedXml = fixture("backups.seed.xml");
const seedXmlAsJson = JSON.parse(fixture("backups.xml-seed.as-json.json"));

const credentials = { user: "admin@example.net", apiKey: "k3y-s3cret" };
const basic = (user: string, key: string) =>
  `Basic ${Buffer.from(`${user}:${key}`, "utf8").toString("base64")}`;

/** Canned answers by path: status, content type, body. */
const routes: Record<string, [number, string, string]> = {
  "/onapp/virtual_machines/42/backups/images.json": [200, "application/json", seedJson],
  "/onapp/virtual_machines/42/backups/images.xml": [200, "application/xml", seedXml],
  "/onapp/virtual_machines/7/backups/images.json": [200, "application/json", "[]"],
  "/onapp/virtual_machines/7/backups/images.xml": [
    200,
    "application/xml",
    '<?xml version="1.0" encoding="UTF-8"?>\n<backups type="array"/>\n',
  ],
  "/onapp/virtual_machines/404/backups/images.json": [
    404,
    "application/json",
    '{"errors":["Virtual server not found"]}',
  ],
  "/onapp/virtual_machines/404/backups/images.xml": [
    404,
    "application/xml",
    '<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n  <error>Virtual server not found</error>\n</errors>\n',
  ],
  "/onapp/virtual_machines/422/backups/images.json": [
    422,
    "application/json",
    '{"errors":{"label":["can\'t be blank"],"base":["Backups are disabled"]}}',
  ],
  "/onapp/virtual_machines/401/backups/images.json": [
    401,
    "text/plain",
    "HTTP Basic: Access denied.\n",
  ],
  "/onapp/virtual_machines/401/backups/images.xml": [
    401,
    "text/plain",
    "HTTP Basic: Access denied.\n",
  ],
  "/onapp/virtual_machines/500/backups/images.xml": [
    200,
    "application/xml",
    "<backups><oops></backups>",
  ],
};

let baseUrl = "";
const seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
const server = createServer((req, res) => {
  seen.push({ method: req.method, url: req.url, headers: req.headers });
  const [status, type, body] = routes[req.url ?? ""] ?? [404, "text/plain", "no route"];
  res.writeHead(status, { "content-type": `${type}; charset=utf-8` });
  res.end(body);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/onapp`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const jsonPath = "/virtual_machines/{virtual_machine_id}/backups/images.json" as const;
const client = () => createOnappClient({ credentials, baseUrl });

describe("createOnappClient", () => {
  it("sends HTTP Basic and returns the typed list from the JSON endpoint", async () => {
    const { data, error } = await client().GET(jsonPath, {
      params: { path: { virtual_machine_id: 42 } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual(JSON.parse(seedJson));
    expect(seen.at(-1)).toMatchObject({
      method: "GET",
      url: "/onapp/virtual_machines/42/backups/images.json",
      headers: {
        authorization: basic("admin@example.net", "k3y-s3cret"),
        "user-agent": expect.stringMatching(/^backupkit\//),
      },
    });
  });

  it("encodes non-ASCII credentials as UTF-8", async () => {
    const onapp = createOnappClient({ credentials: { user: "jürgen", apiKey: "ключ" }, baseUrl });
    await onapp.GET(jsonPath, { params: { path: { virtual_machine_id: 7 } } });
    expect(seen.at(-1)?.headers.authorization).toBe(basic("jürgen", "ключ"));
  });

  it("returns an empty list as an empty array", async () => {
    const { data } = await client().GET(jsonPath, { params: { path: { virtual_machine_id: 7 } } });
    expect(data).toEqual([]);
  });

  it.each([
    [404, { errors: ["Virtual server not found"] }, "Virtual server not found"],
    [
      422,
      { errors: { label: ["can't be blank"], base: ["Backups are disabled"] } },
      "label: can't be blank; Backups are disabled",
    ],
    // Text is the transport's to describe: unwrap quotes it (see below).
    [401, "HTTP Basic: Access denied.\n", null],
  ])("returns OnApp's error body on a %i", async (status, body, message) => {
    const { data, error, response } = await client().GET(jsonPath, {
      params: { path: { virtual_machine_id: status } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(status);
    expect(error).toEqual(body);
    expect(describeOnappError(error)).toEqual({ code: null, message });
  });

  it("throws a ProviderError quoting a plain-text error body", async () => {
    const result = await client().GET(jsonPath, { params: { path: { virtual_machine_id: 401 } } });
    expect(() => unwrap(result)).toThrow(
      expect.objectContaining({ status: 401, providerMessage: "HTTP Basic: Access denied." }),
    );
  });

  it("types data from the spec", async () => {
    const { data } = await client().GET(jsonPath, { params: { path: { virtual_machine_id: 42 } } });
    expectTypeOf(data).toEqualTypeOf<OnappBackupList | undefined>();
    expectTypeOf<OnappBackup["allow_resize_without_reboot"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<NonNullable<OnappBackup["initiated"]>>().toEqualTypeOf<
      "manual" | "days" | "weeks" | "months" | "years"
    >();
    expectTypeOf<OnappBackup["note"]>().toEqualTypeOf<string | null | undefined>();
    expect(data?.[0]?.backup.backup_size).toBe(930584);
  });

  it.each([
    ["no credentials", { baseUrl: "http://127.0.0.1:9" }, /credentials\.user option is required/],
    [
      "a blank user",
      { credentials: { user: " ", apiKey: "k" }, baseUrl: "http://127.0.0.1:9" },
      /credentials\.user/,
    ],
    [
      "no API key",
      { credentials: { user: "u", apiKey: "" }, baseUrl: "http://127.0.0.1:9" },
      /credentials\.apiKey/,
    ],
    [
      "a colon in the user",
      { credentials: { user: "a:b", apiKey: "k" }, baseUrl: "http://127.0.0.1:9" },
      /must not contain ":"/,
    ],
    [
      "no base URL",
      { credentials },
      /baseUrl option is required: the address of your OnApp Control Panel/,
    ],
    [
      "a bad base URL",
      { credentials, baseUrl: "cp.example.net" },
      /baseUrl must be an http or https URL/,
    ],
    [
      "a non-http base URL",
      { credentials, baseUrl: "ftp://127.0.0.1" },
      /baseUrl must be an http or https URL/,
    ],
  ])("rejects %s without echoing the key", (_name, options, message) => {
    const create = () => createOnappClient(options as OnappClientOptions);
    expect(create).toThrow(message);
    expect(create).not.toThrow(/k3y-s3cret/);
  });
});

describe("listBackupImagesXml", () => {
  it("asks for XML and returns the same typed shape as the JSON endpoint", async () => {
    const { data, error, response } = await listBackupImagesXml(client(), 42);
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(seedXmlAsJson);
    expectTypeOf(data).toEqualTypeOf<OnappBackupList | undefined>();
    expect(seen.at(-1)).toMatchObject({
      url: "/onapp/virtual_machines/42/backups/images.xml",
      headers: {
        accept: "application/xml",
        authorization: basic("admin@example.net", "k3y-s3cret"),
      },
    });
  });

  it("reads an empty list", async () => {
    expect((await listBackupImagesXml(client(), 7)).data).toEqual([]);
  });

  it("turns an XML error body into OnApp's JSON error body", async () => {
    const { data, error, response } = await listBackupImagesXml(client(), 404);
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual({ errors: ["Virtual server not found"] });
  });

  it("keeps a text error body as text", async () => {
    const { error } = await listBackupImagesXml(client(), 401);
    expect(error).toBe("HTTP Basic: Access denied.\n");
  });

  it("throws OnappXmlError for a 2xx body that is not XML it can read", async () => {
    await expect(listBackupImagesXml(client(), 500)).rejects.toThrow(OnappXmlError);
    await expect(listBackupImagesXml(client(), 500)).rejects.toThrow(/malformed XML at line 1/);
  });
});

describe("describeOnappError", () => {
  it.each([
    ["a list", { errors: ["a", "b"] }, "a; b"],
    ["messages per field", { errors: { label: ["x", "y"] } }, "label: x; label: y"],
    ["base messages", { errors: { base: ["whole"] } }, "whole"],
    ["one message as a string", { errors: "only" }, "only"],
    ["the singular error key", { error: "singular" }, "singular"],
    ["a non-string message", { errors: [{ code: 1 }] }, '{"code":1}'],
    // Left to the transport, which describes an HTML page by its title.
    ["an HTML page", "<html>\nBad gateway</html>", null],
    // The .xml calls' error body is read by listBackupImagesXml before it
    // gets here (xml-transport.test.ts); as raw markup it says nothing.
    [
      "the XML error body as raw text",
      '<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n  <error>Virtual server not found</error>\n</errors>\n',
      null,
    ],
    ["an empty XML error body", "<errors/>", null],
    ["XML that is not an error body", '<backups type="array"/>', null],
    // Plain text is quoted by the transport (see xml-transport.test.ts).
    ["plain text", "HTTP Basic: Access denied.\n", null],
    ["an empty list", { errors: [] }, null],
    ["no errors key", { message: "hi" }, null],
    ["null", null, null],
    ["blank text", "  ", null],
  ])("reads %s", (_name, body, message) => {
    expect(describeOnappError(body)).toEqual({ code: null, message });
  });
});
