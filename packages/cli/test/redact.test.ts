import { describe, expect, it } from "vitest";
import { redactor } from "../src/redact.js";

describe("redactor", () => {
  it.each([
    ["every occurrence", ["tok-123"], "tok-123 and tok-123", "*** and ***"],
    ["the longer of two overlapping secrets whole", ["abc", "abcdef"], "x abcdef y", "x *** y"],
    ["nothing without secrets", [], "tok-123", "tok-123"],
    ["no secret shorter than 3 characters", ["ab"], "tab", "tab"],
    ["text with regex characters literally", ["a.b*c"], "a.b*c axbbc", "*** axbbc"],
  ])("replaces %s", (_name, secrets, text, want) => {
    expect(redactor(secrets)(text)).toBe(want);
  });
});
