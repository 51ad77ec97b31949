import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromLinode, REF_PART, refOf } from "../src/index.js";
import { refWithin } from "../src/ref.js";
import { propertyRuns } from "./support/property-runs.js";

/** Ids made of the characters where the rule's edges are: controls, space, "/", DEL, Unicode spaces. */
const edgeChar = fc.constantFrom(
  ..."\u0000\t\n\u001f !./09:AZaz~\u007f\u0080\u00a0\u00ff\u1680\u2000\u200a\u200b\u2028\u202f\u3000\ufeff\ud83d\ude00é",
);
const id = fc.oneof(
  fc.string({ unit: edgeChar, maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.string({ unit: "grapheme-ascii", maxLength: 12 }),
);

describe("refOf", () => {
  it.each<[string, { given: (string | null)[]; want: string | null }]>([
    ["one id", { given: ["123"], want: "123" }],
    ["ids joined by /", { given: ["123", "1234"], want: "123/1234" }],
    ["an unknown id", { given: ["123", null], want: null }],
    ["an empty id", { given: ["", "1"], want: null }],
    ["an id with a slash, which would split wrongly", { given: ["a/b", "1"], want: null }],
    ["an id with a space", { given: ["a b"], want: null }],
    ["an id with a control character", { given: ["a\u001b[2J"], want: null }],
  ])("%s", (_name, { given, want }) => {
    expect(refOf(...given)).toBe(want);
  });

  it("takes exactly the parts that REF_PART takes, and joins them with /", () => {
    fc.assert(
      fc.property(fc.array(fc.option(id), { maxLength: 3 }), (parts) => {
        const allTaken = parts.every((part) => part !== null && REF_PART.test(part));
        expect(refOf(...parts)).toBe(allTaken ? parts.join("/") : null);
      }),
      { numRuns: propertyRuns(20_000) },
    );
  });
});

describe("refWithin", () => {
  it.each<[string, { given: [string | null, string | null]; want: string | null }]>([
    ["a part below a reference", { given: ["123", "1234"], want: "123/1234" }],
    ["a part below the empty reference of no parts", { given: ["", "1234"], want: "1234" }],
    ["no reference to extend", { given: [null, "1234"], want: null }],
    ["an unknown part", { given: ["123", null], want: null }],
    ["a part that would change the split", { given: ["123", "a/b"], want: null }],
  ])("%s", (_name, { given, want }) => {
    expect(refWithin(...given)).toBe(want);
  });

  it("extends a reference by one part as refOf does with every part", () => {
    fc.assert(
      fc.property(fc.array(fc.option(id), { maxLength: 3 }), fc.option(id), (parts, part) => {
        expect(refWithin(refOf(...parts), part)).toBe(refOf(...parts, part));
      }),
      { numRuns: propertyRuns(20_000) },
    );
  });
});

describe("references on converted records", () => {
  it("are null where the converter does not know the resource's id (Linode without linodeId)", () => {
    const [backup] = fromLinode({ id: 1234, status: "successful" }).backups;
    expect(backup?.ref).toBeNull();
    expect(backup?.resource.ref).toBeNull();
  });

  it("join the ids the provider needs (Linode linodeId/backupId)", () => {
    const [backup] = fromLinode({ id: 1234, status: "successful" }, { linodeId: 123 }).backups;
    expect(backup?.ref).toBe("123/1234");
    expect(backup?.resource.ref).toBe("123");
  });
});
