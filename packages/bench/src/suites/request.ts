/**
 * Request overhead: sequential GETs of one backup from a keep-alive server in
 * another process, through each way of calling the API. The baseline is a bare
 * `fetch` + `JSON.parse`; the budget is on the backupkit client with `unwrap`
 * and `fromLinode`, at ≥ 0.75× the baseline's throughput (the goal stays
 * 0.85×). CPU time per request (`process.cpuUsage()` over each run) is
 * reported beside throughput: on a shared machine it moves less than wall time.
 */
import { createLinodeClient, type paths, unwrap } from "@backupkit/linode";
import { fromLinode } from "@backupkit/model";
import * as linodeSdk from "@linode/api-v4";
import axios, { type AxiosInstance } from "axios";
import createClient from "openapi-fetch";
import { withChildServer } from "../child.js";
import {
  type Contender,
  formatCount,
  formatMs,
  formatRatio,
  median,
  timeInterleaved,
} from "../measure.js";
import { ownScript } from "../paths.js";
import { type SuiteResult, table } from "../report.js";
import { LINODE_BACKUPS_PATH, LINODE_INSTANCE_ID } from "../servers/shared.js";

const REQUESTS_PER_RUN = 200;
const WARMUP_ROUNDS = 1;
const RUNS = 21;
/** Issue 19: done at 0.75×; the goal stays 0.85×. */
const TARGET = 0.75;
const GOAL = 0.85;
const TOKEN = "bench-token";
/** Where @linode/api-v4 sends every request; rewritten to the loopback server. */
const LINODE_API_ROOT = "https://api.linode.com/v4";

/**
 * The part of the official SDK used here. Its declaration files import without
 * file extensions, which NodeNext resolution cannot follow, so most exports
 * are invisible to the type checker; the runtime module has them.
 */
const sdk = linodeSdk as unknown as {
  baseRequest: AxiosInstance;
  setToken(token: string): number;
  getLinodeBackups(linodeId: number): Promise<unknown>;
};

export async function run(): Promise<SuiteResult> {
  return withChildServer(ownScript("servers/linode-backup.js"), [], (server) =>
    measure(server.baseUrl, server.info.bodyBytes as number),
  );
}

