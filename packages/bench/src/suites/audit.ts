/**
 * Audit at scale: `backupkit audit` against the five mocks' audit fleets
 * scaled to 10,000 resources (2,000 per provider), timed against `backupkit
 * list` over the same fleet; budget ≤ 1.2× list's wall time. Then memory:
 * the audit folds backups into per-resource state as they stream, so the
 * heap it holds must not grow with the number of backups (a synthetic
 * provider serves 10,000 resources with 5, then 50 backups each).
 */
import { Readable, Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import type { Backup } from "@backupkit/model";
import { audit, DEFAULT_SETTINGS, type ResourceLister, type Source } from "@backupkit/sdk";
import { type ChildServer, withChildServer } from "../child.js";
import {
  collectGarbage,
  formatMb,
  formatMs,
  formatRatio,
  MB,
  median,
  timeOnce,
} from "../measure.js";
import { ownScript, repoPath } from "../paths.js";
import { type SuiteResult, table } from "../report.js";

const PER_PROVIDER = 2000;
const RUNS = 3;
const TARGET = 1.2;
const SYNTHETIC_RESOURCES = 10_000;
const FEW = 5;
const MANY = 50;
/** Retained-heap difference between 5 and 50 backups per resource that still counts as flat. */
const FLAT_BYTES = 8 * MB;

type Main = (
  argv: string[],
  io: {
    stdin: Readable;
    stdout: Writable;
    stderr: Writable;
    env: Record<string, string | undefined>;
  },
) => Promise<number>;

class Sink extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export async function run(): Promise<SuiteResult> {
  const timing = await withChildServer(
    ownScript("servers/audit-fleet.js"),
    [String(PER_PROVIDER), "0"],
    measureTimes,
  );
  const memory = await measureMemory();
  const ratio = timing.auditMs / timing.listMs;
  const flat = memory.manyBytes - memory.fewBytes < FLAT_BYTES;
  const markdown = [
    `\`backupkit audit\` and \`backupkit list\` (default \`--concurrency 8\`, output into a sink) against the five mock providers' audit fleets with ${PER_PROVIDER.toLocaleString("en-US")} resources each (${(PER_PROVIDER * 5).toLocaleString("en-US")} in all, a daily backup series per protected resource); the mocks run in their own process and validate every response against the specs. Both commands run in-process through the CLI's \`main()\`, alternately, median of ${RUNS} after one warm-up each.`,
    "",
    "The audit reads what `list` reads plus each provider's resource list (Linode's and OnApp's are the lists `list` walks anyway; CBR's vaults, Z.com's servers, Northflank's projects and addons are extra pages), and Northflank backup schedules only for addons without a backup.",
    "",
    table(
      ["figure", "value"],
      [
        ["`backupkit list` wall time (median)", formatMs(timing.listMs)],
        ["`backupkit audit` wall time (median)", formatMs(timing.auditMs)],
        ["audit ÷ list", `**${formatRatio(ratio)}**`],
        ["requests: list / audit", `${timing.listRequests} / ${timing.auditRequests}`],
        [
          `heap held after GC, mid-audit, ${SYNTHETIC_RESOURCES.toLocaleString("en-US")} resources × ${FEW} backups`,
          formatMb(memory.fewBytes),
        ],
        [
          `the same × ${MANY} backups (${(SYNTHETIC_RESOURCES * MANY).toLocaleString("en-US")} backups)`,
          `${formatMb(memory.manyBytes)} (${memory.manyBytes >= memory.fewBytes ? "+" : ""}${formatMb(memory.manyBytes - memory.fewBytes)})`,
        ],
      ],
    ),
    "",
    `Budget: audit ≤ ${TARGET}× list; memory flat (heap held grows less than ${formatMb(FLAT_BYTES)} from ${FEW} to ${MANY} backups per resource).`,
  ].join("\n");
  return {
    id: "audit",
    title: "Audit at scale",
    targets: [
      {
        figure: "audit ÷ list over 10,000 resources",
        target: `≤ ${TARGET}×`,
        measured: formatRatio(ratio),
        met: ratio <= TARGET,
      },
      {
        figure: "heap held: 50 vs 5 backups per resource",
        target: `< +${formatMb(FLAT_BYTES)}`,
        measured: `${memory.manyBytes >= memory.fewBytes ? "+" : ""}${formatMb(memory.manyBytes - memory.fewBytes)}`,
        met: flat,
      },
    ],
    markdown,
  };
}

async function measureTimes(mock: ChildServer) {
  const { main } = (await import(pathToFileURL(repoPath("packages/cli/dist/main.js")).href)) as {
    main: Main;
  };
  const env = mock.info.env as Record<string, string>;
  const once = async (args: string[], expected: number) => {
    const stdout = new Sink();
    const stderr = new Sink();
    const before = await mock.ask<{ requests: number; failures: number }>("stats");
    let code = -1;
    collectGarbage();
    const ms = await timeOnce(async () => {
      code = await main(args, { stdin: Readable.from([]), stdout, stderr, env });
    });
    const after = await mock.ask<{ requests: number; failures: number }>("stats");
    if (code !== expected || after.failures > 0) {
      throw new Error(
        `backupkit ${args[0]} failed: exit ${code}, mock failures ${after.failures}: ${stderr.text.slice(0, 500)}`,
      );
    }
    return { ms, requests: after.requests - before.requests };
  };
  const list = ["list"];
  // The fleet fails controls on purpose: the audit exits 4.
  const auditArgs = ["audit", "--format", "json"];
  await once(list, 0);
  await once(auditArgs, 4);
  const lists: { ms: number; requests: number }[] = [];
  const audits: { ms: number; requests: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    lists.push(await once(list, 0));
    audits.push(await once(auditArgs, 4));
  }
  return {
    listMs: median(lists.map((r) => r.ms)),
    auditMs: median(audits.map((r) => r.ms)),
    listRequests: median(lists.map((r) => r.requests)),
    auditRequests: median(audits.map((r) => r.requests)),
  };
}

/** The most heap held (after GC) at any point of an audit of a synthetic provider. */
async function heldDuringAudit(backupsPerResource: number): Promise<number> {
  let held = 0;
  const sample = () => {
    collectGarbage();
    held = Math.max(held, process.memoryUsage().heapUsed);
  };
  const at = Date.now();
  const lister: ResourceLister = {
    id: "linode",
    async *list() {
      for (let start = 0; start < SYNTHETIC_RESOURCES; start += 500) {
        const resources = Array.from({ length: 500 }, (_, i) => ({
          provider: "linode" as const,
          type: "linode",
          id: String(start + i),
          name: `r-${start + i}`,
          backupsEnabled: true,
        }));
        yield { resources };
      }
      for (let r = 0; r < SYNTHETIC_RESOURCES; r++) {
        const backups: Backup[] = [];
        for (let b = 0; b < backupsPerResource; b++) backups.push(backupOf(r, b, at));
        yield { backups };
        if (r % 1000 === 0) sample();
      }
      sample();
    },
  };
  const report = await audit(
    [{ source: { id: "linode" } as Source, config: { baseUrl: undefined, values: {} } }],
    { at: new Date(at), defaults: DEFAULT_SETTINGS },
    { concurrency: 1, timeoutSeconds: 1, maxAttempts: 1, listers: { linode: lister } },
  );
  if (report.summary.resources !== SYNTHETIC_RESOURCES)
    throw new Error("the synthetic audit lost resources");
  return held;
}

async function measureMemory() {
  await heldDuringAudit(FEW); // warm-up: compiled code and caches
  const fewBytes = await heldDuringAudit(FEW);
  const manyBytes = await heldDuringAudit(MANY);
  return { fewBytes, manyBytes };
}

function backupOf(resource: number, index: number, at: number): Backup {
  const created = new Date(at - (index + 1) * 3_600_000).toISOString();
  return {
    provider: "linode",
    id: `${resource}-${index}`,
    name: null,
    status: "available",
    providerStatus: "successful",
    restorable: true,
    trigger: "automatic",
    kind: "full",
    resource: { type: "linode", id: String(resource), name: null, ref: String(resource) },
    parentId: null,
    createdAt: created,
    completedAt: created,
    updatedAt: created,
    expiresAt: null,
    sizeBytes: 1_000_000,
    resourceSizeBytes: null,
    raw: { padding: "x".repeat(200) },
    ref: `${resource}/${resource}-${index}`,
  };
}
