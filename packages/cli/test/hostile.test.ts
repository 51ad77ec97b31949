/**
 * Hostile input to `backupkit convert`, run as a real subprocess: each case
 * must end in one clear line on stderr, the right exit code, no stack trace,
 * and bounded time and memory (peak RSS is reported by a preloaded module).
 */
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PROVIDER_IDS, type ProviderId } from "@backupkit/model";
import { afterAll, describe, expect, it, vi } from "vitest";
import { MAX_INPUT_BYTES } from "../src/limits.js";
import { bodyFormats } from "../src/providers.js";

const bin = fileURLToPath(new URL("../bin/backupkit.js", import.meta.url));
const reportPeakRss = pathToFileURL(
  fileURLToPath(new URL("./support/report-peak-rss.mjs", import.meta.url)),
).href;
const fixturesDir = fileURLToPath(new URL("../../../fixtures/", import.meta.url));

/** Bounds on a run (CPU time and peak memory); the runs measured take a small part of them. */
const MAX_SECONDS = 10;
const MAX_PEAK_RSS_MIB = 200;
// Vitest's own limit per test: room to write a big input, then one run that may hang.
vi.setConfig({ testTimeout: 3 * MAX_SECONDS * 1000 + 10_000 });

const dir = mkdtempSync(join(tmpdir(), "backupkit-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function file(content: string | Uint8Array): string {
  const path = join(dir, `input-${files++}`);
  writeFileSync(path, content);
  return path;
}

/**
 * A file of exactly `bytes` bytes: `head`, then `filler` repeated. Written in
 * 1 MiB pieces, so the test process itself stays small.
 */
function hugeFile(
  bytes: number,
  head = '{"automatic":[',
  filler = '{"id":1,"status":"successful"},',
): string {
  const path = join(dir, `huge-${files++}.json`);
  const fd = openSync(path, "w");
  const piece = Buffer.from(filler.repeat(Math.ceil((1 << 20) / filler.length)));
  let written = writeSync(fd, Buffer.from(head));
  while (written < bytes) {
    written += writeSync(fd, piece, 0, Math.min(piece.length, bytes - written));
  }
  closeSync(fd);
  return path;
}

/** Bytes that look random and are the same on every run. */
function garbage(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The CPU time the process used: a busy machine does not stretch it as it does the wall clock. */
  cpuSeconds: number;
  peakRssMib: number;
}

type Stdin = { text: string } | { file: string } | undefined;

function convert(args: string[], stdin?: Stdin): Run {
  const rssFile = join(dir, `rss-${files++}`);
  const fd = stdin && "file" in stdin ? openSync(stdin.file, "r") : undefined;
  const run = spawnSync(process.execPath, ["--import", reportPeakRss, bin, "convert", ...args], {
    input: stdin && "text" in stdin ? stdin.text : undefined,
    stdio: [fd ?? "pipe", "pipe", "pipe"],
    encoding: "utf8",
    timeout: MAX_SECONDS * 3 * 1000,
    env: { ...process.env, BACKUPKIT_TEST_RSS_FILE: rssFile },
  });
  if (fd !== undefined) closeSync(fd);
  // Written as the process exits: missing (NaN, failing the bounds) when it was killed.
  const [peakRssKib = Number.NaN, cpuMs = Number.NaN] = existsSync(rssFile)
    ? readFileSync(rssFile, "utf8").split(" ").map(Number)
    : [];
  return {
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    cpuSeconds: cpuMs / 1000,
    peakRssMib: peakRssKib / 1024,
  };
}

const HELP_HINT = /^Run "backupkit convert --help" for usage\.$/;

/** Exit 1 with one line; exit 2 with one line and the hint to --help. Nothing else. */
function expectCleanFailure(run: Run, message: RegExp, code: 1 | 2 = 1): void {
  const lines = run.stderr.split("\n");
  expect(lines.pop(), "stderr ends with a newline").toBe("");
  expect(lines[0]).toMatch(message);
  if (code === 2) expect(lines.slice(1)).toEqual([expect.stringMatching(HELP_HINT)]);
  else expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.code).toBe(code);
  expect(run.stdout).toBe("");
  expect(run.cpuSeconds).toBeLessThan(MAX_SECONDS);
  expect(run.peakRssMib).toBeLessThan(MAX_PEAK_RSS_MIB);
}

