/**
 * settleBody and describeHtml by themselves: which bodies are read, which are
 * handed over untouched, what a 2xx body that is not JSON is called, and what
 * an error body becomes.
 */
import { describe, expect, it } from "vitest";
import { type BodyExpectation, describeHtml, settleBody } from "../src/body.js";

function response(body: string | null, status = 200, headers: Record<string, string> = {}) {
  const r = new Response(body, { status, statusText: "Said", headers });
  Object.defineProperty(r, "url", { value: "http://127.0.0.1/things" });
  return r;
}

/** The transport's default limit: these cases are about parsing, not size. */
const maxBodyBytes = 64 * 1024 * 1024;

function expecting(
  overrides: Partial<Omit<BodyExpectation, "client">> & {
    client?: Partial<BodyExpectation["client"]>;
  } = {},
): BodyExpectation {
  const { client, ...rest } = overrides;
  return {
    method: "GET",
    parseAs: "json",
    parsesBody: true,
    ...rest,
    client: { maxBodyBytes, ...client },
  };
}

const invalid = (problem: string) => new Error(problem);

describe("settleBody", () => {
  it("hands a stream over untouched", async () => {
    const given = response("[1]");
    expect(await settleBody(given, expecting({ parseAs: "stream" }), invalid)).toBe(given);
    expect(given.bodyUsed).toBe(false);
  });

  it("parses a 2xx JSON body once, into data, and hands the spent response over", async () => {
    const expect_ = expecting();
    const given = response('{"a":1}');
    expect(await settleBody(given, expect_, invalid)).toBe(given);
    expect(expect_.data).toEqual({ a: 1 });
  });

  it("uses the provider's parser for a 2xx body", async () => {
    const expect_ = expecting({ client: { parseJson: (text) => ({ parsed: text.trim() }) } });
    await settleBody(response(" x "), expect_, invalid);
    expect(expect_.data).toEqual({ parsed: "x" });
  });

  it("hands a checked body on as strict JSON when the provider has its own parser", async () => {
    const parseJson = (text: string) => JSON.parse(text.replace(",]", "]"));
    const settled = await settleBody(
      response("[1,]", 200, { "x-kept": "yes" }),
      expecting({ parsesBody: false, client: { parseJson } }),
      invalid,
    );
    expect(await settled.text()).toBe("[1]");
    expect([
      settled.status,
      settled.statusText,
      settled.headers.get("x-kept"),
      settled.url,
    ]).toEqual([200, "Said", "yes", "http://127.0.0.1/things"]);
  });

  it("hands a checked body on as read without a parser of the provider's", async () => {
    const settled = await settleBody(response("[1, 2]"), expecting({ parsesBody: false }), invalid);
    expect(await settled.text()).toBe("[1, 2]");
  });

  it("re-encodes an error body the provider's parser reads", async () => {
    const parseJson = (text: string) => JSON.parse(text.replace(",}", "}"));
    const settled = await settleBody(
      response('{"error":"gone",}', 404),
      expecting({ client: { parseJson } }),
      invalid,
    );
    expect([settled.status, await settled.text()]).toEqual([404, '{"error":"gone"}']);
  });

  it("keeps an error body that is not JSON as text, without complaint", async () => {
    const settled = await settleBody(response("<h1>502</h1>", 502), expecting(), invalid);
    expect([settled.status, await settled.text()]).toEqual([502, "<h1>502</h1>"]);
    const empty = await settleBody(response("", 500), expecting(), invalid);
    expect([empty.status, await empty.text()]).toEqual([500, ""]);
  });

  it.each([
    ["", "the 200 response has an empty body where JSON was expected"],
    [" \n ", "the 200 response has an empty body where JSON was expected"],
  ])("refuses a 2xx body %j where JSON was expected", async (body, message) => {
    await expect(settleBody(response(body), expecting(), invalid)).rejects.toThrow(message);
  });

  it("describes a 2xx body that is not JSON by size and type, not by its text", async () => {
    await expect(
      settleBody(
        response('{"a": tr', 200, { "content-type": "application/json" }),
        expecting(),
        invalid,
      ),
    ).rejects.toThrow(
      new Error(
        "the 200 response body is not valid JSON (8 bytes of application/json; truncated or malformed)",
      ),
    );
    await expect(
      settleBody(
        new Response(new TextEncoder().encode("é{"), { status: 201 }),
        expecting(),
        invalid,
      ),
    ).rejects.toThrow(
      new Error("the 201 response body is not valid JSON (3 bytes; truncated or malformed)"),
    );
  });

  it("names an HTML page by its title", async () => {
    await expect(
      settleBody(response("<html><title>Maintenance</title></html>"), expecting(), invalid),
    ).rejects.toThrow(new Error('the 200 response is an HTML page ("Maintenance"), not JSON'));
  });

  it.each([
    ["HEAD", 200],
    ["GET", 204],
    ["GET", 205],
    ["GET", 304],
  ])("reads no body for %s with status %i", async (method, status) => {
    const given = new Response(status === 200 ? "ignored" : null, { status });
    const settled = await settleBody(given, expecting({ method }), invalid);
    expect(settled).not.toBe(given);
    expect([settled.status, settled.body]).toEqual([status, null]);
  });

  it("reads a body that is not JSON in full, bytes unchanged", async () => {
    const bytes = new Uint8Array([0, 255, 10, 128]);
    const settled = await settleBody(
      new Response(bytes),
      expecting({ parseAs: "arrayBuffer" }),
      invalid,
    );
    expect(new Uint8Array(await settled.arrayBuffer())).toEqual(bytes);
    const text = await settleBody(response("plain"), expecting({ parseAs: "text" }), invalid);
    expect(await text.text()).toBe("plain");
  });
});

describe("describeHtml", () => {
  it.each([
    [
      "<!DOCTYPE html><html><head><title>502 Bad Gateway</title>",
      'is an HTML page ("502 Bad Gateway"), not JSON',
    ],
    [
      "  <html>\n<body><h1 class=x>Service\n   Unavailable</h1>",
      'is an HTML page ("Service Unavailable"), not JSON',
    ],
    ["<?xml version='1.0'?><!doctype HTML><title> </title>", "is an HTML page, not JSON"],
    ["<HEAD><TITLE>Up</TITLE>", 'is an HTML page ("Up"), not JSON'],
    ["<body>no heading", "is an HTML page, not JSON"],
    ["<!doctype html>", "is an HTML page, not JSON"],
    ["<!DOCTYPE  html>\n<p>down</p>", "is an HTML page, not JSON"],
    // Not cut here: the error that quotes it scrubs secrets first and cuts after.
    [`<title>${"t".repeat(100)}</title>`, `is an HTML page ("${"t".repeat(100)}"), not JSON`],
  ])("names %j", (text, want) => {
    expect(describeHtml(text)).toBe(want);
  });

  it.each([['{"html": "<html>"}'], ["text <html>"], ["<htmlx>"], ["<titles>"], [""]])(
    "takes %j for something else",
    (text) => {
      expect(describeHtml(text)).toBeNull();
    },
  );
});
