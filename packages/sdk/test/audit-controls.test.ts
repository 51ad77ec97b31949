import {
  type Backup,
  fromHuaweiCbr,
  fromLinode,
  fromNorthflank,
  fromOnapp,
  fromZcom,
  type ProviderId,
} from "@backupkit/model";
import { describe, expect, it } from "vitest";
import {
  type AuditPolicy,
  audit,
  DEFAULT_SETTINGS,
  formatDuration,
  parseDuration,
  type ResourceLister,
  type Source,
} from "../src/index.js";

const AT = Date.parse("2026-03-10T12:00:00Z");
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Audits one resource with these backups through a lister that serves them. */
async function auditOne(
  provider: ProviderId,
  backups: Backup[],
  policy: Partial<AuditPolicy> = {},
  backupsEnabled: boolean | null = true,
) {
  const lister: ResourceLister = {
    id: provider,
    async *list() {
      yield { resources: [{ provider, type: "server", id: "r1", name: "one", backupsEnabled }] };
      yield { backups, owner: "r1" };
    },
  };
  const source = { id: provider } as Source;
  return audit(
    [{ source, config: { baseUrl: undefined, values: {} } }],
    { at: new Date(AT), defaults: DEFAULT_SETTINGS, ...policy },
    { concurrency: 1, timeoutSeconds: 1, maxAttempts: 1, listers: { [provider]: lister } },
  );
}

const linode = (ageHours: number, status = "successful", available = status === "successful") =>
  fromLinode(
    {
      id: Math.round(ageHours * 10) + 1,
      type: "auto",
      status,
      available,
      created: iso(AT - ageHours * HOUR).slice(0, 19),
      disks: [],
    },
    { linodeId: 1 },
  ).backups;
const huawei = (ageHours: number, status: string, keptHours: number | null) =>
  fromHuaweiCbr({
    backups: [
      {
        id: `b${ageHours}`,
        status,
        created_at: iso(AT - ageHours * HOUR).slice(0, 23),
        expired_at:
          keptHours === null ? null : iso(AT - ageHours * HOUR + keptHours * HOUR).slice(0, 23),
        resource_id: "r1",
        children: [],
      },
    ],
  }).backups;
const northflank = (ageHours: number, status: string) =>
  fromNorthflank({
    data: [
      {
        id: `n${ageHours}`,
        name: "backup",
        status,
        addon: { id: "r1", name: "one" },
        createdAt: iso(AT - ageHours * HOUR),
        completedAt: iso(AT - ageHours * HOUR),
        config: { size: "1" },
      },
    ],
  }).backups;

const onapp = (ageHours: number, built: boolean) =>
  fromOnapp([
    {
      backup: {
        id: Math.round(ageHours * 10) + 1,
        built,
        built_at: built ? iso(AT - ageHours * HOUR) : null,
        created_at: iso(AT - ageHours * HOUR),
        marked_for_delete: false,
        locked: false,
        initiated: "days",
        target_id: 1,
        target_type: "VirtualMachine",
      },
    },
  ]).backups;
const zcom = (ageHours: number, status: string) =>
  fromZcom({
    backup: [
      {
        instance_id: "r1",
        id: "b1",
        backupruns: [
          {
            status,
            created_at: `${iso(AT - ageHours * HOUR).slice(0, 19)}Z`,
            backuprun_id: `run${ageHours}`,
            type: "instance",
          },
        ],
      },
    ],
  }).backups;

