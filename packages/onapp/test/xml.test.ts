import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OnappXmlError, parseOnappBackupsXml, parseOnappXml } from "../src/index.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/onapp/${name}`, import.meta.url), "utf8");
const seedXml = fixture("backups.seed.xml");
const seedXmlAsJson = JSON.parse(fixture("backups.xml-seed.as-json.json"));

type TestCase = [string, { given: string; want: unknown }];

describe("parseOnappBackupsXml", () => {
  it("reads the page's XML sample into the JSON shape, no-break space and all", () => {
    expect(seedXml.startsWith("\u00a0<?xml")).toBe(true);
    expect(parseOnappBackupsXml(seedXml)).toEqual(seedXmlAsJson);
  });

  it.each<TestCase>([
    ["a self-closing list", { given: '<backups type="array"/>', want: [] }],
    ["a list with only whitespace", { given: '<backups type="array">\n  \n</backups>', want: [] }],
    ["Rails' name for an empty list", { given: '<nil-classes type="array"/>', want: [] }],
    [
      "two backups, in order",
      {
        given:
          '<backups type="array"><backup><id type="integer">1</id></backup><backup><id type="integer">2</id></backup></backups>',
        want: [{ backup: { id: 1 } }, { backup: { id: 2 } }],
      },
    ],
  ])("reads %s", (_name, { given, want }) => {
    expect(parseOnappBackupsXml(given)).toEqual(want);
  });

  it.each<[string, string, RegExp]>([
    [
      "an error body",
      "<errors><error>Virtual server not found</error><error>Try again</error></errors>",
      /^the XML is an OnApp error response: Virtual server not found; Try again$/,
    ],
    [
      "a single backup",
      "<backup><id>1</id></backup>",
      /^expected a <backups type="array"> document, got <backup>$/,
    ],
    [
      "a list of something else",
      '<backups type="array"><disk><id>1</id></disk></backups>',
      /^\/backups\/disk\[1\]: expected a <backup> element$/,
    ],
    [
      "a nil backup",
      '<backups type="array"><backup nil="true"/></backups>',
      /^\/backups\/backup\[1\]: expected the fields of a backup, got null$/,
    ],
    [
      "an empty backup",
      '<backups type="array"><backup/></backups>',
      /^\/backups\/backup\[1\]: expected the fields of a backup, got ""$/,
    ],
  ])("refuses %s", (_name, given, message) => {
    expect(() => parseOnappBackupsXml(given)).toThrow(OnappXmlError);
    expect(() => parseOnappBackupsXml(given)).toThrow(message);
  });
});

