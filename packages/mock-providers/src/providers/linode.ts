import { readFileSync } from "node:fs";
import { withSettle } from "../actions.js";
import { hasBearerToken } from "../auth.js";
import { fixturePath } from "../files.js";
import { Random, zonelessUtc } from "../random.js";
import type { MockProvider, MockProviderDefinition, MockRequest, MockResponse } from "../types.js";
import { linodeActions } from "./linode-actions.js";

// Linode mock: the account's instances (paginated, and one by id), each
// one's backups, and one backup by id. Data: the API page's sample backup on instance 123, plus
// generated instances. `resources` counts instances (default 20, seed one included).

/** A fake token for local testing only: it opens nothing but this mock. */
const TOKEN = "mock-linode-token";
const DAY = 86_400_000;
/** "Now" of the generated data, fixed so every run serves the same backups. */
const NOW = Date.UTC(2025, 0, 15);

const PLANS = [
  { type: "g6-nanode-1", diskMb: 25_600 },
  { type: "g6-standard-1", diskMb: 51_200 },
  { type: "g6-standard-2", diskMb: 81_920 },
  { type: "g6-standard-4", diskMb: 163_840 },
  { type: "g6-dedicated-2", diskMb: 81_920 },
] as const;
const REGIONS = ["us-east", "us-central", "eu-west", "ap-south", "ca-central"] as const;
const ROLES = ["web", "db", "cache", "worker", "api", "mail"] as const;

/** A backup as the mock keeps it (its actions change these too). */
export interface Backup {
  id: number;
  label: string | null;
  type: "auto" | "snapshot";
  status: string;
  available: boolean;
  created: string;
  updated: string;
  finished?: string | null;
  configs: string[];
  disks: { size: number; filesystem: string; label: string }[];
}

export interface BackupList {
  automatic: Backup[];
  snapshot: { current: Backup | null; in_progress: Backup | null };
}

interface Instance {
  id: number;
  label: string;
  region: string;
  type: string;
  status: string;
  created: string;
  updated: string;
  backups: { enabled: boolean; available: boolean; last_successful: string | null };
}

export const linodeMock: MockProviderDefinition = {
  id: "linode",
  create({ seed, resources = 20, paceMs = 50 }): MockProvider {
    if (!Number.isInteger(resources) || resources < 0) {
      throw new TypeError(`linode mock: resources must be a whole number ≥ 0, got ${resources}`);
    }
    const { instances, backups } = generate(new Random(seed), resources);
    const instanceOf = (request: MockRequest) => {
      const id = Number(request.params.linodeId);
      return instances.find((instance) => instance.id === id);
    };
    const error = (status: number, reason: string): MockResponse => ({
      status,
      body: { errors: [{ reason }] },
    });
    const actions = linodeActions({ instances, backups }, error, paceMs);
    return {
      credentials: { token: TOKEN },
      authorize(request) {
        return hasBearerToken(request, TOKEN) ? null : error(401, "Invalid Token");
      },
      error,
      routes: withSettle(actions.settle, [
        ...actions.routes,
        {
          method: "GET",
          path: "/linode/instances",
          handle(request) {
            const page = Number(request.query.get("page") ?? 1);
            const pageSize = Number(request.query.get("page_size") ?? 100);
            const data = instances.slice((page - 1) * pageSize, page * pageSize);
            const pages = Math.max(1, Math.ceil(instances.length / pageSize));
            return { status: 200, body: { data, page, pages, results: instances.length } };
          },
        },
        {
          method: "GET",
          path: "/linode/instances/{linodeId}",
          handle(request) {
            const instance = instanceOf(request);
            return instance ? { status: 200, body: instance } : error(404, "Not found");
          },
        },
        {
          method: "GET",
          path: "/linode/instances/{linodeId}/backups",
          handle(request) {
            const instance = instanceOf(request);
            if (!instance) return error(404, "Not found");
            return { status: 200, body: backups.get(instance.id) ?? emptyList() };
          },
        },
        {
          method: "GET",
          path: "/linode/instances/{linodeId}/backups/{backupId}",
          handle(request) {
            const instance = instanceOf(request);
            const list = instance && backups.get(instance.id);
            const id = Number(request.params.backupId);
            const all = list
              ? [...list.automatic, list.snapshot.current, list.snapshot.in_progress]
              : [];
            const backup = all.find((b) => b?.id === id);
            return backup ? { status: 200, body: backup } : error(404, "Not found");
          },
        },
      ]),
    };
  },
};

