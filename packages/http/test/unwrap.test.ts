import { describe, expect, it } from "vitest";
import type { ProviderErrorDetails } from "../src/index.js";
import { describeErrorBody } from "../src/unwrap.js";

const none: ProviderErrorDetails = { code: null, message: null };
const xmlReader = (body: unknown): ProviderErrorDetails => {
  const match = typeof body === "string" ? /<error>([^<]*)<\/error>/.exec(body) : null;
  return { code: null, message: match?.[1] ?? null };
};

describe("describeErrorBody", () => {
  it.each<[string, { body: unknown; reader?: typeof xmlReader; want: ProviderErrorDetails }]>([
    ["no body", { body: undefined, want: none }],
    [
      "an empty text body",
      { body: "  ", want: { code: null, message: "the error response has an empty body" } },
    ],
    [
      "plain text, quoted",
      { body: "Service down\n", want: { code: null, message: "Service down" } },
    ],
    [
      // The ProviderError cuts it, after scrubbing secrets from the whole text.
      "long text, whole",
      { body: "x".repeat(500), want: { code: null, message: "x".repeat(500) } },
    ],
    [
      "an HTML page, described by its title",
      {
        body: "<html><head><title> 503  Service\nUnavailable </title></head><body>…</body></html>",
        want: {
          code: null,
          message: 'the error body is an HTML page ("503 Service Unavailable"), not JSON',
        },
      },
    ],
    [
      "a bare <html> element, described by its first h1",
      {
        body: `<html><h1>Bad ${"gateway ".repeat(20)}</h1></html>`,
        want: {
          code: null,
          message: `the error body is an HTML page ("Bad ${"gateway ".repeat(20).trim()}"), not JSON`,
        },
      },
    ],
    [
      "markup that is not HTML, quoted as text",
      {
        body: "<errors><error>nope</error></errors>",
        want: { code: null, message: "<errors><error>nope</error></errors>" },
      },
    ],
    [
      "an HTML page without a title",
      {
        body: "<!DOCTYPE html><html><body>oops</body></html>",
        want: { code: null, message: "the error body is an HTML page, not JSON" },
      },
    ],
    ["{ message }", { body: { message: "bad" }, want: { code: null, message: "bad" } }],
    ["{ error: string }", { body: { error: "bad" }, want: { code: null, message: "bad" } }],
    [
      "{ error: { code, message } }",
      {
        body: {
          error: { code: "APIGW.0301", message: "Incorrect IAM authentication information" },
        },
        want: { code: "APIGW.0301", message: "Incorrect IAM authentication information" },
      },
    ],
    ["{ code, message }", { body: { code: 42, message: "" }, want: none }],
    ["an unknown shape", { body: { detail: 1 }, want: none }],
    [
      "XML read by the provider's describeError",
      {
        body: "<?xml version='1.0'?><errors><error>Not found</error></errors>",
        reader: xmlReader,
        want: { code: null, message: "Not found" },
      },
    ],
    [
      "a describeError that finds nothing falls back",
      {
        body: { message: "from the common shape" },
        reader: xmlReader,
        want: { code: null, message: "from the common shape" },
      },
    ],
    [
      "a describeError that throws falls back",
      {
        body: "plain",
        reader: () => {
          throw new TypeError("cannot read");
        },
        want: { code: null, message: "plain" },
      },
    ],
  ])("%s", (_name, { body, reader, want }) => {
    expect(describeErrorBody(body, reader)).toEqual(want);
  });
});
