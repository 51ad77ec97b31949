import { describe, expect, it } from "vitest";
import { fromLinode, refOf } from "../src/index.js";

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
