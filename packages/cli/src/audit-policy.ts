import { readFile } from "node:fs/promises";
import {
  AUDIT_POLICY_SCHEMA,
  type AuditPolicy,
  type ControlSettings,
  DEFAULT_SETTINGS,
  parseDuration,
  type ResourceSelector,
} from "@backupkit/sdk";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseYaml } from "yaml";
import { UserError } from "./io.js";

/** Policy files larger than this are refused: a policy is a page of settings. */
const MAX_POLICY_BYTES = 1_000_000;

type SettingsText = {
  maxAge?: string;
  grace?: string;
  minCount?: number | null;
  minRetention?: string | null;
};
interface PolicyFile {
  defaults?: SettingsText;
  providers?: Record<string, SettingsText>;
  resources?: ({ match: ResourceSelector } & SettingsText)[];
  exclude?: { match: ResourceSelector; reason: string }[];
}

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(AUDIT_POLICY_SCHEMA);

/** Reads and validates a policy file (YAML or JSON); errors name the file and a JSONPath. */
export async function loadPolicyFile(path: string): Promise<Omit<PolicyFile, never>> {
  let text: string;
  try {
    const buffer = await readFile(path);
    if (buffer.length > MAX_POLICY_BYTES) {
      throw new UserError(`${path}: a policy file is at most ${MAX_POLICY_BYTES} bytes`);
    }
    text = buffer.toString("utf8");
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(
      `cannot read the policy file ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
  let value: unknown;
  try {
    // YAML 1.2 is a superset of JSON: one parser reads both.
    value = parseYaml(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new UserError(`${path}: not YAML or JSON: ${(err as Error).message.split("\n")[0]}`);
  }
  if (value === null || value === undefined) value = {};
  if (!validate(value)) {
    const messages = (validate.errors ?? []).slice(0, 5).map((e) => {
      const where = `$${e.instancePath.replace(/\/(\d+)(?=\/|$)/g, "[$1]").replace(/\//g, ".")}`;
      const extra =
        e.keyword === "additionalProperties"
          ? ` (${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)})`
          : e.keyword === "enum"
            ? `: ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`
            : "";
      // The only pattern in the schema is the duration's.
      if (e.keyword === "pattern")
        return `${where}: not a duration: write 90m, 24h, 7d or ISO 8601 such as PT24H`;
      return `${where}: ${e.message}${extra}`;
    });
    throw new UserError(`${path}: invalid policy: ${messages.join("; ")}`);
  }
  return value as PolicyFile;
}

/** The flags the policy can be given with; flags win over the file's defaults. */
export interface PolicyFlags {
  maxAge?: string;
  grace?: string;
  minCount?: string;
  minRetention?: string;
}

/** Builds the audit policy from the file (if any) and the flags. */
export function buildPolicy(
  at: Date,
  file: PolicyFile | undefined,
  flags: PolicyFlags,
  duration: (what: string, value: string) => number,
  count: (what: string, value: string) => number,
): AuditPolicy {
  const settings = (text: SettingsText | undefined, where: string): Partial<ControlSettings> => ({
    ...(text?.maxAge !== undefined ? { maxAge: duration(`${where}.maxAge`, text.maxAge) } : {}),
    ...(text?.grace !== undefined ? { grace: duration(`${where}.grace`, text.grace) } : {}),
    ...(text?.minCount !== undefined ? { minCount: text.minCount } : {}),
    ...(text?.minRetention !== undefined
      ? {
          minRetention:
            text.minRetention === null
              ? null
              : duration(`${where}.minRetention`, text.minRetention),
        }
      : {}),
  });
  const defaults: ControlSettings = {
    ...DEFAULT_SETTINGS,
    ...settings(file?.defaults, "$.defaults"),
    ...(flags.maxAge !== undefined ? { maxAge: duration("--max-age", flags.maxAge) } : {}),
    ...(flags.grace !== undefined ? { grace: duration("--grace", flags.grace) } : {}),
    ...(flags.minCount !== undefined ? { minCount: count("--min-count", flags.minCount) } : {}),
    ...(flags.minRetention !== undefined
      ? { minRetention: duration("--min-retention", flags.minRetention) }
      : {}),
  };
  return {
    at,
    defaults,
    providers: Object.fromEntries(
      Object.entries(file?.providers ?? {}).map(([id, s]) => [
        id,
        settings(s, `$.providers.${id}`),
      ]),
    ),
    resources: (file?.resources ?? []).map(({ match, ...s }, i) => ({
      match,
      settings: settings(s, `$.resources[${i}]`),
    })),
    exclude: file?.exclude ?? [],
  };
}

export { parseDuration };
