import { baseUrlEnv, type Source } from "@backupkit/sdk";

/** The configuration section of `list --help` and `get --help`, generated from the sources. */
export function configurationHelp(sources: readonly Source[]): string {
  const rows: [string, string, string][] = [];
  for (const source of sources) {
    const fields = Object.entries(source.fields);
    fields.forEach(([, field], i) => {
      rows.push([i === 0 ? source.id : "", field.env.join(" or "), field.description]);
    });
    const fallback = source.defaultBaseUrl ? `default ${source.defaultBaseUrl}` : "required";
    rows.push([fields.length === 0 ? source.id : "", baseUrlEnv(source), `base URL (${fallback})`]);
  }
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const table = rows
    .map(([id, env, what]) => `  ${id.padEnd(w0)}  ${env.padEnd(w1)}  ${what}`)
    .join("\n");
  const example = Object.fromEntries(
    sources.map((s) => [
      s.id,
      { ...Object.fromEntries(Object.keys(s.fields).map((k) => [k, "…"])), baseUrl: "https://…" },
    ]),
  );
  return `Configuration: environment variables, or a JSON file given with --config;
a variable wins over the file, setting by setting. A provider with nothing set
is skipped; one with only some settings fails with a message saying what is missing.
${table}

Config file keys are each provider's setting names plus baseUrl (optional):
  ${JSON.stringify({ providers: example })}
`;
}
