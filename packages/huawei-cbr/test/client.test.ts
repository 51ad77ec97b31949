import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createHuaweiCbrClient,
  describeHuaweiCbrError,
  type HuaweiCbrBackup,
  type HuaweiCbrBackupDetail,
  type HuaweiCbrErrorBody,
} from "../src/index.js";
import { sendJson, startLoopback } from "./loopback.js";

const seedText = readFileSync(
  new URL("../../../fixtures/huawei-cbr/show-backup.seed.json", import.meta.url),
  "utf8",
);
const PROJECT = "4229d7a45436489f8c3dc2b1d35d4987";
const BACKUP = "6df2b54c-dd62-4059-a07c-1b8f24f2725d";
const notFound = {
  error_code: "BackupService.6302",
  error_msg: "Resource 0000 not found.",
};

let server: Awaited<ReturnType<typeof startLoopback>>;

beforeAll(async () => {
  server = await startLoopback((req, res) => {
    if (req.url.pathname === `/v3/${PROJECT}/backups/${BACKUP}`) sendJson(res, 200, seedText);
    else sendJson(res, 404, notFound);
  });
});
afterAll(() => server.close());

const showBackup = (backupId: string) =>
  createHuaweiCbrClient({ token: "test-token", baseUrl: server.baseUrl }).GET(
    "/v3/{project_id}/backups/{backup_id}",
    { params: { path: { project_id: PROJECT, backup_id: backupId } } },
  );

describe("createHuaweiCbrClient", () => {
  it("sends X-Auth-Token and returns the seed backup", async () => {
    const { data, error } = await showBackup(BACKUP);
    expect(error).toBeUndefined();
    expect(data).toEqual(JSON.parse(seedText));
    expect(server.seen.at(-1)).toMatchObject({
      method: "GET",
      url: expect.objectContaining({ pathname: `/v3/${PROJECT}/backups/${BACKUP}` }),
      headers: {
        "x-auth-token": "test-token",
        "user-agent": expect.stringMatching(/^backupkit\//),
      },
    });
    expect(server.seen.at(-1)?.headers.authorization).toBeUndefined();
  });

  it("types data from the spec", async () => {
    const { data } = await showBackup(BACKUP);
    expectTypeOf(data?.backup).toEqualTypeOf<HuaweiCbrBackupDetail | undefined>();
    expectTypeOf<HuaweiCbrBackupDetail>().toEqualTypeOf<HuaweiCbrBackup>();
    expectTypeOf<NonNullable<HuaweiCbrBackup["status"]>>().toEqualTypeOf<
      | "available"
      | "protecting"
      | "deleting"
      | "restoring"
      | "error"
      | "waiting_protect"
      | "waiting_delete"
      | "waiting_restore"
    >();
    expectTypeOf<HuaweiCbrBackup["updated_at"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<HuaweiCbrBackup["resource_size"]>().toEqualTypeOf<number | undefined>();
    expect(data?.backup.resource_size).toBe(40);
    expect(data?.backup.children?.[0]?.parent_id).toBe(BACKUP);
    expect(data?.backup.extend_info?.auto_trigger).toBe(true);
  });

  it("returns CBR's error body on a 404, and describeError reads it", async () => {
    const { data, error, response } = await showBackup("0000");
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual(notFound);
    expectTypeOf(error).toEqualTypeOf<HuaweiCbrErrorBody | undefined>();
    expect(describeHuaweiCbrError(error)).toEqual({
      code: "BackupService.6302",
      message: "Resource 0000 not found.",
    });
  });

  it.each([
    ["no region", {}, "https://cbr.ap-southeast-1.myhuaweicloud.com/v3/p/backups"],
    [
      "cn-north-4",
      { region: "cn-north-4" },
      "https://cbr.cn-north-4.myhuaweicloud.com/v3/p/backups",
    ],
    [
      "eu-west-101",
      { region: "eu-west-101" },
      "https://cbr.eu-west-101.myhuaweicloud.com/v3/p/backups",
    ],
    [
      "a baseUrl and a region",
      { region: "cn-north-4", baseUrl: "http://127.0.0.1:9/" },
      "http://127.0.0.1:9/v3/p/backups",
    ],
  ])("calls the right endpoint for %s", async (_name, options, want) => {
    const urls: string[] = [];
    const client = createHuaweiCbrClient({
      token: "t",
      ...options,
      fetch: async (request) => {
        urls.push(request.url);
        return new Response("{}", { headers: { "content-type": "application/json" } });
      },
    });
    await client.GET("/v3/{project_id}/backups", { params: { path: { project_id: "p" } } });
    expect(urls).toEqual([want]);
  });

  it.each([
    ["a missing token", { token: "" }, /token option is required/],
    [
      "a bad base URL",
      { token: "t", baseUrl: "not a url" },
      /baseUrl must be an http or https URL/,
    ],
    ["a region that is a host", { token: "t", region: "evil.example/x" }, /region must be/],
    ["an upper-case region", { token: "t", region: "AP-SOUTHEAST-1" }, /region must be/],
  ])("rejects %s", (_name, options, message) => {
    expect(() => createHuaweiCbrClient(options as { token: string })).toThrow(message);
  });

  it.each([
    ["a newline", "secret\nvalue"],
    ["a non-Latin-1 character", "secret✓value"],
  ])("rejects a token with %s without quoting it", (_name, token) => {
    expect(() => createHuaweiCbrClient({ token })).toThrow(
      /a character an HTTP header cannot carry/,
    );
    try {
      createHuaweiCbrClient({ token });
    } catch (err) {
      expect((err as Error).message).not.toContain("secret");
    }
  });
});

describe("describeHuaweiCbrError", () => {
  it.each([
    ["a full body", notFound, { code: "BackupService.6302", message: "Resource 0000 not found." }],
    [
      "a gateway body",
      { error_code: "APIGW.0301", error_msg: "x", request_id: "r" },
      { code: "APIGW.0301", message: "x" },
    ],
    ["numbers", { error_code: 6302, error_msg: 1 }, { code: null, message: null }],
    ["{code, message}", { code: "CBR.1", message: "Failed" }, { code: "CBR.1", message: "Failed" }],
    [
      "IAM's nested error with a numeric code",
      { error: { code: 401, message: "Needs authentication", title: "Unauthorized" } },
      { code: null, message: "Needs authentication" },
    ],
    [
      "a nested error_code pair",
      { error: { error_code: "E.1", error_msg: "Nested" } },
      { code: "E.1", message: "Nested" },
    ],
    ["wrong types", { code: true, message: 5 }, { code: null, message: null }],
    ["an error that is a string", { error: "boom" }, { code: null, message: null }],
    [
      "a null error beside the pair",
      { error: null, code: "C", message: "M" },
      { code: "C", message: "M" },
    ],
    ["null", null, { code: null, message: null }],
    ["empty strings", { error_code: "", error_msg: "" }, { code: null, message: null }],
    ["a text body", "Bad Gateway", { code: null, message: null }],
    ["undefined", undefined, { code: null, message: null }],
  ])("reads %s", (_name, body, want) => {
    expect(describeHuaweiCbrError(body)).toEqual(want);
  });
});
