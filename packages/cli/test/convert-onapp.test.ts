import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/backupkit.js", import.meta.url));
const fixture = (path: string) =>
  fileURLToPath(new URL(`../../../fixtures/onapp/${path}`, import.meta.url));

/** A run that has not finished after 10 s is killed, and its `code` is null. */
function backupkit(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: "utf8",
    timeout: 10_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("backupkit convert --provider onapp", () => {
  it("prints the JSON seed sample as one common record", () => {
    const { code, stdout, stderr } = backupkit([
      "convert",
      "-p",
      "onapp",
      fixture("backups.seed.json"),
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const seed = JSON.parse(readFileSync(fixture("backups.seed.json"), "utf8"));
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({
        provider: "onapp",
        id: "6117",
        status: "available",
        trigger: "manual",
        kind: "incremental",
        createdAt: "2015-08-13T01:59:20.000Z",
        sizeBytes: 930584 * 1024,
        raw: seed[0].backup,
      }),
    ]);
  });

  it("reads the XML seed sample, no-break space and all, as its JSON twin", () => {
    const xml = backupkit(["convert", "-p", "onapp", fixture("backups.seed.xml")]);
    const json = backupkit(["convert", "-p", "onapp", fixture("backups.xml-seed.as-json.json")]);
    expect(xml.stderr).toBe("");
    expect(xml.code).toBe(0);
    expect(xml.stdout).toBe(json.stdout);
    expect(JSON.parse(xml.stdout)).toMatchObject([
      {
        id: "1951",
        status: "available",
        trigger: "automatic",
        kind: "full",
        resource: { type: "Disk", id: "11860", name: null },
        createdAt: "2013-12-24T11:31:20.000Z",
      },
    ]);
  });

  it.each([
    ["XML with a byte order mark", '\ufeff<backups type="array"/>'],
    ["JSON with a byte order mark", "\ufeff[]"],
    ["an empty XML list", '<?xml version="1.0" encoding="UTF-8"?>\n<nil-classes type="array"/>\n'],
  ])("reads %s from stdin", (_name, input) => {
    const { code, stdout, stderr } = backupkit(["convert", "-p", "onapp", "-"], input);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it("prints issues on stderr, one line each", () => {
    const body =
      '<backups type="array"><backup><id type="integer">5</id><built type="boolean">true</built><initiated>hours</initiated><backup_type>normal</backup_type></backup></backups>';
    const { code, stdout, stderr } = backupkit(["convert", "-p", "onapp"], body);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([{ id: "5", trigger: "unknown" }]);
    expect(stderr).toBe('warning: onapp $[0].backup.initiated (backup 5): unknown value "hours"\n');
  });

  const laughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE lolz [<!ENTITY lol "lol">',
    ...Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`,
    ),
    "]>",
    '<backups type="array"><backup><note>&lol9;</note></backup></backups>',
  ].join("\n");

  it.each([
    [
      "malformed XML",
      '<backups type="array"><backup></backups>',
      /^backupkit: onapp: cannot read the XML input: malformed XML at line 1, column \d+: /,
    ],
    [
      "an entity-expansion attack",
      laughs,
      /^backupkit: onapp: cannot read the XML input: DOCTYPE and ENTITY declarations are refused/,
    ],
    [
      "an external entity",
      '<!DOCTYPE b [<!ENTITY x SYSTEM "file:///etc/passwd">]><backups>&x;</backups>',
      /DOCTYPE and ENTITY declarations are refused/,
    ],
    [
      "a value that does not match its type",
      '<backups type="array"><backup><id type="integer">six</id></backup></backups>',
      /^backupkit: onapp: cannot read the XML input: \/backups\/backup\[1\]\/id: type="integer" but the text is "six", not an integer$/m,
    ],
    [
      "OnApp's XML error body",
      "<errors><error>Virtual server not found</error></errors>",
      /^backupkit: onapp: the input is an OnApp error response: Virtual server not found$/m,
    ],
    [
      "OnApp's JSON error body",
      '{"errors":{"label":["can\'t be blank"]}}',
      /^backupkit: onapp: the input is an OnApp error response: label: can't be blank$/m,
    ],
    ["malformed JSON", "[{", /^backupkit: onapp: the input is not valid JSON/],
    ["an empty body", "", /^backupkit: onapp: the input is empty/],
    ["another provider's body", '{"id":1234,"status":"successful"}', /not an OnApp backups body/],
  ])("exits 1 quickly with one line for %s", (_name, input, message) => {
    const { code, stdout, stderr } = backupkit(["convert", "-p", "onapp"], input);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
