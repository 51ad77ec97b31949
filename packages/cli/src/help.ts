import { baseUrlEnv, type Source } from "@backupkit/sdk";

/** The configuration section of `list --help` and `get --help`, generated from the sources. */
export function configurationHelp(sources: readonly Source[]): string {
  const rows: [string, string, string][] = [];
  for (const source of sources) {
    const start = rows.length;
    const ways = source.signIns ?? [];
    const inWays = new Set(ways.flatMap((w) => [...w.needs, ...(w.oneOf ?? []), ...(w.may ?? [])]));
    const row = (key: string, indent: string, note: string) => {
      const field = source.fields[key];
      if (field)
        rows.push(["", `${indent}${field.env.join(" or ")}`, `${field.description}${note}`]);
    };
    // Optional settings say their default in their description.
    for (const key of Object.keys(source.fields)) if (!inWays.has(key)) row(key, "", "");
    ways.forEach((way, i) => {
      rows.push(["", `${i === 0 ? "sign in with" : "or with"} ${way.name}:`, ""]);
      for (const key of way.needs) row(key, "  ", "");
      (way.oneOf ?? []).forEach((key, n) => {
        row(key, "  ", n === 0 ? "" : " (or the one above)");
      });
      for (const key of way.may ?? []) {
        row(key, "  ", source.fields[key]?.description.includes("default") ? "" : " (optional)");
      }
    });
    const fallback = source.defaultBaseUrl ? `default ${source.defaultBaseUrl}` : "required";
    const found = ways.some((w) => w.findsEndpoint)
      ? "; signed in with a password, the service catalog's"
      : "";
    rows.push(["", baseUrlEnv(source), `base URL (${fallback}${found})`]);
    (rows[start] as [string, string, string])[0] = source.id;
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
Where a provider offers several ways to sign in, set exactly one of them.
${table}

Config file keys are each provider's setting names plus baseUrl (optional):
  ${JSON.stringify({ providers: example })}
`;
}
