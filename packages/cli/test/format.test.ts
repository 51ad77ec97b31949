import type { Backup } from "@backupkit/model";
import { describe, expect, it } from "vitest";
import { colorEnabled, paint } from "../src/format/color.js";
import { renderCsv } from "../src/format/csv.js";
import { humanSize } from "../src/format/size.js";
import { renderTable } from "../src/format/table.js";

function backup(overrides: Partial<Backup> = {}): Backup {
  return {
    provider: "linode",
    id: "1",
    name: null,
    status: "available",
    providerStatus: "successful",
    restorable: true,
    trigger: "automatic",
    kind: "unknown",
    resource: { type: "linode", id: "123", name: "web", ref: "123" },
    parentId: null,
    createdAt: "2025-01-14T10:00:00.000Z",
    completedAt: null,
    updatedAt: null,
    expiresAt: null,
    sizeBytes: null,
    resourceSizeBytes: null,
    raw: {},
    ref: "123/1",
    ...overrides,
  };
}

describe("humanSize", () => {
  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1024, "1 KiB"],
    [1536, "1.5 KiB"],
    [9001 * 1024 * 1024, "8.8 GiB"],
    [50 * 1024 ** 3, "50 GiB"],
    [99.96 * 1024 ** 2, "100 MiB"],
    [150.4 * 1024 ** 3, "150 GiB"],
    [3 * 1024 ** 4, "3 TiB"],
    [2 ** 70, "1024 EiB"],
  ])("%d bytes → %s", (bytes, want) => {
    expect(humanSize(bytes)).toBe(want);
  });
});

describe("renderTable", () => {
  it("shows the stored size, else the resource's size, else a dash", () => {
    const text = renderTable(
      [
        backup({ id: "a", sizeBytes: 2048, resourceSizeBytes: 10 * 1024 ** 3 }),
        backup({ id: "b", resourceSizeBytes: 10 * 1024 ** 3 }),
        backup({ id: "c" }),
      ],
      paint(false),
    );
    expect(text.split("\n").map((l) => l.split(/\s{2,}/).at(-2))).toEqual([
      "SIZE",
      "2 KiB",
      "10 GiB",
      "-",
      undefined,
    ]);
  });

  it("falls back from the resource's name to its id, and a dash for missing values", () => {
    const text = renderTable(
      [
        backup({
          resource: { type: null, id: "42", name: null, ref: null },
          createdAt: null,
          ref: null,
        }),
      ],
      paint(false),
    );
    expect(text.split("\n")[1]).toMatch(/^linode +42 +1 +available +automatic +- +- +-$/);
  });

  it("escapes control characters from provider text and folds its line breaks", () => {
    const text = renderTable(
      [backup({ resource: { type: null, id: null, name: "a\x1b[31mb\n", ref: null } })],
      paint(false),
    );
    expect(text).not.toContain("\x1b");
    expect(text.split("\n")[1]).toMatch(/^linode +a\\u001b\[31mb {2}/);
  });

  it("colors only the status cell, keeping columns aligned", () => {
    const plain = renderTable([backup(), backup({ status: "failed" })], paint(false));
    const colored = renderTable([backup(), backup({ status: "failed" })], paint(true));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping escapes is the point
    expect(colored.replace(/\x1b\[\d+m/g, "")).toBe(plain);
    expect(colored).toContain("\x1b[31mfailed");
  });
});

describe("renderCsv", () => {
  it("quotes fields with commas and quotes, folds line breaks, and leaves null empty", () => {
    const text = renderCsv([backup({ name: 'db, "main"\nnightly', parentId: null })]);
    const [, row] = text.split("\r\n");
    expect(row?.startsWith('linode,1,"db, ""main"" nightly",available,')).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it.each([
    ["=", '=HYPERLINK("http://x.test","click")', '"\'=HYPERLINK(""http://x.test"",""click"")"'],
    ["+", "+1+1", `"'+1+1"`],
    ["-", "-2+3", `"'-2+3"`],
    ["@", "@SUM(A1)", `"'@SUM(A1)"`],
    // Escaped or folded as well, as every control character in the output is.
    ["a tab", "\t=1", `"'\\u0009=1"`],
    ["a carriage return", "\r=1", `"' =1"`],
  ])("defuses text starting with %s as a formula", (_start, name, want) => {
    const [, row] = renderCsv([backup({ name })]).split("\r\n");
    expect(row?.split(",").slice(0, 2)).toEqual(["linode", "1"]);
    expect(row?.slice("linode,1,".length).startsWith(`${want},available,`)).toBe(true);
  });

  it("leaves numbers, booleans and ordinary text as they are", () => {
    const [, row] = renderCsv([
      backup({ name: "nightly=full", sizeBytes: -0, resourceSizeBytes: 42, restorable: false }),
    ]).split("\r\n");
    expect(row?.startsWith("linode,1,nightly=full,available,successful,false,")).toBe(true);
    expect(row?.endsWith(",0,42,123/1")).toBe(true);
  });
});

describe("colorEnabled", () => {
  it.each([
    ["a TTY", { isTTY: true }, {}, true],
    ["a pipe", { isTTY: false }, {}, false],
    ["NO_COLOR on a TTY", { isTTY: true }, { NO_COLOR: "1" }, false],
    ["an empty NO_COLOR", { isTTY: true }, { NO_COLOR: "" }, true],
    ["FORCE_COLOR on a pipe", {}, { FORCE_COLOR: "1" }, true],
    ["FORCE_COLOR=0 on a pipe", {}, { FORCE_COLOR: "0" }, false],
    ["NO_COLOR and FORCE_COLOR", {}, { FORCE_COLOR: "1", NO_COLOR: "1" }, false],
  ])("%s → %s", (_name, stream, env, want) => {
    expect(colorEnabled(stream, env)).toBe(want);
  });
});
