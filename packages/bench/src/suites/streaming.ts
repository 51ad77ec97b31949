/**
 * Streaming: 100,000 Northflank backups over 1,000 pages through the
 * `listAllBackups` async iterator of @backupkit/northflank, from a page server
 * in another process. The baseline is a bare `fetch` loop following the same
 * cursors; the budgets are throughput ≥ 0.8× the baseline and peak RSS growth
 * under 64 MB (one page in memory at a time, whatever the list's length).
 */
import { createNorthflankClient, listAllBackups, type paths } from "@backupkit/northflank";
import createClient from "openapi-fetch";
import { withChildServer } from "../child.js";
import {
  collectGarbage,
  formatCount,
  formatKb,
  formatMb,
  formatMs,
  formatRatio,
  MB,
  median,
  RssSampler,
  rssBytes,
} from "../measure.js";
import { ownScript } from "../paths.js";
import { type SuiteResult, table } from "../report.js";
import { NORTHFLANK_DESTINATION, NORTHFLANK_PER_PAGE } from "../servers/shared.js";

const PAGES = 1000;
const BACKUPS = PAGES * NORTHFLANK_PER_PAGE;
const WARMUP = 1;
const RUNS = 3;
const THROUGHPUT_TARGET = 0.8;
const RSS_TARGET = 64 * MB;
const TOKEN = "bench-token";

interface Walk {
  name: string;
  /** Reads every backup once; returns how many it saw. */
  run: () => Promise<number>;
}

interface WalkFigures {
  ms: number;
  rssGrowth: number;
}

export async function run(): Promise<SuiteResult> {
  const args = [String(PAGES), String(NORTHFLANK_PER_PAGE)];
  return withChildServer(ownScript("servers/northflank-pages.js"), args, (server) =>
    measure(server.baseUrl, server.info.pageBytes as number),
  );
}

async function measure(baseUrl: string, pageBytes: number): Promise<SuiteResult> {
  const headers = { Authorization: `Bearer ${TOKEN}` };
  const listUrl = `${baseUrl}/v1/backup-destinations/${NORTHFLANK_DESTINATION}/backups`;
  const client = createNorthflankClient({ token: TOKEN, baseUrl });
  const bare = createClient<paths>({ baseUrl, headers });

  const walks: Walk[] = [
    {
      name: "raw `fetch` + `JSON.parse` loop (baseline)",
      run: async () => {
        let seen = 0;
        let cursor: string | undefined;
        for (;;) {
          const query = `per_page=${NORTHFLANK_PER_PAGE}${cursor ? `&cursor=${cursor}` : ""}`;
          const response = await fetch(`${listUrl}?${query}`, { headers });
          if (!response.ok) throw new Error(`status ${response.status}`);
          const body = JSON.parse(await response.text()) as {
            data: unknown[];
            pagination: { hasNextPage: boolean; cursor?: string };
          };
          for (const backup of body.data) if (backup) seen++;
          if (!body.pagination.hasNextPage) return seen;
          cursor = body.pagination.cursor;
        }
      },
    },
    {
      name: "`listAllBackups` async iterator",
      run: async () => {
        let seen = 0;
        for await (const backup of listAllBackups(client, {
          backupDestinationId: NORTHFLANK_DESTINATION,
        })) {
          if (backup) seen++;
        }
        return seen;
      },
    },
    {
      name: "diagnostic: openapi-fetch alone (no @backupkit/http transport), same loop as the baseline",
      run: async () => {
        let seen = 0;
        let cursor: string | undefined;
        for (;;) {
          const { data } = await bare.GET("/v1/backup-destinations/{backupDestinationId}/backups", {
            params: {
              path: { backupDestinationId: NORTHFLANK_DESTINATION },
              query: { per_page: NORTHFLANK_PER_PAGE, ...(cursor ? { cursor } : {}) },
            },
          });
          if (!data) throw new Error("no page");
          for (const backup of data.data) if (backup) seen++;
          if (!data.pagination.hasNextPage) return seen;
          cursor = data.pagination.cursor;
        }
      },
    },
  ];

  const once = async (walk: Walk): Promise<WalkFigures> => {
    collectGarbage();
    const start = rssBytes();
    const sampler = new RssSampler();
    sampler.start();
    const began = performance.now();
    const seen = await walk.run();
    const ms = performance.now() - began;
    const peak = sampler.stop();
    if (seen !== BACKUPS) throw new Error(`${walk.name} saw ${seen} backups, not ${BACKUPS}`);
    return { ms, rssGrowth: peak - start };
  };

  const figures = new Map<string, WalkFigures[]>(walks.map((w) => [w.name, []]));
  for (let round = 0; round < WARMUP + RUNS; round++) {
    for (const walk of walks) {
      const result = await once(walk);
      if (round >= WARMUP) figures.get(walk.name)?.push(result);
    }
  }

  const summary = walks.map((walk) => {
    const runs = figures.get(walk.name) ?? [];
    const ms = median(runs.map((r) => r.ms));
    return {
      name: walk.name,
      ms,
      perSecond: BACKUPS / (ms / 1000),
      worstRssGrowth: Math.max(...runs.map((r) => r.rssGrowth)),
    };
  });
  const [baseline, iterator] = summary as [(typeof summary)[0], (typeof summary)[0]];
  const pageCost = (ms: number) => formatMs((ms - baseline.ms) / PAGES);
  const ratio = iterator.perSecond / baseline.perSecond;

  const markdown = [
    `${formatCount(BACKUPS)} backups over ${PAGES} pages of ${NORTHFLANK_PER_PAGE} (about ${formatKb(pageBytes)} of JSON per page), each page generated on request from its own seed by a keep-alive server forked into its own process, linked by \`pagination.cursor\`. Both walks follow the cursors to the end and touch every backup; neither converts. Median of ${RUNS} runs after ${WARMUP} warm-up round, interleaved. RSS growth is the peak RSS during a run (sampled every 5 ms) minus the RSS at its start, after a forced GC; the worst run is reported.`,
    "",
    table(
      [
        "walk",
        "wall time",
        "backups/s",
        "vs baseline",
        "added per page",
        "peak RSS growth (worst run)",
      ],
      summary.map((s) => [
        s.name,
        formatMs(s.ms),
        formatCount(s.perSecond),
        formatRatio(s.perSecond / baseline.perSecond),
        s === baseline ? "" : pageCost(s.ms),
        formatMb(s.worstRssGrowth),
      ]),
    ),
    "",
    `Budgets: the iterator's throughput ≥ ${THROUGHPUT_TARGET}× the baseline's: **${formatRatio(ratio)}**; its peak RSS growth < ${formatMb(RSS_TARGET)}: **${formatMb(iterator.worstRssGrowth)}**.`,
  ].join("\n");
  return {
    id: "streaming",
    title: "Streaming",
    targets: [
      {
        figure: `streaming: ${formatCount(BACKUPS)} Northflank backups via listAllBackups vs raw fetch loop`,
        target: `≥ ${THROUGHPUT_TARGET}× throughput`,
        measured: formatRatio(ratio),
        met: ratio >= THROUGHPUT_TARGET,
      },
      {
        figure: "streaming: peak RSS growth of the iterator",
        target: `< ${formatMb(RSS_TARGET)}`,
        measured: formatMb(iterator.worstRssGrowth),
        met: iterator.worstRssGrowth < RSS_TARGET,
      },
    ],
    markdown,
  };
}
