import type { CommandHelp } from "./cli-help.js";
import { code, escapeHtml, page } from "./html.js";

const anchor = (help: CommandHelp) => (help.args.length === 0 ? "backupkit" : help.args.join("-"));
const title = (help: CommandHelp) => ["backupkit", ...help.args].join(" ");

/** The CLI reference: each command's `--help` text, verbatim, with a table of contents. */
export function renderCliPage(helps: readonly CommandHelp[]): string {
  const contents = helps
    .map((help) => `<li><a href="#${escapeHtml(anchor(help))}">${code(title(help))}</a></li>`)
    .join("\n");
  const sections = helps
    .map(
      (help) => `<section id="${escapeHtml(anchor(help))}" class="command">
<h2>${code(title(help))}</h2>
<pre>${escapeHtml(help.text)}</pre>
</section>`,
    )
    .join("\n");
  const body = `
<p>The <code>backupkit</code> command of <code>@backupkit/cli</code>. Each section is what
<code>backupkit --help</code> or <code>backupkit &lt;command&gt; --help</code> prints: the
page is generated from the command itself when the site is built.</p>
<ul>
${contents}
</ul>
${sections}
`;
  return page({ title: "CLI reference", body });
}
