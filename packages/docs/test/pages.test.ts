import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  BACKUP_FIELDS,
  BACKUP_RESOURCE_FIELDS,
  mappings,
  PROVIDER_IDS,
  type ProviderMapping,
} from "@backupkit/model";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type ApiEntry, loadApis } from "../src/apis.js";
import { collectCliHelp, commandNames } from "../src/cli-help.js";
import { renderCliPage } from "../src/cli-page.js";
import { renderGettingStartedPage, useItExample } from "../src/getting-started-page.js";
import { escapeHtml } from "../src/html.js";
import { renderIndexPage } from "../src/index-page.js";
import { renderModelPage } from "../src/model-page.js";
import { inlineBadgeLogos } from "../src/redoc.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

const hostile: ProviderMapping = {
  provider: "zcom",
  title: "Z.com <script>alert(1)</script>",
  endpoints: ["GET /v1/{tenant_id}/backup?a=1&b=2"],
  fields: [{ field: "id", from: 'backupruns[].backuprun_id "quoted"', note: "<b>not bold</b>" }],
  statuses: { "<img src=x>": "available" },
  triggers: {},
  kinds: {},
  notes: ["Sizes are in GB & rounded."],
};

function modelPage(list: readonly ProviderMapping[], apiPages: string[] = []): string {
  return renderModelPage({
    fields: BACKUP_FIELDS,
    resourceFields: BACKUP_RESOURCE_FIELDS,
    mappings: list,
    apiPages: new Set(apiPages),
  });
}

function count(html: string, needle: string): number {
  return html.split(needle).length - 1;
}

describe("escapeHtml", () => {
  it.each([
    ["plain", "plain"],
    ["<script>", "&lt;script&gt;"],
    ["a & b", "a &amp; b"],
    ['"double"', "&quot;double&quot;"],
    ["it's", "it&#39;s"],
    ["&amp;", "&amp;amp;"],
  ])("%s → %s", (given, want) => {
    expect(escapeHtml(given)).toBe(want);
  });
});

