import { describe, expect, it } from "vitest";
import { redactor } from "../src/redact.js";

describe("redactor", () => {
  it.each([
    ["every occurrence", ["tok-123"], "tok-123 and tok-123", "[redacted] and [redacted]"],
    [
      "the longer of two overlapping secrets whole",
      ["abc", "abcdef"],
      "x abcdef y",
      "x [redacted] y",
    ],
    ["nothing without secrets", [], "tok-123", "tok-123"],
    ["no secret shorter than 4 characters", ["abc"], "tabc", "tabc"],
    [
      "credentials it was not given, by their shape",
      [],
      "proxy said Authorization: Bearer abc.def-123",
      "proxy said Authorization: [redacted]",
    ],
    ["text with regex characters literally", ["a.b*c"], "a.b*c axbbc", "[redacted] axbbc"],
  ])("replaces %s", (_name, secrets, text, want) => {
    expect(redactor(secrets)(text)).toBe(want);
  });
});