describe("parseOnappXml", () => {
  const one = (field: string) => `<backup>${field}</backup>`;

  it.each<TestCase>([
    ["an integer", { given: one('<id type="integer">6117</id>'), want: { id: 6117 } }],
    ["a negative integer", { given: one('<n type="integer">-7</n>'), want: { n: -7 } }],
    ["an integer with spaces", { given: one('<n type="integer"> 5 </n>'), want: { n: 5 } }],
    [
      "an empty integer (nil, as Rails reads it)",
      { given: one('<n type="integer"></n>'), want: { n: null } },
    ],
    ["boolean true", { given: one('<b type="boolean">true</b>'), want: { b: true } }],
    ["boolean false", { given: one('<b type="boolean">false</b>'), want: { b: false } }],
    ["boolean 1", { given: one('<b type="boolean">1</b>'), want: { b: true } }],
    ["boolean 0", { given: one('<b type="boolean">0</b>'), want: { b: false } }],
    [
      "a datetime, kept as the string JSON carries",
      {
        given: one('<t type="datetime">2013-12-24T14:34:06+03:00</t>'),
        want: { t: "2013-12-24T14:34:06+03:00" },
      },
    ],
    ["a float", { given: one('<f type="float">1.5</f>'), want: { f: 1.5 } }],
    [
      "a decimal, a string as in Rails JSON",
      { given: one('<d type="decimal">1.50</d>'), want: { d: "1.50" } },
    ],
    ["untyped text, verbatim", { given: one("<s> lvm </s>"), want: { s: " lvm " } }],
    ['type="string"', { given: one('<s type="string">42</s>'), want: { s: "42" } }],
    ["an empty untyped element", { given: one("<s></s>"), want: { s: "" } }],
    ["a self-closing untyped element", { given: one("<s/>"), want: { s: "" } }],
    ['nil="true"', { given: one('<note nil="true"/>'), want: { note: null } }],
    ["nil with a type", { given: one('<n type="integer" nil="true"/>'), want: { n: null } }],
    [
      "the predefined entities and character references",
      {
        given: one("<s>&amp; &lt; &gt; &quot; &apos; &#39; &#x41; &#x1F600;</s>"),
        want: { s: "& < > \" ' ' A \u{1F600}" },
      },
    ],
    ["UTF-8 text", { given: one("<s>Grüße 日本</s>"), want: { s: "Grüße 日本" } }],
    [
      "CDATA, verbatim",
      { given: one("<s><![CDATA[<b>&amp;</b>]]></s>"), want: { s: "<b>&amp;</b>" } },
    ],
    ["comments, ignored", { given: one("<!-- x --><s>a<!-- y -->b</s>"), want: { s: "ab" } }],
    [
      "a nested array of values",
      {
        given: one('<tags type="array"><tag>a</tag><tag>b</tag></tags>'),
        want: { tags: ["a", "b"] },
      },
    ],
    ["an empty nested array", { given: one('<tags type="array"/>'), want: { tags: [] } }],
    [
      "a repeated element, as an array",
      { given: one("<s>a</s><s>b</s><s>c</s>"), want: { s: ["a", "b", "c"] } },
    ],
    ["a nested object", { given: one("<o><a>1</a></o>"), want: { o: { a: "1" } } }],
  ])("reads %s", (_name, { given, want }) => {
    expect(parseOnappXml(given)).toEqual({ backup: want });
  });

  it.each<TestCase>([
    ["a UTF-8 byte order mark", { given: '\ufeff<backups type="array"/>', want: [] }],
    ["a no-break space", { given: '\u00a0<backups type="array"/>', want: [] }],
    [
      "newlines and a declaration",
      { given: '\n\n<?xml version="1.0"?>\n<backups type="array"/>\n', want: [] },
    ],
    [
      "an error body, as the JSON one",
      { given: "<errors><error>a &amp; b</error></errors>", want: { errors: ["a & b"] } },
    ],
    ["an empty error body", { given: "<errors/>", want: { errors: [] } }],
    ["a root with nil", { given: '<backup nil="true"/>', want: { backup: null } }],
  ])("tolerates %s", (_name, { given, want }) => {
    expect(parseOnappXml(given)).toEqual(want);
  });

  it("keeps names such as toString verbatim, as own properties", () => {
    const value = parseOnappXml("<backup><toString>x</toString></backup>") as {
      backup: Record<string, unknown>;
    };
    expect(Object.getPrototypeOf(value.backup)).toBe(Object.prototype);
    expect(Object.hasOwn(value.backup, "toString")).toBe(true);
    expect(value).toEqual(JSON.parse('{"backup":{"toString":"x"}}'));
  });

  it.each<[string, string, RegExp]>([
    ["an empty body", "", /^the XML body is empty$/],
    ["whitespace only", " \n\t", /^the XML body is empty$/],
    [
      "an unclosed element",
      "<backups>",
      /^malformed XML at line 1, column 1: Unclosed tag 'backups'/,
    ],
    [
      "mismatched tags",
      "<a><b></a>",
      /^malformed XML at line 1, column 7: Expected closing tag 'b'/,
    ],
    [
      "mismatched tags after blank lines, counted in the text as given",
      "\n\n  <a>\n<b></a>",
      /^malformed XML at line 4, column 4: Expected closing tag 'b'/,
    ],
    ["mismatched tags after spaces", "   <a><b></a>", /^malformed XML at line 1, column 10: /],
    ["two roots", "<a/><b/>", /^expected one root element, got 2$/],
    ["text, not XML", "backups", /^not XML: the body does not start with "<"$/],
    ["JSON", '[{"backup":{}}]', /^not XML: the body does not start with "<"$/],
    ["text after the root", "<a/>junk", /^text after the root element$/],
    [
      "an element named __proto__",
      "<backup><__proto__>1</__proto__></backup>",
      /^refused: Invalid name: "__proto__"/,
    ],
    ["an element named constructor", "<constructor/>", /^refused: Invalid name: "constructor"/],
    ["a repeated attribute", '<a type="x" type="y"/>', /^malformed XML .*repeated/],
    ["a bare ampersand", "<a>salt & pepper</a>", /^malformed XML/],
    ["an unknown entity", "<a>&nbsp;</a>", /^\/a: unknown entity &nbsp;/],
    ["a character XML forbids", "<a>&#0;</a>", /^\/a: &#0; is not a character XML allows$/],
    [
      "a word as an integer",
      '<backups type="array"><backup><id type="integer">six</id></backup></backups>',
      /^\/backups\/backup\[1\]\/id: type="integer" but the text is "six", not an integer$/,
    ],
    ["a fraction as an integer", '<a><n type="integer">1.5</n></a>', /^\/a\/n: .*not an integer$/],
    [
      "an integer too big",
      '<a><n type="integer">12345678901234567890</n></a>',
      /^\/a\/n: .*hold exactly$/,
    ],
    [
      "yes as a boolean",
      '<a><b type="boolean">yes</b></a>',
      /^\/a\/b: .*"yes", not true or false$/,
    ],
    ["hex as a float", '<a><f type="float">0x10</f></a>', /^\/a\/f: .*not a number$/],
    ["an unknown type", '<a><y type="yaml">--- 1</y></a>', /^\/a\/y: unsupported type="yaml"$/],
    ["text mixed with elements", "<a>text<b/></a>", /^\/a: text mixed with elements$/],
    [
      "a typed element with children",
      '<a><n type="integer"><b/></n></a>',
      /^\/a\/n: type="integer" but the element has child elements$/,
    ],
    ["text inside an array", '<a type="array">x<b/></a>', /^\/a: text inside an array$/],
    [
      "an error that is not a message",
      "<errors><error><a/></error></errors>",
      /^\/errors\/error\[1\]: expected a message/,
    ],
  ])("refuses %s with a clear error", (_name, given, message) => {
    expect(() => parseOnappXml(given)).toThrow(OnappXmlError);
    expect(() => parseOnappXml(given)).toThrow(message);
  });

  const laughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE lolz [<!ENTITY lol "lol">',
    ...Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`,
    ),
    "]>",
    "<backups><note>&lol9;</note></backups>",
  ].join("\n");

  it.each<[string, string]>([
    ["billion laughs", laughs],
    [
      "an external entity",
      '<?xml version="1.0"?><!DOCTYPE b [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><backups>&xxe;</backups>',
    ],
    [
      "a parameter entity",
      '<!DOCTYPE b [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]><backups/>',
    ],
    ["a lower-case doctype", '<!doctype backups><backups type="array"/>'],
    ["an external DTD", '<!DOCTYPE backups SYSTEM "http://127.0.0.1:9/b.dtd"><backups/>'],
    ["an entity after the root", '<backups type="array"/><!ENTITY x "y">'],
  ])("refuses %s before parsing, quickly", (_name, given) => {
    // CPU time, which a busy machine does not stretch as it does the time between two reads
    // of the clock: expanding the entities would take seconds of it.
    const started = process.cpuUsage();
    expect(() => parseOnappXml(given)).toThrow(
      /^DOCTYPE and ENTITY declarations are refused: OnApp never sends them/,
    );
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(500);
  });
});

describe("XML and JSON of the same backups", () => {
  /** Renders a list the way OnApp (Rails `to_xml`) does, to check the parser inverts it. */
  function toOnappXml(list: { backup: Record<string, unknown> }[]): string {
    const escapeText = (text: string) =>
      text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const field = ([name, value]: [string, unknown]) => {
      if (value === null) return `<${name} nil="true"/>`;
      if (typeof value === "boolean") return `<${name} type="boolean">${value}</${name}>`;
      if (typeof value === "number") return `<${name} type="integer">${value}</${name}>`;
      const text = String(value);
      return /^\d{4}-\d{2}-\d{2}T/.test(text)
        ? `<${name} type="datetime">${text}</${name}>`
        : `<${name}>${escapeText(text)}</${name}>`;
    };
    const backups = list
      .map(
        ({ backup }) =>
          `  <backup>\n    ${Object.entries(backup).map(field).join("\n    ")}\n  </backup>`,
      )
      .join("\n");
    return `<?xml version="1.0" encoding="UTF-8"?>\n<backups type="array">\n${backups}\n</backups>\n`;
  }

  it("parses the JSON sample, rendered as OnApp renders XML, back to the JSON sample", () => {
    const json = JSON.parse(fixture("backups.seed.json"));
    expect(parseOnappBackupsXml(toOnappXml(json))).toEqual(json);
  });

  it("inverts OnApp's rendering for any backup fields", () => {
    const name = fc
      .stringMatching(/^[a-z][a-z_]{0,15}$/)
      .filter((n) => !["constructor", "prototype"].includes(n));
    const value = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.maxSafeInteger(),
      fc.integer(),
      fc.string(),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().replace(".000Z", "+00:00")),
    );
    const backup = fc.dictionary(name, value, { minKeys: 1, maxKeys: 12 });
    fc.assert(
      fc.property(
        fc.array(
          backup.map((b) => ({ backup: b })),
          { maxLength: 4 },
        ),
        (list) => {
          expect(parseOnappBackupsXml(toOnappXml(list))).toEqual(list);
        },
      ),
      { numRuns: 200 },
    );
  });
});