describe("renderModelPage", () => {
  it("lists every Backup and BackupResource field with its meaning", () => {
    const html = modelPage(mappings);
    for (const field of BACKUP_FIELDS) {
      expect(html).toContain(`<code>${field.name}</code>`);
      expect(html).toContain(escapeHtml(field.meaning));
    }
    for (const field of BACKUP_RESOURCE_FIELDS) {
      expect(html).toContain(`<code>resource.${field.name}</code>`);
    }
  });

  it("lists every provider id, saying which have no converter or spec yet", () => {
    const html = modelPage(
      mappings.filter((m) => m.provider === "linode"),
      ["linode"],
    );
    const providers = html.slice(html.indexOf('class="providers"'), html.indexOf("</table>"));
    for (const id of PROVIDER_IDS) expect(providers).toContain(`<code>${id}</code>`);
    expect(providers).toContain('<a href="#linode">');
    expect(providers).toContain('<a href="linode.html">');
    expect(count(providers, "no converter yet")).toBe(PROVIDER_IDS.length - 1);
    expect(count(providers, "no spec yet")).toBe(PROVIDER_IDS.length - 1);
  });

  it("has one field table and one section per mapping", () => {
    const html = modelPage([...mappings, hostile]);
    expect(count(html, 'class="mapping-fields"')).toBe(mappings.length + 1);
    for (const mapping of [...mappings, hostile]) {
      expect(html).toContain(`<section id="${mapping.provider}" class="provider">`);
    }
  });

  it("escapes every piece of text from the mapping", () => {
    const html = modelPage([hostile]);
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain("Z.com &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("<code>&lt;img src=x&gt;</code>");
    expect(html).toContain("backuprun_id &quot;quoted&quot;");
    expect(html).toContain("?a=1&amp;b=2");
    expect(html).toContain("GB &amp; rounded");
  });

  it("says so instead of an empty table when a provider has no values to map", () => {
    const html = modelPage([hostile]);
    expect(html).toContain('class="mapping-status"');
    expect(html).not.toContain('class="mapping-trigger"');
    expect(html).toContain("see the <code>trigger</code> row");
  });

  it("links the API reference only for providers that have a page", () => {
    expect(modelPage([hostile], ["zcom"])).toContain('<a href="zcom.html">');
    expect(modelPage([hostile], ["linode"])).not.toContain('href="zcom.html"');
  });

  it("references nothing outside the site", () => {
    expect(modelPage([...mappings, hostile])).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe("renderIndexPage", () => {
  const api = (id: string, title: string): ApiEntry => ({
    id,
    spec: `/specs/${id}/openapi.yaml`,
    title,
    version: "1.0",
    summary: `${title} & more`,
  });

  it("links one page per API, the model page, and each mapped provider's section", () => {
    const html = renderIndexPage(
      [api("linode", "Linode"), api("onapp", "OnApp <v6>")],
      mappings.filter((m) => m.provider === "linode"),
    );
    expect(html).toContain('<a href="linode.html">Linode</a>');
    expect(html).toContain('<a href="onapp.html">OnApp &lt;v6&gt;</a>');
    expect(html).toContain('href="model.html#linode"');
    expect(html).not.toContain('href="model.html#onapp"');
    expect(html).toContain('<a href="model.html">');
    expect(html).toContain("OnApp &lt;v6&gt; &amp; more");
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe("loadApis", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("has one entry per apis: key of the repository's redocly.yaml, in order", async () => {
    const config = parse(await readFile(join(root, "redocly.yaml"), "utf8"));
    const apis = await loadApis(root);
    expect(apis.map((a) => a.id)).toEqual(Object.keys(config.apis));
    for (const entry of apis) expect(entry.title).not.toBe("");
  });

  it("takes the title, version and summary from the spec's info", async () => {
    dir = await mkdtemp(join(tmpdir(), "backupkit-docs-"));
    await mkdir(join(dir, "specs"));
    await writeFile(join(dir, "redocly.yaml"), "apis:\n  demo:\n    root: specs/demo.yaml\n");
    await writeFile(
      join(dir, "specs/demo.yaml"),
      "openapi: 3.1.0\ninfo:\n  title: Demo\n  version: '2'\n  description: |\n    First line.\n    Second line.\npaths: {}\n",
    );
    expect(await loadApis(dir)).toEqual([
      {
        id: "demo",
        spec: join(dir, "specs/demo.yaml"),
        title: "Demo",
        version: "2",
        summary: "First line.",
      },
    ]);
  });

  it.each([
    ["an entry without root", "apis:\n  demo: {}\n", /apis\.demo has no root/],
    ["no apis at all", "extends: [recommended]\n", /no apis: entries/],
  ])("fails on %s", async (_, config, message) => {
    dir = await mkdtemp(join(tmpdir(), "backupkit-docs-"));
    await writeFile(join(dir, "redocly.yaml"), config);
    await expect(loadApis(dir)).rejects.toThrow(message);
  });
});

describe("inlineBadgeLogos", () => {
  const built =
    "src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`";

  it("replaces the badge's CDN logos with data URLs that cannot end the JS string", () => {
    const html = inlineBadgeLogos(built);
    expect(html).not.toContain("https://");
    expect(count(html, "data:image/svg+xml,")).toBe(2);
    expect(html.replace(/^src:e\?`[^`$]*`:`[^`$]*`$/, "ok")).toBe("ok");
  });

  it("fails when Redocly no longer references a known logo", () => {
    expect(() => inlineBadgeLogos("<html></html>")).toThrow(/no longer references/);
  });
});

describe("commandNames", () => {
  it.each([
    [
      "the commands section",
      "Usage: x\n\nCommands:\n  list  a\n  get   b\n\nRun more.\n",
      ["list", "get"],
    ],
    ["a section at the end", "Commands:\n  mock  c\n", ["mock"]],
    ["no commands section", "Usage: x\n", []],
  ])("reads %s", (_, given, want) => {
    expect(commandNames(given)).toEqual(want);
  });
});

describe("collectCliHelp", () => {
  it("holds the command's own help and that of every command it lists", () => {
    const helps = collectCliHelp();
    const [main, ...commands] = helps;
    expect(main?.args).toEqual([]);
    expect(main?.text).toMatch(/^Usage: backupkit <command>/);
    expect(commands.map((help) => help.args[0])).toEqual(commandNames(main?.text ?? ""));
    expect(commands.length).toBeGreaterThan(0);
    for (const help of commands) {
      expect(help.text).toMatch(new RegExp(`^Usage: backupkit ${help.args[0]}\\b`));
    }
  });
});

describe("renderCliPage", () => {
  const helps = [
    { args: [], text: "Usage: backupkit <command>\n" },
    { args: ["list"], text: 'Usage: backupkit list [options]\n  -f "<x>" & more\n' },
  ];

  it("has one section per help text, verbatim and escaped, and a link to each", () => {
    const html = renderCliPage(helps);
    expect(count(html, 'class="command"')).toBe(2);
    expect(html).toContain('<section id="backupkit" class="command">');
    expect(html).toContain('<a href="#list"><code>backupkit list</code></a>');
    expect(html).toContain(
      "<pre>Usage: backupkit list [options]\n  -f &quot;&lt;x&gt;&quot; &amp; more\n</pre>",
    );
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe("useItExample", () => {
  it("takes the first ts block under the README's Use it heading", () => {
    const readme =
      "# x\n```ts\nno();\n```\n## Use it\n\ntext\n```ts\nyes();\n```\n```ts\nlater();\n```\n";
    expect(useItExample(readme)).toBe("yes();\n");
  });

  it.each([
    ["no Use it section", "# x\n```ts\nno();\n```\n"],
    ["no block in it", "## Use it\n\ntext\n## Next\n```ts\nno();\n```\n"],
  ])("fails with %s", (_, readme) => {
    expect(() => useItExample(readme)).toThrow(/no ```ts block under "## Use it"/);
  });

  it("finds the repository README's example", async () => {
    const readme = await readFile(join(root, "README.md"), "utf8");
    expect(useItExample(readme)).toContain("createLinodeClient");
  });
});

describe("renderGettingStartedPage", () => {
  it("lists the packages and shows the example, escaped", () => {
    const html = renderGettingStartedPage({
      packages: [{ name: "@backupkit/linode", description: "Linode <client> & types" }],
      example: 'const a = b<c>("d");\n',
    });
    expect(html).toContain(
      "<td><code>@backupkit/linode</code></td><td>Linode &lt;client&gt; &amp; types</td>",
    );
    expect(html).toContain("<pre>const a = b&lt;c&gt;(&quot;d&quot;);\n</pre>");
    expect(html).toContain("ESM only, Node ≥ 20.19");
    expect(html).toContain('<a href="cli.html">');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
