/**
 * A tiny HTML toolkit: every piece of text goes through `escapeHtml`, and
 * pages are assembled from strings that are already HTML. No templates, no
 * framework: the site is a handful of tables.
 */

/** Escapes text for element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Inline code: `escapeHtml` inside `<code>`. */
export function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

/**
 * Forbids every fetch: the pages are self-contained (inline CSS, no scripts,
 * no images), so the browser refuses any request they might grow by mistake.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
:root { color-scheme: light; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --head: #f6f8fa; --link: #0550ae; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
header nav a { margin-right: 1rem; }
footer { color: var(--muted); font-size: 0.875rem; padding-bottom: 2rem; }
h1 { font-size: 1.75rem; margin: 0 0 0.75rem; }
h2 { font-size: 1.35rem; margin: 2.25rem 0 0.5rem; padding-top: 0.5rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--link); }
code { font: 0.875em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--head); padding: 0.1em 0.3em; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9375rem; }
th, td { text-align: left; vertical-align: top; border: 1px solid var(--line); padding: 0.35rem 0.6rem; }
th { background: var(--head); font-weight: 600; }
.muted { color: var(--muted); }
ul.cards { list-style: none; padding: 0; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
ul.cards li { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; }
ul.cards li a { font-weight: 600; }
ul.cards li p { margin: 0.25rem 0 0; color: var(--muted); font-size: 0.9375rem; }
`;

export interface PageOptions {
  /** The page title, as text. */
  title: string;
  /** The page body, as HTML. */
  body: string;
}

/** A whole page: shared header with the site's navigation, inline CSS, no scripts. */
export function page({ title, body }: PageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>${escapeHtml(title)} · backupkit</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<nav><a href="index.html">backupkit docs</a><a href="model.html">Common backup model</a><a href="auth.html">Authentication</a></nav>
<h1>${escapeHtml(title)}</h1>
</header>
<main>
${body}
</main>
<footer><p>Generated from the OpenAPI specs in <code>specs/</code> and the converters in <code>@backupkit/model</code>. Do not edit: run <code>npm run docs</code>.</p></footer>
</body>
</html>
`;
}

/** Attributes from a record of plain-text values. */
export function attributes(values: Readonly<Record<string, string>>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
}

/** A table from header labels (text) and rows of cells that are already HTML. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  attrs: Readonly<Record<string, string>> = {},
): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`);
  return [
    `<table${attributes(attrs)}>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>`,
    ...body,
    `</tbody>`,
    `</table>`,
  ].join("\n");
}
