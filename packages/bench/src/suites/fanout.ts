/**
 * Fan-out: `backupkit list` over 1,000 Linode instances whose mock answers
 * every request after 20 ms, at the default concurrency. The baseline is the
 * ideal wall time, instances × latency ÷ concurrency; the budget is ≤ 1.15×
 * of it, with memory flat from run to run.
 *
 * The command runs in this process through the CLI's `main()`, the same
 * function `bin/backupkit.js` calls: what is timed is the fan-out, not Node's
 * start-up, and this process can read its own RSS and heap between runs to
 * see whether memory stays flat. The mock runs in another process, so its
 * work (spec validation of every response) does not share this event loop. A
 * subprocess run of the real binary is timed too, for reference.
 */
import { spawn } from "node:child_process";
import { Readable } from "node:stream";
import { type ChildServer, withChildServer } from "../child.js";
import { loadCliMain, Sink } from "../cli.js";
import {
  collectGarbage,
  formatMb,
  formatMs,
  formatRatio,
  MB,
  median,
  RssSampler,
  rssBytes,
  timeOnce,
} from "../measure.js";
import { ownScript, repoPath } from "../paths.js";
import { type SuiteResult, table } from "../report.js";

const INSTANCES = 1000;
const LATENCY_MS = 20;
/** The CLI's default `--concurrency`. */
const CONCURRENCY = 8;
const WARMUP = 1;
const RUNS = 5;
const SUBPROCESS_RUNS = 3;
const TARGET = 1.15;
/** Heap growth after GC across the measured runs that still counts as flat. */
const FLAT_HEAP_BYTES = 4 * MB;
/** undici's timers tick about every 500 ms (`lib/util/timers.js`): past two ticks. */
const MEMORY_SETTLE_MS = 1_100;

interface MockStats {
  requests: number;
  failures: number;
  maxInFlight: number;
}

/**
 * Wraps `globalThis.fetch` (the CLI's bounded fetch looks it up per request)
 * to add up how long requests were in flight, up to their response headers.
 */
class FetchMeter {
  busyMs = 0;
  count = 0;
  private readonly original = globalThis.fetch;

  install(): void {
    const original = this.original;
    globalThis.fetch = async (input, init) => {
      const start = performance.now();
      try {
        return await original(input, init);
      } finally {
        this.busyMs += performance.now() - start;
        this.count++;
      }
    };
  }

  uninstall(): void {
    globalThis.fetch = this.original;
  }

  /** Mean time to response headers, and the share of the pool's slot time spent waiting on one. */
  figures(wallMs: number): { meanMs: number; utilisation: number } {
    return {
      meanMs: this.busyMs / this.count,
      utilisation: this.busyMs / (wallMs * CONCURRENCY),
    };
  }
}

interface RunFigures {
  ms: number;
  meanFetchMs: number;
  utilisation: number;
  requests: number;
  outputBytes: number;
  peakRss: number;
}

export async function run(): Promise<SuiteResult> {
  const args = [String(INSTANCES), String(LATENCY_MS)];
  return withChildServer(ownScript("servers/mock-linode.js"), args, measure);
}

