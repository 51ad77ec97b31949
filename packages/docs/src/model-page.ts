import { type FieldDescription, PROVIDER_IDS, type ProviderMapping } from "@backupkit/model";
import { code, escapeHtml, page, table } from "./html.js";

export interface ModelPageInput {
  /** `BACKUP_FIELDS` */
  fields: readonly FieldDescription[];
  /** `BACKUP_RESOURCE_FIELDS`, shown as `resource.<name>` */
  resourceFields: readonly FieldDescription[];
  /** `mappings`, one section each */
  mappings: readonly ProviderMapping[];
  /** Providers that have an API reference page, to link it. */
  apiPages: ReadonlySet<string>;
}

/** The "Common backup model" page: every field, then each provider's mapping. */
export function renderModelPage(input: ModelPageInput): string {
  const body = `
<p>Every converter in <code>@backupkit/model</code> turns one provider's response body into
<code>Backup</code> records, the same shape for every provider, and returns
<code>{ backups, issues }</code>. Nothing is lost: each backup-like object becomes one record or
one issue that names its place in the body (a JSONPath). A value a converter does not know maps to
<code>unknown</code> or <code>null</code>, keeps the verbatim value and adds a warning.</p>
<p>The tables below are rendered from the objects the converters themselves use, so they always
say what the code does.</p>
<p><a href="#fields">The fields of a Backup</a> come first, then one section per provider:</p>
${providerTable(input.mappings, input.apiPages)}
<h2 id="fields">The fields of a Backup</h2>
${fieldTable(input.fields, input.resourceFields)}
${input.mappings.map((m) => mappingSection(m, input.apiPages.has(m.provider))).join("\n")}
`;
  return page({ title: "Common backup model", body });
}

/** Every provider backupkit knows, and whether its pages exist yet. */
function providerTable(
  mappings: readonly ProviderMapping[],
  apiPages: ReadonlySet<string>,
): string {
  const rows = PROVIDER_IDS.map((id) => {
    const mapping = mappings.find((m) => m.provider === id);
    return [
      code(id),
      mapping === undefined
        ? '<span class="muted">no converter yet</span>'
        : `<a href="#${escapeHtml(id)}">${escapeHtml(mapping.title)}</a>`,
      apiPages.has(id)
        ? `<a href="${escapeHtml(id)}.html">API reference</a>`
        : '<span class="muted">no spec yet</span>',
    ];
  });
  return table(["Provider", "Mapping", "API"], rows, { class: "providers" });
}

function fieldRow(name: string, field: FieldDescription): string[] {
  const values =
    field.values === undefined
      ? ""
      : `<br><span class="muted">One of ${field.values.map(code).join(", ")}.</span>`;
  return [code(name), code(field.type), `${escapeHtml(field.meaning)}${values}`];
}

function fieldTable(
  fields: readonly FieldDescription[],
  resourceFields: readonly FieldDescription[],
): string {
  const rows = fields.flatMap((field) => [
    fieldRow(field.name, field),
    ...(field.name === "resource"
      ? resourceFields.map((sub) => fieldRow(`resource.${sub.name}`, sub))
      : []),
  ]);
  return table(["Field", "Type", "Meaning"], rows, { class: "model-fields" });
}

function valueTable(
  provider: string,
  kind: string,
  values: Readonly<Record<string, string>>,
  otherwise: string,
): string {
  const entries = Object.entries(values);
  if (entries.length === 0) {
    return `<p class="muted">No provider values to map: see the <code>${escapeHtml(kind)}</code> row of the field mapping.</p>`;
  }
  const rows = entries.map(([from, to]) => [code(from), code(to)]);
  return `${table(["Provider value", `Common ${kind}`], rows, {
    class: `mapping-${kind}`,
    "data-provider": provider,
  })}\n<p class="muted">${escapeHtml(otherwise)}</p>`;
}

function mappingSection(mapping: ProviderMapping, hasApiPage: boolean): string {
  const id = mapping.provider;
  const apiLink = hasApiPage
    ? `<p><a href="${escapeHtml(id)}.html">API reference for ${escapeHtml(mapping.title)}</a></p>`
    : "";
  const endpoints = mapping.endpoints.map((e) => `<li>${code(e)}</li>`).join("\n");
  const fieldRows = mapping.fields.map((f) => [
    code(f.field),
    code(f.from),
    escapeHtml(f.note ?? ""),
  ]);
  const notes = mapping.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("\n");
  return `
<section id="${escapeHtml(id)}" class="provider">
<h2>${escapeHtml(mapping.title)} <span class="muted">(${code(id)})</span></h2>
${apiLink}
<p>Endpoints whose bodies the converter reads:</p>
<ul>
${endpoints}
</ul>
<h3>Fields</h3>
${table(["Common field", "From the provider", "Note"], fieldRows, {
  class: "mapping-fields",
  "data-provider": id,
})}
<h3>Status</h3>
${valueTable(id, "status", mapping.statuses, "Any other value maps to unknown and is kept verbatim in providerStatus, with a warning.")}
<h3>Trigger</h3>
${valueTable(id, "trigger", mapping.triggers, "Any other value maps to unknown, with a warning.")}
<h3>Kind</h3>
${valueTable(id, "kind", mapping.kinds, "Any other value maps to unknown, with a warning.")}
<h3>Units and rules</h3>
${notes === "" ? '<p class="muted">None.</p>' : `<ul>\n${notes}\n</ul>`}
</section>`;
}