const deep = (levels: number, open: string, inner: string, close: string) =>
  `${open.repeat(levels)}${inner}${close.repeat(levels)}`;

type Case = [name: string, { run: () => Run; message: RegExp }];

const linode = (input: Stdin) => () => convert(["-p", "linode"], input);
const linodeFile = (content: () => string | Uint8Array) => () =>
  convert(["-p", "linode", file(content())]);

const cases: Case[] = [
  [
    "an empty file",
    { run: linodeFile(() => ""), message: /^backupkit: linode: the input is empty/ },
  ],
  [
    "nothing but white space",
    { run: linode({ text: " \r\n\t " }), message: /^backupkit: linode: the input is empty/ },
  ],
  [
    "binary garbage",
    {
      run: linodeFile(() => garbage(65_536)),
      message: /^backupkit: the input is not UTF-8 text \(is it a binary file\?\)$/,
    },
  ],
  [
    "control characters and line breaks (valid UTF-8, not JSON)",
    {
      run: linode({ text: "\u0000\u0001\n\u001b[31mred\r\nmore" }),
      // Line breaks folded into a space, other controls escaped: one line, nothing a terminal acts on.
      message:
        /^backupkit: linode: the input is not valid JSON \(.*"\\u0000\\u0001 \\u001b\[31mred more".*\)$/,
    },
  ],
  [
    "UTF-16 text",
    {
      run: linodeFile(() => Buffer.from('\ufeff{"id":1}', "utf16le")),
      message: /^backupkit: the input is UTF-16 text; save it as UTF-8/,
    },
  ],
  [
    "a 100 MB file",
    {
      run: () => convert(["-p", "linode", hugeFile(100 * 1024 * 1024)]),
      message: /^backupkit: the input is larger than 64 MiB, the most convert reads$/,
    },
  ],
  [
    "a 100 MB body on stdin",
    {
      run: () => convert(["-p", "linode", "-"], { file: hugeFile(100 * 1024 * 1024) }),
      message: /^backupkit: the input is larger than 64 MiB, the most convert reads$/,
    },
  ],
  [
    "one byte more than the limit",
    {
      run: () => convert(["-p", "linode", hugeFile(MAX_INPUT_BYTES + 1, "", " ")]),
      message: /^backupkit: the input is larger than 64 MiB/,
    },
  ],
  [
    "100,000 levels of [",
    {
      run: linodeFile(() => "[".repeat(100_000)),
      message:
        /^backupkit: linode: the input is nested deeper than 1000 levels \(at character 1000\)$/,
    },
  ],
  [
    "a valid body with a label nested 100,000 levels deep",
    {
      run: linodeFile(() => `{"id":1,"label":${deep(100_000, "[", "1", "]")}}`),
      message: /^backupkit: linode: the input is nested deeper than 1000 levels/,
    },
  ],
  [
    "100,000 levels of objects",
    {
      run: linodeFile(() => deep(100_000, '{"a":', "1", "}")),
      message: /^backupkit: linode: the input is nested deeper than 1000 levels/,
    },
  ],
];

// /dev/zero never ends: only a limit enforced while reading stops it.
if (existsSync("/dev/zero")) {
  cases.push([
    "an endless file (/dev/zero)",
    {
      run: () => convert(["-p", "linode", "/dev/zero"]),
      message: /^backupkit: the input is larger than 64 MiB, the most convert reads$/,
    },
  ]);
}