function emptyList(): BackupList {
  return { automatic: [], snapshot: { current: null, in_progress: null } };
}

function generate(random: Random, count: number) {
  const instances: Instance[] = [];
  const backups = new Map<number, BackupList>();
  if (count === 0) return { instances, backups };

  // Instance 123 carries the API page's own sample as its current snapshot,
  // next to an automatic backup shaped like the page's list example.
  const seedBackup = JSON.parse(
    readFileSync(fixturePath("linode/backup-view.seed.json"), "utf8"),
  ) as Backup;
  instances.push({
    id: 123,
    label: "linode123",
    region: "us-east",
    type: "g6-standard-1",
    status: "running",
    created: "2018-01-01T00:01:01",
    updated: "2018-01-01T00:01:01",
    backups: { enabled: true, available: true, last_successful: "2018-01-14T00:01:01" },
  });
  backups.set(123, {
    automatic: [
      {
        ...seedBackup,
        id: 1233,
        label: null,
        type: "auto",
        created: "2018-01-14T00:01:01",
        updated: "2018-01-14T00:01:01",
        finished: "2018-01-14T00:01:01",
      },
    ],
    snapshot: { current: seedBackup, in_progress: null },
  });

  let nextBackupId = 300_000_000;
  for (let i = 1; i < count; i++) {
    const id = 20_000_000 + i * 1_000 + random.int(0, 999);
    const plan = random.pick(PLANS);
    const region = random.pick(REGIONS);
    const label = `${random.pick(ROLES)}-${region}-${String(i).padStart(3, "0")}`;
    const created = zonelessUtc(NOW - random.int(30, 900) * DAY);
    const disks = [
      { size: plan.diskMb - 512, filesystem: "ext4", label: "Debian 12 Disk" },
      { size: 512, filesystem: "swap", label: "512 MB Swap Image" },
    ];
    const backup = (type: Backup["type"], at: number, status: string): Backup => {
      const time = zonelessUtc(at);
      const done = status === "successful" || status === "failed" || status === "userAborted";
      return {
        id: nextBackupId++,
        label: type === "snapshot" ? `${label}-snapshot` : null,
        type,
        status,
        available: status === "successful",
        created: time,
        updated: zonelessUtc(at + random.int(5, 40) * 60_000),
        // A backup that has not finished sends `finished: null`.
        finished: done ? zonelessUtc(at + random.int(5, 40) * 60_000) : null,
        configs: [`${label} Profile`],
        disks,
      };
    };
    const enabled = random.chance(0.85);
    const list = emptyList();
    if (enabled) {
      for (const daysAgo of [1, 7, 14]) {
        const at = NOW - daysAgo * DAY + random.int(0, 23 * 60) * 60_000;
        const status = random.chance(0.9) ? "successful" : random.pick(["failed", "pending"]);
        list.automatic.push(backup("auto", at, status));
      }
      if (random.chance(0.5)) {
        const status = random.chance(0.9) ? "successful" : "userAborted";
        const at = NOW - random.int(2, 60) * DAY + random.int(0, 24 * 60 - 1) * 60_000;
        list.snapshot.current = backup("snapshot", at, status);
      }
      if (random.chance(0.1)) {
        const status = random.pick(["running", "needsPostProcessing", "paused"]);
        list.snapshot.in_progress = backup("snapshot", NOW - random.int(0, 3600) * 1000, status);
      }
      backups.set(id, list);
    }
    const lastSuccessful = list.automatic.find((b) => b.status === "successful")?.created ?? null;
    instances.push({
      id,
      label,
      region,
      type: plan.type,
      status: random.chance(0.9) ? "running" : "offline",
      created,
      updated: created,
      backups: { enabled, available: enabled, last_successful: lastSuccessful },
    });
  }
  return { instances, backups };
}