async function measure(baseUrl: string, bodyBytes: number): Promise<SuiteResult> {
  const url = `${baseUrl}${LINODE_BACKUPS_PATH}`;
  const headers = { Authorization: `Bearer ${TOKEN}` };
  const linodeId = LINODE_INSTANCE_ID;

  const client = createLinodeClient({ token: TOKEN, baseUrl });
  const backupsOf = () =>
    client.GET("/linode/instances/{linodeId}/backups", { params: { path: { linodeId } } });

  const bare = createClient<paths>({ baseUrl, headers });
  const axiosClient = axios.create({ baseURL: baseUrl, headers });

  // The official SDK builds absolute URLs on its own API root; point them at the server.
  sdk.setToken(TOKEN);
  sdk.baseRequest.interceptors.request.use((config) => ({
    ...config,
    url: config.url?.replace(LINODE_API_ROOT, baseUrl),
  }));

  // CPU time of this process per request, one figure per run (warm-up included, dropped below).
  const cpuPerRequest = new Map<() => Promise<unknown>, number[]>();
  const sequential = (once: () => Promise<unknown>) => {
    const samples: number[] = [];
    const run = async () => {
      const start = process.cpuUsage();
      for (let i = 0; i < REQUESTS_PER_RUN; i++) await once();
      const used = process.cpuUsage(start);
      samples.push((used.user + used.system) / REQUESTS_PER_RUN);
    };
    cpuPerRequest.set(run, samples);
    return run;
  };
  const contenders: Contender[] = [
    {
      name: "raw `fetch` + `JSON.parse` (baseline)",
      run: sequential(async () => {
        const response = await fetch(url, { headers });
        if (!response.ok) throw new Error(`status ${response.status}`);
        return JSON.parse(await response.text());
      }),
    },
    {
      name: "backupkit: `createLinodeClient` + `unwrap` + `fromLinode`",
      run: sequential(async () => {
        const result = fromLinode(unwrap(await backupsOf()), { linodeId });
        if (result.backups.length !== 1) throw new Error("expected one backup");
        return result;
      }),
    },
    {
      name: "backupkit client + `unwrap`, no conversion",
      run: sequential(async () => unwrap(await backupsOf())),
    },
    {
      name: "openapi-fetch alone (what the backupkit client is built on), no transport",
      run: sequential(async () => {
        const { data } = await bare.GET("/linode/instances/{linodeId}/backups", {
          params: { path: { linodeId } },
        });
        return data;
      }),
    },
    {
      name: "axios",
      run: sequential(async () => (await axiosClient.get(LINODE_BACKUPS_PATH)).data),
    },
    {
      name: "@linode/api-v4 `getLinodeBackups`",
      run: sequential(() => sdk.getLinodeBackups(linodeId)),
    },
  ];

  const times = await timeInterleaved(contenders, { warmup: WARMUP_ROUNDS, runs: RUNS });
  const throughput = (name: string) => REQUESTS_PER_RUN / (median(times.get(name) ?? []) / 1000);
  const [baseline, backupkit] = contenders.map((c) => throughput(c.name)) as [number, number];
  const ratio = backupkit / baseline;
  const cpuMicros = (c: Contender) =>
    median((cpuPerRequest.get(c.run as () => Promise<unknown>) ?? []).slice(WARMUP_ROUNDS));
  const baselineCpu = cpuMicros(contenders[0] as Contender);
  const cpuRatio = baselineCpu / cpuMicros(contenders[1] as Contender);

  const rows = contenders.map((c) => {
    const perSecond = throughput(c.name);
    const perRequestMs = 1000 / perSecond;
    return [
      c.name,
      formatCount(perSecond),
      formatMs(perRequestMs),
      formatRatio(perSecond / baseline),
      `${formatCount(cpuMicros(c))} µs`,
      formatRatio(baselineCpu / cpuMicros(c)),
    ];
  });
  const markdown = [
    `${REQUESTS_PER_RUN} sequential GETs of \`${LINODE_BACKUPS_PATH}\` per run (a ${bodyBytes}-byte list body holding one backup: the API page's sample), from a keep-alive \`node:http\` server forked into its own process. Every client sends the same bearer token and gets the same bytes; the official SDK has no single-backup call, so all of them use the list endpoint. Median of ${RUNS} runs per client after ${WARMUP_ROUNDS} warm-up round; clients interleaved round by round.`,
    "",
    table(
      [
        "client",
        "requests/s",
        "per request",
        "vs baseline",
        "CPU per request (this process)",
        "baseline CPU ÷ this CPU",
      ],
      rows,
    ),
    "",
    `CPU per request is \`process.cpuUsage()\` (user + system) over each run of ${REQUESTS_PER_RUN} requests, median over the runs; the server's CPU is in its own process and not counted. "Baseline CPU ÷ this CPU" reads like throughput: 1.00× costs what raw fetch costs.`,
    "",
    `Budget: backupkit client + \`unwrap\` + \`fromLinode\` ≥ ${TARGET}× the baseline's throughput (goal ${GOAL}×): **${formatRatio(ratio)}**; by CPU per request: **${formatRatio(cpuRatio)}**.`,
  ].join("\n");
  return {
    id: "request",
    title: "Request overhead",
    targets: [
      {
        figure: "request overhead: backupkit client + unwrap + conversion vs raw fetch",
        target: `≥ ${TARGET}× throughput (goal ${GOAL}×)`,
        measured: formatRatio(ratio),
        met: ratio >= TARGET,
      },
      {
        figure: "request overhead by CPU: raw fetch's CPU per request ÷ the client's",
        target: `≥ ${TARGET}× (goal ${GOAL}×)`,
        measured: `${formatRatio(cpuRatio)} (${formatCount(cpuMicros(contenders[1] as Contender))} µs vs ${formatCount(baselineCpu)} µs)`,
        met: cpuRatio >= TARGET,
      },
    ],
    markdown,
  };
}