type Case = [
  string,
  {
    backups: Backup[];
    provider: ProviderId;
    policy?: Partial<AuditPolicy>;
    enabled?: boolean | null;
    want: string[];
  },
];
const cases: Case[] = [
  ["linode fresh and successful", { provider: "linode", backups: linode(3), want: [] }],
  ["linode 25h old fails max-age", { provider: "linode", backups: linode(25), want: ["max-age"] }],
  [
    "linode 25h old passes with 2h grace",
    {
      provider: "linode",
      backups: linode(25),
      policy: { defaults: { ...DEFAULT_SETTINGS, grace: 2 * HOUR } },
      want: [],
    },
  ],
  [
    "linode newest failed",
    {
      provider: "linode",
      backups: [...linode(20), ...linode(1, "failed")],
      want: ["latest-failed"],
    },
  ],
  [
    "linode newest cancelled",
    {
      provider: "linode",
      backups: [...linode(20), ...linode(1, "userAborted")],
      want: ["latest-failed"],
    },
  ],
  [
    "linode newest running is no failure",
    { provider: "linode", backups: [...linode(20), ...linode(1, "running")], want: [] },
  ],
  [
    "linode never backed up and disabled",
    { provider: "linode", backups: [], enabled: false, want: ["max-age", "protected"] },
  ],
  [
    "linode enabled without backups: protected, but no restorable",
    { provider: "linode", backups: [], want: ["max-age"] },
  ],
  [
    "linode min-count 3 with 2",
    {
      provider: "linode",
      backups: [...linode(2), ...linode(26)],
      policy: { defaults: { ...DEFAULT_SETTINGS, minCount: 3 } },
      want: ["min-count"],
    },
  ],
  [
    "linode backups after --at are ignored",
    { provider: "linode", backups: [...linode(30), ...linode(-5)], want: ["max-age"] },
  ],
  ["huawei available", { provider: "huawei-cbr", backups: huawei(2, "available", 240), want: [] }],
  [
    "huawei error is a failed attempt",
    {
      provider: "huawei-cbr",
      backups: [...huawei(5, "available", 240), ...huawei(1, "error", 240)],
      want: ["latest-failed"],
    },
  ],
  [
    "huawei expired before --at is not restorable",
    { provider: "huawei-cbr", backups: huawei(10, "available", 5), want: ["max-age"] },
  ],
  [
    "huawei kept 48h fails min-retention 7d",
    {
      provider: "huawei-cbr",
      backups: huawei(2, "available", 48),
      policy: { defaults: { ...DEFAULT_SETTINGS, minRetention: 168 * HOUR } },
      want: ["min-retention"],
    },
  ],
  [
    "huawei unknown expiry passes min-retention",
    {
      provider: "huawei-cbr",
      backups: huawei(2, "available", null),
      policy: { defaults: { ...DEFAULT_SETTINGS, minRetention: 168 * HOUR } },
      want: [],
    },
  ],
  ["onapp built is restorable", { provider: "onapp", backups: onapp(3, true), want: [] }],
  [
    "onapp built 30h ago fails max-age",
    { provider: "onapp", backups: onapp(30, true), want: ["max-age"] },
  ],
  [
    "onapp not built yet is pending, not failed",
    { provider: "onapp", backups: [...onapp(5, true), ...onapp(1, false)], want: [] },
  ],
  [
    "onapp only unbuilt: no restorable",
    { provider: "onapp", backups: onapp(1, false), want: ["max-age"] },
  ],
  ["zcom available run", { provider: "zcom", backups: zcom(3, "available"), want: [] }],
  ["zcom stale run", { provider: "zcom", backups: zcom(50, "available"), want: ["max-age"] }],
  [
    "zcom no backup and not enabled",
    { provider: "zcom", backups: [], enabled: false, want: ["max-age", "protected"] },
  ],
  [
    "zcom min-count 2 with one run",
    {
      provider: "zcom",
      backups: zcom(3, "available"),
      policy: { defaults: { ...DEFAULT_SETTINGS, minCount: 2 } },
      want: ["min-count"],
    },
  ],
  [
    "northflank completed is restorable",
    { provider: "northflank", backups: northflank(2, "completed"), want: [] },
  ],
  [
    "northflank aborted newest",
    {
      provider: "northflank",
      backups: [...northflank(5, "completed"), ...northflank(1, "aborted")],
      want: ["latest-failed"],
    },
  ],
  [
    "northflank only failed: no restorable",
    {
      provider: "northflank",
      backups: northflank(1, "failed"),
      want: ["latest-failed", "max-age"],
    },
  ],
];

describe("the controls", () => {
  it.each(cases)("%s", async (_name, { provider, backups, policy, enabled, want }) => {
    const report = await auditOne(provider, backups, policy, enabled ?? true);
    expect(report.findings.map((f) => f.control).sort()).toEqual(want);
  });

  it("reports a provider that failed as unverified, never as a pass", async () => {
    const lister: ResourceLister = {
      id: "linode",
      // biome-ignore lint/correctness/useYield: it fails before yielding anything
      async *list() {
        throw new Error("boom");
      },
    };
    const report = await audit(
      [{ source: { id: "linode" } as Source, config: { baseUrl: undefined, values: {} } }],
      { at: new Date(AT), defaults: DEFAULT_SETTINGS },
      { concurrency: 1, timeoutSeconds: 1, maxAttempts: 1, listers: { linode: lister } },
    );
    expect(report.findings).toEqual([
      expect.objectContaining({
        control: "unverified",
        resource: { type: "provider", id: "linode", name: null },
      }),
    ]);
  });

  it("leaves out excluded resources with their reason, and applies overrides by name glob", async () => {
    const excluded = await auditOne("linode", linode(30), {
      exclude: [{ match: { name: "on*" }, reason: "retired" }],
    });
    expect(excluded.findings).toEqual([]);
    expect(excluded.excluded).toEqual([
      {
        provider: "linode",
        resource: { type: "server", id: "r1", name: "one" },
        reason: "retired",
      },
    ]);
    const relaxed = await auditOne("linode", linode(30), {
      resources: [{ match: { provider: "linode", name: "ON?" }, settings: { maxAge: 48 * HOUR } }],
    });
    expect(relaxed.findings).toEqual([]);
  });
});

describe("durations", () => {
  it.each([
    ["90m", 90 * 60_000],
    ["24h", 24 * HOUR],
    ["7d", 168 * HOUR],
    ["2w", 336 * HOUR],
    ["PT24H", 24 * HOUR],
    ["P1DT12H", 36 * HOUR],
    ["pt30m", 30 * 60_000],
    ["0", 0],
  ] as const)("%s", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(["", "24", "h", "P", "PT", "1y", "-1h", "24 hours", "P1M"])("refuses %j", (text) => {
    expect(() => parseDuration(text)).toThrow(/is not a duration/);
  });

  it("formats the two largest units", () => {
    expect(formatDuration(3 * 86_400_000 + 4 * HOUR + 5000)).toBe("3d 4h");
    expect(formatDuration(0)).toBe("0s");
  });
});
