import { auditFleets, type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuditReport, audit, DEFAULT_SETTINGS, mockSetup, sources } from "../src/index.js";

// End to end against the mocks' audit fleets: each provider's resources are
// built to fail one control each, next to a healthy one.
let mock: MockProviders;
let report: AuditReport;
beforeAll(async () => {
  mock = await startMockProviders({ definitions: auditFleets });
  const setups = sources.map((source) => {
    const endpoint = mock.providers[source.id];
    if (!endpoint) throw new Error(`no ${source.id} mock`);
    return { source, config: mockSetup(source, endpoint) };
  });
  report = await audit(
    setups,
    {
      at: new Date(),
      defaults: { ...DEFAULT_SETTINGS, minCount: 2, minRetention: 7 * 86_400_000 },
    },
    { concurrency: 8, timeoutSeconds: 10, maxAttempts: 1 },
  );
});
afterAll(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

const controlsOf = (provider: string, name: string) =>
  report.findings
    .filter((f) => f.provider === provider && f.resource.name === name)
    .map((f) => f.control)
    .sort();

type Case = [string, { provider: string; resource: string; want: string[] }];
const NEVER = ["max-age", "min-count", "min-retention", "protected"];
const cases: Case[] = [
  ["linode healthy", { provider: "linode", resource: "web-01", want: [] }],
  ["linode never backed up", { provider: "linode", resource: "scratch-02", want: NEVER }],
  ["linode stale", { provider: "linode", resource: "legacy-03", want: ["max-age"] }],
  ["linode latest failed", { provider: "linode", resource: "db-04", want: ["latest-failed"] }],
  ["linode retention unknown (noted)", { provider: "linode", resource: "cache-05", want: [] }],
  ["linode unreadable", { provider: "linode", resource: "vault-06", want: ["unverified"] }],
  ["huawei-cbr healthy", { provider: "huawei-cbr", resource: "web-01", want: [] }],
  ["huawei-cbr never backed up", { provider: "huawei-cbr", resource: "scratch-02", want: NEVER }],
  ["huawei-cbr stale", { provider: "huawei-cbr", resource: "legacy-03", want: ["max-age"] }],
  [
    "huawei-cbr latest failed",
    { provider: "huawei-cbr", resource: "db-04", want: ["latest-failed"] },
  ],
  [
    "huawei-cbr short retention",
    { provider: "huawei-cbr", resource: "cache-05", want: ["min-retention"] },
  ],
  ["onapp healthy", { provider: "onapp", resource: "web-01", want: [] }],
  ["onapp never backed up", { provider: "onapp", resource: "scratch-02", want: NEVER }],
  ["onapp stale", { provider: "onapp", resource: "legacy-03", want: ["max-age"] }],
  ["onapp building is no failure", { provider: "onapp", resource: "db-04", want: [] }],
  ["onapp unreadable", { provider: "onapp", resource: "vault-06", want: ["unverified"] }],
  ["zcom healthy", { provider: "zcom", resource: "web-01", want: [] }],
  ["zcom never backed up", { provider: "zcom", resource: "scratch-02", want: NEVER }],
  ["zcom stale", { provider: "zcom", resource: "legacy-03", want: ["max-age"] }],
  ["northflank healthy", { provider: "northflank", resource: "web-01", want: [] }],
  ["northflank never backed up", { provider: "northflank", resource: "scratch-02", want: NEVER }],
  ["northflank stale", { provider: "northflank", resource: "legacy-03", want: ["max-age"] }],
  [
    "northflank latest failed",
    { provider: "northflank", resource: "db-04", want: ["latest-failed"] },
  ],
  [
    "northflank short retention",
    { provider: "northflank", resource: "cache-05", want: ["min-retention"] },
  ],
];

describe("audit against the mock fleets", () => {
  it.each(cases)("%s", (_name, { provider, resource, want }) => {
    expect(
      report.resources.some((r) => r.provider === provider && r.resource.name === resource),
    ).toBe(true);
    expect(controlsOf(provider, resource)).toEqual(want);
  });

  it("counts every provider's six resources and reads every provider", () => {
    expect(report.summary.resources).toBe(30);
    expect(report.providers.map((p) => [p.provider, p.state, p.resources])).toEqual(
      sources.map((s) => [s.id, "ok", 6]),
    );
    expect(report.summary.failing).toBe(
      new Set(report.findings.map((f) => `${f.provider}/${f.resource.id}`)).size,
    );
  });

  it("lists failing resources first", () => {
    const verdicts = report.resources.map((r) => r.findings.length > 0);
    expect(verdicts).toEqual([...verdicts].sort((a, b) => Number(b) - Number(a)));
  });
});