async function measure(mock: ChildServer): Promise<SuiteResult> {
  const main = await loadCliMain();
  const env = {
    LINODE_TOKEN: mock.info.token as string,
    BACKUPKIT_LINODE_BASE_URL: mock.baseUrl,
  };
  const args = ["list", "--provider", "linode"];

  const once = async (): Promise<RunFigures> => {
    const stdout = new Sink(false);
    const stderr = new Sink(true);
    const before = await mock.ask<MockStats & { type: string }>("stats");
    const sampler = new RssSampler();
    collectGarbage();
    sampler.start();
    let code = -1;
    const meter = new FetchMeter();
    meter.install();
    const ms = await timeOnce(async () => {
      code = await main(args, { stdin: Readable.from([]), stdout, stderr, env });
    });
    meter.uninstall();
    const peakRss = sampler.stop();
    const after = await mock.ask<MockStats & { type: string }>("stats");
    if (code !== 0 || stderr.text !== "" || after.failures > 0) {
      throw new Error(
        `backupkit list failed: exit ${code}, mock failures ${after.failures}: ${stderr.text}`,
      );
    }
    const { meanMs, utilisation } = meter.figures(ms);
    return {
      ms,
      meanFetchMs: meanMs,
      utilisation,
      requests: after.requests - before.requests,
      outputBytes: stdout.bytes,
      peakRss,
    };
  };

  const raw = async () => {
    const meter = new FetchMeter();
    meter.install();
    const ms = await timeOnce(() => rawFanOut(mock.baseUrl, env.LINODE_TOKEN));
    meter.uninstall();
    return { ms, ...meter.figures(ms) };
  };
  const rssAtStart = rssBytes();
  for (let i = 0; i < WARMUP; i++) {
    await once();
    await raw();
  }
  await settleForMemoryReading();
  const rssAfterWarmup = rssBytes();
  const heapAfterWarmup = process.memoryUsage().heapUsed;
  const runs: RunFigures[] = [];
  const heapAfterRuns: number[] = [];
  const rssAfterRuns: number[] = [];
  const rawRuns: { ms: number; meanMs: number; utilisation: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await once());
    await settleForMemoryReading();
    heapAfterRuns.push(process.memoryUsage().heapUsed);
    rssAfterRuns.push(rssBytes());
    rawRuns.push(await raw());
    collectGarbage();
  }
  const stats = await mock.ask<MockStats & { type: string }>("stats");
  const subprocessMs = await timeSubprocess(env, args);

  const wallMs = median(runs.map((r) => r.ms));
  const requests = median(runs.map((r) => r.requests));
  const idealMs = (INSTANCES * LATENCY_MS) / CONCURRENCY;
  const requestIdealMs = (requests * LATENCY_MS) / CONCURRENCY;
  const ratio = wallMs / idealMs;
  const requestRatio = wallMs / requestIdealMs;
  const rawMs = median(rawRuns.map((r) => r.ms));
  const rawRatio = wallMs / rawMs;
  const rssAfter = rssAfterRuns.at(-1) ?? 0;
  const heapGrowth = (heapAfterRuns.at(-1) ?? 0) - heapAfterWarmup;
  const flat = heapGrowth < FLAT_HEAP_BYTES;
  const peakRss = Math.max(...runs.map((r) => r.peakRss));

  const markdown = [
    `\`backupkit list --provider linode\` (default \`--concurrency ${CONCURRENCY}\`, default table output into a sink) against the Linode mock of \`@backupkit/mock-providers\` with ${INSTANCES} instances and ${LATENCY_MS} ms added to every response; the mock runs in its own process and validates every response against the spec. The command runs in-process through the CLI's \`main()\` (what \`bin/backupkit.js\` calls), so the wall time is the fan-out itself and this process can read its own memory between runs. ${WARMUP} warm-up run, then the median of ${RUNS}.`,
    "",
    `Linode has no account-wide backup list: the command pages through the instances (page size 500) and asks each instance with backups enabled for its backups. The mock enables backups on about 85 % of instances, so one run makes ${requests} requests, fewer than the ${INSTANCES} of the ideal below; the second ideal counts the requests actually made and is the stricter reading.`,
    "",
    table(
      ["figure", "value"],
      [
        ["wall time (median)", formatMs(wallMs)],
        [
          `ideal: ${INSTANCES} instances × ${LATENCY_MS} ms ÷ ${CONCURRENCY}`,
          `${formatMs(idealMs)} → **${formatRatio(ratio)}**`,
        ],
        [
          `ideal by requests made: ${requests} × ${LATENCY_MS} ms ÷ ${CONCURRENCY}`,
          `${formatMs(requestIdealMs)} → **${formatRatio(requestRatio)}**`,
        ],
        [
          `baseline: the same ${requests} requests by raw \`fetch\` + \`JSON.parse\`, ${CONCURRENCY} at a time, pages walked the same way`,
          `${formatMs(rawMs)} → **${formatRatio(rawRatio)}**`,
        ],
        [
          "mean time to response headers: backupkit list / raw fetch",
          `${formatMs(median(runs.map((r) => r.meanFetchMs)))} / ${formatMs(median(rawRuns.map((r) => r.meanMs)))}`,
        ],
        [
          `pool slots busy waiting on a response (of ${CONCURRENCY} × wall time): backupkit list / raw fetch`,
          `${percent(median(runs.map((r) => r.utilisation)))} / ${percent(median(rawRuns.map((r) => r.utilisation)))}`,
        ],
        ["most requests in flight at the mock", String(stats.maxInFlight)],
        ["table output per run", `${(runs[0]?.outputBytes ?? 0).toLocaleString("en-US")} bytes`],
        ["RSS before the first run", formatMb(rssAtStart)],
        ["RSS after the warm-up run (after GC)", formatMb(rssAfterWarmup)],
        [`RSS after run ${RUNS} (after GC)`, formatMb(rssAfter)],
        ["peak RSS during a run", formatMb(peakRss)],
        [
          `heap used after GC, ${formatMs(MEMORY_SETTLE_MS)} after the run (past undici's timer tick): after warm-up → after run ${RUNS}`,
          `${formatMb(heapAfterWarmup)} → ${formatMb(heapAfterRuns.at(-1) ?? 0)} (${heapGrowth >= 0 ? "+" : ""}${formatMb(heapGrowth)})`,
        ],
        [
          `for reference: \`node bin/backupkit.js list\` as a subprocess (median of ${SUBPROCESS_RUNS}, Node start-up included)`,
          formatMs(subprocessMs),
        ],
      ],
    ),
    "",
    `Budget: wall time ≤ ${TARGET}× the ideal; memory flat (heap after GC grows less than ${formatMb(FLAT_HEAP_BYTES)} over ${RUNS} runs).`,
  ].join("\n");
  return {
    id: "fanout",
    title: "Fan-out",
    targets: [
      {
        figure: `fan-out: list over ${INSTANCES} Linodes at ${LATENCY_MS} ms, vs instances × latency ÷ concurrency`,
        target: `≤ ${TARGET}×`,
        measured: formatRatio(ratio),
        met: ratio <= TARGET,
      },
      {
        figure: "fan-out, stricter: vs requests made × latency ÷ concurrency",
        target: `≤ ${TARGET}×`,
        measured: formatRatio(requestRatio),
        met: requestRatio <= TARGET,
      },
      {
        figure: "fan-out vs a raw fetch fan-out over the same requests",
        target: "(no budget)",
        measured: formatRatio(rawRatio),
        met: null,
      },
      {
        figure: "fan-out memory: heap after GC across runs",
        target: "flat",
        measured: `${heapGrowth >= 0 ? "+" : ""}${formatMb(heapGrowth)} over ${RUNS} runs; RSS ${formatMb(rssAfterWarmup)} → ${formatMb(rssAfter)}`,
        met: flat,
      },
    ],
    markdown,
  };
}

