import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import parsePrometheus from "parse-prometheus-text-format";
import { describe, expect, it } from "vitest";
import { backupkit } from "./run.js";

const CONTROLS = [
  "protected",
  "max-age",
  "latest-failed",
  "min-count",
  "min-retention",
  "unverified",
];
const PROVIDERS = ["linode", "huawei-cbr", "onapp", "zcom", "northflank"];
const RESOURCE = {
  type: "object",
  required: ["type", "id", "name"],
  properties: {
    type: { type: "string" },
    id: { type: "string" },
    name: { type: ["string", "null"] },
  },
};
/** The report's documented shape: `{ at, policy, summary, resources, findings }`. */
const REPORT_SCHEMA = {
  type: "object",
  required: ["at", "policy", "summary", "resources", "findings"],
  properties: {
    at: { type: "string", format: "date-time" },
    policy: { type: "object" },
    summary: {
      type: "object",
      required: ["resources", "passing", "failing", "findings"],
      properties: Object.fromEntries(
        ["resources", "passing", "failing", "findings"].map((k) => [
          k,
          { type: "integer", minimum: 0 },
        ]),
      ),
    },
    resources: {
      type: "array",
      items: {
        type: "object",
        required: ["provider", "resource", "protected", "lastRestorableAt", "backups", "findings"],
        properties: {
          provider: { enum: PROVIDERS },
          resource: RESOURCE,
          protected: { type: "boolean" },
          lastRestorableAt: { type: ["string", "null"] },
          backups: { type: "integer", minimum: 0 },
          findings: { type: "array" },
        },
      },
    },
    findings: {
      type: "array",
      items: {
        type: "object",
        required: ["provider", "resource", "control", "message"],
        properties: {
          provider: { enum: PROVIDERS },
          resource: RESOURCE,
          control: { enum: CONTROLS },
          message: { type: "string", minLength: 1 },
        },
      },
    },
  },
};

const MOCK = ["audit", "--mock", "--min-count", "2", "--min-retention", "7d"];

describe("backupkit audit --mock", () => {
  it("json: valid against the report schema, every control found from the fleets, exit 4", async () => {
    const run = await backupkit([...MOCK, "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(4);
    const report = JSON.parse(run.stdout);
    const ajv = new Ajv2020({ allErrors: true });
    ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
    const valid = ajv.validate(REPORT_SCHEMA, report);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(new Set(report.findings.map((f: { control: string }) => f.control))).toEqual(
      new Set(CONTROLS.filter((c) => c !== "min-count").concat("min-count")),
    );
    expect(new Set(report.findings.map((f: { provider: string }) => f.provider))).toEqual(
      new Set(PROVIDERS),
    );
  });

  it("junit: well-formed XML with one test case per resource and control", async () => {
    const run = await backupkit([...MOCK, "--format", "junit"]);
    expect(run.code).toBe(4);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const xml = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ["testsuite", "testcase"].includes(name),
    }).parse(run.stdout);
    const suites = xml.testsuites.testsuite as {
      "@_name": string;
      "@_tests": string;
      "@_failures": string;
      testcase: { "@_name": string; failure?: unknown }[];
    }[];
    expect(suites.map((s) => s["@_name"])).toEqual(PROVIDERS);
    for (const suite of suites) {
      expect(Number(suite["@_tests"])).toBe(suite.testcase.length);
      expect(Number(suite["@_failures"])).toBe(
        suite.testcase.filter((t) => t.failure !== undefined).length,
      );
      for (const testcase of suite.testcase) expect(CONTROLS).toContain(testcase["@_name"]);
    }
  });

  it("prometheus: parses, with the documented metrics and labels", async () => {
    const run = await backupkit([...MOCK, "--format", "prometheus"]);
    expect(run.code).toBe(4);
    const families = parsePrometheus(run.stdout) as {
      name: string;
      metrics: { labels?: Record<string, string>; value: string }[];
    }[];
    const byName = new Map(families.map((f) => [f.name, f]));
    for (const name of [
      "backupkit_resource_protected",
      "backupkit_last_restorable_backup_timestamp_seconds",
      "backupkit_last_restorable_backup_age_seconds",
      "backupkit_backups",
      "backupkit_finding",
      "backupkit_audit_timestamp_seconds",
    ]) {
      expect(byName.has(name), name).toBe(true);
    }
    const protectedMetrics = byName.get("backupkit_resource_protected")?.metrics ?? [];
    expect(protectedMetrics).toHaveLength(30);
    expect(Object.keys(protectedMetrics[0]?.labels ?? {}).sort()).toEqual([
      "provider",
      "resource_id",
      "resource_name",
      "resource_type",
    ]);
    const failing = (byName.get("backupkit_finding")?.metrics ?? []).filter((m) => m.value === "1");
    expect(new Set(failing.map((m) => m.labels?.control))).toEqual(new Set(CONTROLS));
  });

  it("html: one self-contained page that loads nothing, findings first", async () => {
    const dir = await mkdtemp(join(tmpdir(), "backupkit-audit-"));
    const file = join(dir, "report.html");
    const run = await backupkit([...MOCK, "--format", "html", "--output", file]);
    expect(run.code).toBe(4);
    expect(run.stdout).toBe("");
    const html = await readFile(file, "utf8");
    expect(html).not.toMatch(/\b(src|href)=|url\(|@import/);
    expect(html.indexOf('id="findings"')).toBeLessThan(html.indexOf('id="resources"'));
    expect((html.match(/<svg /g) ?? []).length).toBe(30);
  });
});

describe("backupkit audit --policy", () => {
  it("reads YAML: per-resource overrides by glob and exclusions with reasons", async () => {
    const dir = await mkdtemp(join(tmpdir(), "backupkit-policy-"));
    const file = join(dir, "policy.yaml");
    await writeFile(
      file,
      [
        "defaults: { maxAge: PT24H }",
        "resources:",
        "  - match: { name: 'legacy-*' }",
        "    maxAge: 7d",
        "exclude:",
        "  - match: { name: 'scratch-*' }",
        "    reason: throwaway test machines",
        "  - match: { name: 'vault-*' }",
        "    reason: audited elsewhere",
        "  - match: { name: 'db-*' }",
        "    reason: migrating",
      ].join("\n"),
    );
    const run = await backupkit(["audit", "--mock", "--policy", file, "--format", "json"]);
    const report = JSON.parse(run.stdout);
    expect(report.findings).toEqual([]);
    expect(run.code).toBe(0);
    expect(report.excluded).toHaveLength(15);
    expect(report.excluded[0].reason).toBe("throwaway test machines");
  });

  it("names the file and a JSONPath for an invalid policy, exit 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "backupkit-policy-"));
    const file = join(dir, "policy.json");
    await writeFile(
      file,
      JSON.stringify({ resources: [{ match: { provider: "aws" }, maxAge: "soon" }] }),
    );
    const run = await backupkit(["audit", "--mock", "--policy", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}: invalid policy:`);
    expect(run.stderr).toContain("$.resources[0].match.provider");
    expect(run.stderr).toContain("$.resources[0].maxAge");
  });

  it("refuses a malformed duration flag as a usage error", async () => {
    const run = await backupkit(["audit", "--mock", "--max-age", "a day"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--max-age");
  });

  it("exits 1 when nothing is configured", async () => {
    const run = await backupkit(["audit"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no providers configured");
  });
});
