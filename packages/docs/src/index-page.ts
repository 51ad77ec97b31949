import type { ProviderMapping } from "@backupkit/model";
import type { ApiEntry } from "./apis.js";
import { escapeHtml, page } from "./html.js";

/** The home page: one card per API reference page, and the common model. */
export function renderIndexPage(
  apis: readonly ApiEntry[],
  mappings: readonly ProviderMapping[],
): string {
  const mapped = new Set(mappings.map((m) => m.provider as string));
  const cards = apis
    .map((api) => {
      const facts = [`<code>${escapeHtml(api.id)}</code>`];
      if (api.version !== "") facts.push(`version ${escapeHtml(api.version)}`);
      if (mapped.has(api.id)) {
        facts.push(`<a href="model.html#${escapeHtml(api.id)}">mapping to the common model</a>`);
      }
      return `<li><a href="${escapeHtml(api.id)}.html">${escapeHtml(api.title)}</a>
<p>${escapeHtml(api.summary)}</p>
<p>${facts.join(" · ")}</p></li>`;
    })
    .join("\n");
  const body = `
<p>backupkit gives TypeScript code one typed way to read backups from many clouds. Each
provider's backup API is described by a hand-authored OpenAPI spec; the clients are generated
from the specs, and <code>@backupkit/model</code> converts every provider's backups into one
common record.</p>
<h2>Start here</h2>
<ul class="cards">
<li><a href="getting-started.html">Getting started</a>
<p>Install the packages, make a first call from TypeScript, and run the command against its mock providers.</p></li>
<li><a href="cli.html">CLI reference</a>
<p>Every <code>backupkit</code> command's options, provider settings and exit codes, from its own help.</p></li>
</ul>
<h2>API reference</h2>
<p>One page per spec, rendered from <code>specs/</code> with Redoc.</p>
<ul class="cards">
${cards}
</ul>
<h2>Common model</h2>
<ul class="cards">
<li><a href="model.html">Common backup model</a>
<p>Every field of a Backup, and how each provider's fields, statuses and units map to it.</p></li>
<li><a href="operations.html">Acting on backups</a>
<p>Take, restore, delete and cancel backups and turn schedules on and off: each operation per provider.</p></li>
<li><a href="auth.html">Authentication</a>
<p>Per provider: what to create in its console, which variables to set, and what backupkit sends.</p></li>
</ul>
<h2>Audit</h2>
<ul class="cards">
<li><a href="audit.html">Audit</a>
<p>Is every resource backed up, recently and restorably: the controls, the reports, the exporter and the policy file reference.</p></li>
</ul>
`;
  return page({ title: "backupkit docs", body });
}
