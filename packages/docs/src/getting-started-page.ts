import { code, escapeHtml, page, table } from "./html.js";

/** A public workspace package, as its package.json describes it. */
export interface PackageSummary {
  name: string;
  description: string;
}

export interface GettingStartedInput {
  /** The public packages, in the order to list them. */
  packages: readonly PackageSummary[];
  /** The first call: the root README's "Use it" example, which the install check compiles. */
  example: string;
}

/**
 * The first ```ts block under the README's "## Use it" heading. The page shows
 * that block rather than a copy, so it stays the example `npm test` compiles
 * against the installed packages.
 */
export function useItExample(readme: string): string {
  const section = readme.split(/^## Use it\n/m)[1]?.split(/^## /m)[0] ?? "";
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(section)?.[1];
  if (block === undefined) throw new Error('README.md has no ```ts block under "## Use it"');
  return block;
}

const pre = (text: string) => `<pre>${escapeHtml(text)}</pre>`;

/** Install, a first call from TypeScript, and a first run of the command. */
export function renderGettingStartedPage({ packages, example }: GettingStartedInput): string {
  const rows = packages.map((p) => [code(p.name), escapeHtml(p.description)]);
  const body = `
<h2 id="install">Install</h2>
<p>backupkit is a set of npm packages: a typed client per provider, the common model, and the
command. ESM only, Node ≥ 20.19 (where <code>require()</code> of ESM works). Install what you use:</p>
${pre("npm install @backupkit/linode @backupkit/model")}
${table(["package", "what it is"], rows, { class: "packages" })}

<h2 id="first-call">First call</h2>
<p>With a Linode personal access token that can read Linodes in <code>LINODE_TOKEN</code>,
this lists the backups of every Linode on the account as common <code>Backup</code>
records. Save it as <code>backups.ts</code> in a project whose package.json says
<code>"type": "module"</code>, then compile it with <code>tsc</code> (or run it with a
TypeScript runner).</p>
${pre(example)}
<p>Every client works the same way: <code>create&lt;Provider&gt;Client()</code>, typed calls
on the provider's paths, <code>unwrap()</code> to get the body or a typed error, and a
<code>from&lt;Provider&gt;()</code> converter from <code>@backupkit/model</code>. Each client
times out, retries what is safe to retry and keeps credentials out of its errors. The
<a href="model.html">common backup model</a> page says what every field means.</p>

<h2 id="first-cli-run">First CLI run</h2>
<p>The command carries mock providers: loopback servers that play each provider's API, so
its first run needs no account and no network.</p>
${pre("npx @backupkit/cli list --mock")}
<p>To keep it, <code>npm install --global @backupkit/cli</code>. Then
<code>backupkit mock</code> serves the mocks in the foreground and prints the
<code>export</code> lines that point <code>backupkit list</code> at them; with your own
settings (<code>LINODE_TOKEN</code> and the other providers' variables, or
<code>--config FILE</code>), <code>backupkit list</code> reads your accounts.</p>
${pre(`backupkit list                                  # every configured provider
backupkit list -p linode -s failed --since 2025-01-01 -f csv
backupkit get --provider linode 123/1234`)}
<p>The <a href="cli.html">CLI reference</a> has every command's options, the settings of
each provider and the exit codes.</p>
`;
  return page({ title: "Getting started", body });
}
