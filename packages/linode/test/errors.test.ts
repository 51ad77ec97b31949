import { describe, expect, it } from "vitest";
import { describeLinodeError } from "../src/index.js";

describe("describeLinodeError", () => {
  it.each<[string, { given: unknown; want: string | null }]>([
    ["one reason", { given: { errors: [{ reason: "Not found" }] }, want: "Not found" }],
    [
      "a reason with its field",
      {
        given: { errors: [{ reason: "Must be 25-500", field: "page_size" }] },
        want: "page_size: Must be 25-500",
      },
    ],
    [
      "several, a null field among them",
      {
        given: {
          errors: [
            { reason: "a", field: null },
            { reason: "b", field: "label" },
          ],
        },
        want: "a; label: b",
      },
    ],
    [
      "entries without a reason are skipped",
      { given: { errors: [{ field: "x" }, null, { reason: "c" }] }, want: "c" },
    ],
    ["an empty list", { given: { errors: [] }, want: null }],
    ["errors not a list", { given: { errors: "nope" }, want: null }],
    ["another shape", { given: { message: "hi" }, want: null }],
    ["null", { given: null, want: null }],
  ])("%s", (_name, { given, want }) => {
    expect(describeLinodeError(given)).toEqual({ code: null, message: want });
  });
});