describe("backupkit convert on hostile input", () => {
  it.each(cases)("fails cleanly on %s", (_name, { run, message }) => {
    expectCleanFailure(run(), message);
  });

  it("still reads an input of exactly 64 MiB, in bounded memory", () => {
    const run = convert([
      "-p",
      "linode",
      hugeFile(MAX_INPUT_BYTES, '{"id":1,"status":"successful"}', " "),
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject([{ id: "1", status: "available" }]);
    expect(run.cpuSeconds).toBeLessThan(MAX_SECONDS);
    // The bytes, their text and the parser's copy: about four times the limit at the peak.
    expect(run.peakRssMib).toBeLessThan(512);
  });
});

/** The documented sample bodies of other providers, as their API pages show them. */
const foreignBodies: [name: string, { body: string; not: ProviderId[] }][] = [
  [
    "Huawei CBR's backup",
    {
      body: JSON.stringify({
        backup: {
          id: "6df2b54c-dd62-4059-a07c-1b8f24f2725d",
          status: "available",
          name: "backup_name",
          created_at: "2019-05-10T07:59:12.084695",
          resource_size: 40,
          children: [],
        },
      }),
      not: ["linode"],
    },
  ],
  [
    "Northflank's backup list",
    {
      body: JSON.stringify({
        data: [{ id: "example-backup", name: "Example Backup", status: "completed" }],
        pagination: { hasNextPage: false, count: 1 },
      }),
      not: ["linode"],
    },
  ],
];

/** Every provider's seed sample, given to every other provider that `convert` supports. */
function seedPairs(): [name: string, { body: string; not: ProviderId[] }][] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(fixturesDir, entry.name))
        .filter((name) => name.includes(".seed."))
        .map((name): [string, { body: string; not: ProviderId[] }] => [
          `${entry.name}/${name}`,
          {
            body: readFileSync(join(fixturesDir, entry.name, name), "utf8"),
            not: PROVIDER_IDS.filter((p) => p !== entry.name && bodyFormats[p] !== undefined),
          },
        ]),
    );
}

describe("backupkit convert on another provider's body", () => {
  const pairs = [...foreignBodies, ...seedPairs()].flatMap(([name, { body, not }]) =>
    not.map((provider) => [name, provider, body] as const),
  );

  it.each(pairs)("refuses %s as a %s body", (_name, provider, body) => {
    expectCleanFailure(
      convert(["-p", provider], { text: body }),
      new RegExp(`^backupkit: ${provider}: `),
    );
  });
});

/** XML that expands to gigabytes if entities are expanded: the "billion laughs". */
const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
${Array.from(
  { length: 9 },
  (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`,
).join("\n")}
]>
<backups><backup><id>&lol9;</id><label>&lol9;</label></backup></backups>
`;

const SECRET = "backupkit-test-secret-4f1c";
const secretFile = file(`${SECRET}\n`);
const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE backup [<!ENTITY xxe SYSTEM "${pathToFileURL(secretFile).href}">]>
<backups><backup><id>&xxe;</id><label>&xxe;</label></backup></backups>
`;

/**
 * Every provider gets the XML attacks. A provider whose body format reads XML
 * must refuse them with exit 1; one without a body format in convert yet is
 * a usage error (exit 2). Either way: one line, no secret, bounded.
 */
describe.each(PROVIDER_IDS)("backupkit convert --provider %s on hostile XML", (provider) => {
  const supported = bodyFormats[provider] !== undefined;
  const message = supported
    ? new RegExp(`^backupkit: ${provider}: `)
    : new RegExp(`^backupkit: convert does not support ${provider} yet$`);

  it.each([
    ["entity expansion (billion laughs)", BILLION_LAUGHS],
    ["an external entity", EXTERNAL_ENTITY],
  ])(`fails cleanly on %s (exit ${supported ? 1 : 2})`, (_name, xml) => {
    const run = convert(["-p", provider, file(xml)]);
    expectCleanFailure(run, message, supported ? 1 : 2);
    expect(run.stderr).not.toContain(SECRET);
  });
});
