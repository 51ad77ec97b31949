/**
 * Rate limits: `backupkit list -p linode` against the Linode mock enforcing
 * Linode's rate limit (L requests per clock-aligned window W, with its
 * `X-RateLimit-*` headers), over enough instances that the listing needs
 * about 3×L requests. The limit sets the floor: the last third cannot start
 * before the third window opens, 2·W after the first, and then takes what a
 * third of the listing takes with no limit. Targets: no 429 at all, and the
 * wall time ≤ 1.05× that floor. The same listing against the same mock with
 * no limit, in the same run, gives the unlimited time.
 */
import { type ChildServer, withChildServer } from "../child.js";
import { loadCliMain, type Main, runCli } from "../cli.js";
import { formatCount, formatMs, formatRatio, median, timeOnce } from "../measure.js";
import { ownScript } from "../paths.js";
import { type SuiteResult, table } from "../report.js";

const INSTANCES = 70;
const LATENCY_MS = 20;
const WINDOW_MS = 2000;
const RUNS = 3;
const TARGET = 1.05;

interface MockStats {
  requests: number;
  limited: number;
  failures: number;
}

interface Listing {
  ms: number;
  requests: number;
  limited: number;
}

/** One `backupkit list -p linode` against `mock`, started just after a window opens. */
async function listOnce(main: Main, mock: ChildServer): Promise<Listing> {
  const env = { LINODE_TOKEN: mock.info.token as string, BACKUPKIT_LINODE_BASE_URL: mock.baseUrl };
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS - (Date.now() % WINDOW_MS) + 2));
  const before = await mock.ask<MockStats>("stats");
  let result: Awaited<ReturnType<typeof runCli>> | undefined;
  const ms = await timeOnce(async () => {
    result = await runCli(main, ["list", "--provider", "linode"], env);
  });
  const after = await mock.ask<MockStats>("stats");
  if (result?.code !== 0 || after.failures > 0) {
    throw new Error(`backupkit list failed: exit ${result?.code}: ${result?.stderr.text}`);
  }
  return {
    ms,
    requests: after.requests - before.requests,
    limited: after.limited - before.limited,
  };
}

export async function run(): Promise<SuiteResult> {
  const main = await loadCliMain();
  const mockArgs = [String(INSTANCES), String(LATENCY_MS)];
  const free = await withChildServer(
    ownScript("servers/mock-linode.js"),
    mockArgs,
    async (mock) => {
      await listOnce(main, mock); // warm-up
      const runs: Listing[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await listOnce(main, mock));
      return runs;
    },
  );
  const requests = median(free.map((r) => r.requests));
  const limit = Math.ceil(requests / 3);
  const limitedArgs = [...mockArgs, String(limit), String(WINDOW_MS)];
  const paced = await withChildServer(
    ownScript("servers/mock-linode.js"),
    limitedArgs,
    async (mock) => {
      const runs: Listing[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await listOnce(main, mock));
      return runs;
    },
  );

  const freeMs = median(free.map((r) => r.ms));
  const windows = Math.ceil(requests / limit);
  const floorMs = (windows - 1) * WINDOW_MS + freeMs / windows;
  const pacedMs = median(paced.map((r) => r.ms));
  const limited = paced.reduce((sum, r) => sum + r.limited, 0);
  const ratio = pacedMs / floorMs;
  const rows = [
    ["no limit (baseline)", formatMs(freeMs), formatCount(requests), "0", ""],
    ...paced.map((r, i) => [
      `limit ${limit} per ${formatMs(WINDOW_MS)}, run ${i + 1}`,
      formatMs(r.ms),
      formatCount(r.requests),
      formatCount(r.limited),
      formatRatio(r.ms / floorMs),
    ]),
  ];
  const markdown = [
    `\`backupkit list --provider linode\` (default concurrency 8, run in this process through the CLI's \`main()\`) against the Linode mock of \`@backupkit/mock-providers\` with ${INSTANCES} instances and ${LATENCY_MS} ms added to every response, in its own process. First against the mock with no limit (1 warm-up run, then ${RUNS}): one listing makes ${formatCount(requests)} requests in ${formatMs(freeMs)}. Then against the same mock enforcing Linode's rate limit at L = ${limit} requests per ${formatMs(WINDOW_MS)} window (windows aligned to the clock; \`X-RateLimit-Limit\`, \`-Remaining\`, and \`-Reset\` as the epoch second, on every answer; 429 with \`Retry-After\` over the limit), so the listing needs ${windows} windows; each run starts just after a window opens.`,
    "",
    `The floor the limit sets: the last requests cannot go before window ${windows} opens, ${formatMs((windows - 1) * WINDOW_MS)} after the first, and then take what a ${windows === 3 ? "third" : `1/${windows}`} of the listing takes with no limit: ${formatMs((windows - 1) * WINDOW_MS)} + ${formatMs(freeMs / windows)} = ${formatMs(floorMs)}.`,
    "",
    table(["listing", "wall time", "requests", "429s", "vs floor"], rows),
    "",
    `Targets: no 429 (**${formatCount(limited)}** over ${RUNS} runs); the median wall time ≤ ${TARGET}× the floor (**${formatRatio(ratio)}**).`,
  ].join("\n");
  return {
    id: "rate-limit",
    title: "Rate limits",
    targets: [
      {
        figure: `rate limit: 429s drawn by a listing of ${formatCount(requests)} requests at ${limit} per ${formatMs(WINDOW_MS)}`,
        target: "0",
        measured: formatCount(limited),
        met: limited === 0,
      },
      {
        figure: "rate limit: wall time vs the floor the limit sets",
        target: `≤ ${TARGET}×`,
        measured: `${formatRatio(ratio)} (${formatMs(pacedMs)} vs ${formatMs(floorMs)})`,
        met: ratio <= TARGET,
      },
    ],
    markdown,
  };
}