/**
 * Waits past undici's timer ticks, then collects garbage. A reading taken at
 * once swung by about 4 MB from run to run (12.5 or 16.9 MB after the same
 * run); one taken 0.6 s or more later does not (11.1–11.4 MB over 12 runs).
 * undici drops a finished request's timers only on its next tick, about
 * every 500 ms, so something a request holds stays reachable until then.
 */
async function settleForMemoryReading(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, MEMORY_SETTLE_MS));
  collectGarbage();
}

/**
 * What the mock and the network allow: the requests `backupkit list` makes,
 * made by bare `fetch` + `JSON.parse` through a FIFO pool of the same size.
 * Instance pages are walked in turn and each instance's request is queued as
 * its page arrives, as the CLI does; nothing is converted or rendered.
 */
async function rawFanOut(baseUrl: string, token: string): Promise<void> {
  const headers = { Authorization: `Bearer ${token}` };
  const limit = pool(CONCURRENCY);
  const get = (path: string) =>
    limit(async () => {
      const response = await fetch(`${baseUrl}${path}`, { headers });
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
      return JSON.parse(await response.text()) as Record<string, unknown>;
    });
  interface InstancePage {
    data: { id: number; backups?: { enabled?: boolean } }[];
    page: number;
    pages: number;
  }
  const pending: Promise<unknown>[] = [];
  for (let page = 1; ; page++) {
    const body = (await get(
      `/linode/instances?page=${page}&page_size=500`,
    )) as unknown as InstancePage;
    for (const instance of body.data) {
      if (instance.backups?.enabled === false) continue;
      pending.push(get(`/linode/instances/${instance.id}/backups`));
    }
    if (body.page >= body.pages) break;
  }
  await Promise.all(pending);
}

/** At most `size` tasks at once, started in the order they were queued. */
function pool(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    active--;
    queue.shift()?.();
  };
  return (task) =>
    new Promise((resolve, reject) => {
      const start = () => {
        active++;
        task().then(resolve, reject).finally(release);
      };
      if (active < size) start();
      else queue.push(start);
    });
}

function percent(share: number): string {
  return `${(share * 100).toFixed(0)} %`;
}

/** Median wall time of the real binary in a subprocess, Node's start-up included. */
async function timeSubprocess(env: Record<string, string>, args: string[]): Promise<number> {
  const bin = repoPath("packages/cli/bin/backupkit.js");
  const times: number[] = [];
  for (let i = 0; i < SUBPROCESS_RUNS; i++) {
    times.push(
      await timeOnce(
        () =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(process.execPath, [bin, ...args], {
              env: { PATH: process.env.PATH, ...env },
              stdio: ["ignore", "ignore", "inherit"],
            });
            child.on("error", reject);
            child.on("exit", (code) =>
              code === 0 ? resolve() : reject(new Error(`backupkit exited with ${code}`)),
            );
          }),
      ),
    );
  }
  return median(times);
}
