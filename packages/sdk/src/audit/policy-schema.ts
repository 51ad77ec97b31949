const DURATION = {
  type: "string",
  pattern: "^(0|\\d+[smhdw]|[Pp](\\d+(\\.\\d+)?[WwDd])*([Tt](\\d+(\\.\\d+)?[HhMmSs])+)?)$",
  description: "90m, 24h, 7d, 2w or ISO 8601 such as PT24H",
};
const SETTINGS = {
  type: "object",
  additionalProperties: false,
  properties: {
    maxAge: DURATION,
    grace: DURATION,
    minCount: { type: ["integer", "null"], minimum: 0 },
    minRetention: { oneOf: [DURATION, { type: "null" }] },
  },
};
const PROVIDER = { enum: ["linode", "huawei-cbr", "onapp", "zcom", "northflank"] };
const MATCH = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: {
    provider: PROVIDER,
    type: { type: "string", minLength: 1 },
    id: { type: "string", minLength: 1 },
    name: { type: "string", minLength: 1 },
  },
};

/**
 * The JSON Schema (draft 2020-12) of an audit policy document, as `backupkit
 * audit --policy FILE` reads it (YAML or JSON); the docs' Audit page documents
 * every property. Durations are strings: `90m`, `24h`, `7d`, `2w` or ISO 8601.
 */
export const AUDIT_POLICY_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://backupkit.dev/schemas/audit-policy.json",
  title: "backupkit audit policy",
  type: "object",
  additionalProperties: false,
  properties: {
    defaults: SETTINGS,
    providers: {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(PROVIDER.enum.map((id) => [id, SETTINGS])),
    },
    resources: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["match"],
        properties: { match: MATCH, ...SETTINGS.properties },
      },
    },
    exclude: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["match", "reason"],
        properties: { match: MATCH, reason: { type: "string", minLength: 1 } },
      },
    },
  },
} as const;
