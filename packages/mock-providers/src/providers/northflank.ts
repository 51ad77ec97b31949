import { readFileSync } from "node:fs";
import { withSettle } from "../actions.js";
import { hasBearerToken } from "../auth.js";
import { fixturePath } from "../files.js";
import { Random } from "../random.js";
import type { MockProvider, MockProviderDefinition, MockRequest, MockResponse } from "../types.js";
import { northflankActions } from "./northflank-actions.js";

// Northflank mock: the account's backup destinations and each one's backups,
// both paged with `per_page`, `page` and `cursor` like the real API, at the
// account's paths and at the team-scoped `/v1/teams/{teamId}/…` ones. The
// destination list has Northflank's official shape, `{backupDestinations}`
// with no ids; a destination's id is its name slugified. Data: the
// API page's sample backup in the example destination, plus generated
// destinations. `resources` counts generated backups (default 300: 250 in one
// destination, 50 in another; the sample is extra). Backups are generated per
// page from (seed, destination, index), so 100,000 backups cost no memory.

/** A fake token for local testing only: it opens nothing but this mock. */
const TOKEN = "mock-northflank-token";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** "Now" of the generated data, fixed so every run serves the same backups. */
const NOW = Date.UTC(2025, 0, 15);
/** Northflank's page size when `per_page` is absent. */
const DEFAULT_PER_PAGE = 50;
/** The team the team-scoped paths answer for; any other team has no destinations. */
const TEAM_ID = "mock-team";
/** The destination whose listing shows the backups made through `POST …/addons/{addonId}/backups`. */
const CREATED_INTO = "addon-backups-eu";
/** The weekly destination holds at most a year of backups; the rest go to the hourly one. */
const MAX_WEEKLY = 52;

type Status =
  | "scheduled"
  | "in-progress"
  | "completed"
  | "aborting"
  | "aborted"
  | "failed"
  | "not-supported";
const STATUSES: readonly Status[] = [
  "scheduled",
  "in-progress",
  "completed",
  "aborting",
  "aborted",
  "failed",
  "not-supported",
];

interface Schedule {
  interval: "hourly" | "daily" | "weekly";
  minute: number[];
  hour?: number[];
  day?: number[];
}

interface Addon {
  project: { id: string; name: string };
  addon: { id: string; name: string };
  addonType: string;
  addonVersion: string;
  /** Size of a full backup of this addon, in bytes, before day-to-day variation. */
  sizeBytes: number;
}

/** A generated destination: its id, what the list endpoint shows, and how its backups are made. */
interface Destination {
  id: string;
  summary: Record<string, unknown>;
  count: number;
  backupAt(index: number): unknown;
}

const ADDONS: readonly Addon[] = [
  {
    project: { id: "shop-production", name: "Shop Production" },
    addon: { id: "orders-db", name: "orders-db" },
    addonType: "postgresql",
    addonVersion: "16.4.0",
    sizeBytes: 6_442_450_944,
  },
  {
    project: { id: "shop-production", name: "Shop Production" },
    addon: { id: "sessions-cache", name: "sessions-cache" },
    addonType: "redis",
    addonVersion: "7.2.5",
    sizeBytes: 268_435_456,
  },
  {
    project: { id: "analytics", name: "Analytics" },
    addon: { id: "events-store", name: "events-store" },
    addonType: "mongodb",
    addonVersion: "7.0.12",
    sizeBytes: 21_474_836_480,
  },
];

export const northflankMock: MockProviderDefinition = {
  id: "northflank",
  create({ seed, resources = 300, paceMs = 50 }): MockProvider {
    if (!Number.isInteger(resources) || resources < 0) {
      throw new TypeError(
        `northflank mock: resources must be a whole number ≥ 0, got ${resources}`,
      );
    }
    const destinations = generate(seed, resources);
    const error = (status: number, message: string): MockResponse => ({
      status,
      body: { error: { status, message, id: errorId(status) } },
      ...(status === 429
        ? {
            headers: {
              "x-ratelimit-limit": "1000",
              "x-ratelimit-remaining": "0",
              "x-ratelimit-reset": "1",
            },
          }
        : {}),
    });
    const actions = northflankActions(ADDONS, (id) => findListed(destinations, id), error, paceMs);
    function listDestinations(request: MockRequest): MockResponse {
      const page = pageOf(request, "destinations", destinations.length);
      if ("problem" in page) return error(400, page.problem);
      const backupDestinations = destinations.slice(page.start, page.end).map((d) => d.summary);
      return { status: 200, body: { data: { backupDestinations }, pagination: page.pagination } };
    }
    function listBackups(request: MockRequest): MockResponse {
      const id = request.params.backupDestinationId;
      const destination = destinations.find((d) => d.id === id);
      if (!destination) return error(404, "Backup destination not found");
      // Backups made through the actions go to the addons' destination, newest first.
      const made = id === CREATED_INTO ? actions.created() : [];
      const page = pageOf(request, `backups:${id}`, made.length + destination.count);
      if ("problem" in page) return error(400, page.problem);
      const data = [];
      for (let i = page.start; i < page.end; i++) {
        data.push(i < made.length ? made[i] : destination.backupAt(i - made.length));
      }
      return { status: 200, body: { data, pagination: page.pagination } };
    }
    const inTeam = (request: MockRequest) => request.params.teamId === TEAM_ID;
    const teamNotFound = () => error(404, "Team not found");
    return {
      credentials: { token: TOKEN },
      authorize(request) {
        return hasBearerToken(request, TOKEN)
          ? null
          : error(401, "Unauthorized: the API token is missing, invalid or expired");
      },
      error,
      routes: withSettle(actions.settle, [
        ...actions.routes,
        { method: "GET", path: "/v1/backup-destinations", handle: listDestinations },
        {
          method: "GET",
          path: "/v1/teams/{teamId}/backup-destinations",
          handle: (request) => (inTeam(request) ? listDestinations(request) : teamNotFound()),
        },
        {
          method: "GET",
          path: "/v1/backup-destinations/{backupDestinationId}/backups",
          handle: listBackups,
        },
        {
          method: "GET",
          path: "/v1/teams/{teamId}/backup-destinations/{backupDestinationId}/backups",
          handle: (request) => (inTeam(request) ? listBackups(request) : teamNotFound()),
        },
      ]),
    };
  },
};

/** A generated backup by id: the ids name their index (`…-000042`), so no list is scanned. */
function findListed(destinations: readonly Destination[], id: string) {
  const index = Number(/-(\d{6})$/.exec(id)?.[1] ?? Number.NaN);
  if (!Number.isInteger(index)) return undefined;
  for (const destination of destinations) {
    if (index >= destination.count) continue;
    const backup = destination.backupAt(index) as Record<string, unknown>;
    if (backup.id === id) return backup;
  }
  return undefined;
}

function errorId(status: number): string {
  const ids: Record<number, string> = {
    400: "bad-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    429: "rate-limited",
  };
  return ids[status] ?? (status >= 500 ? "internal-error" : "request-failed");
}

interface Page {
  start: number;
  end: number;
  pagination: { hasNextPage: boolean; cursor?: string; count: number };
}

/**
 * The slice a request asks for. `cursor` (from the previous page) wins over
 * `page`; both count in `per_page` steps. A cursor is opaque to clients: here
 * it encodes the list it belongs to and the offset of the next item.
 */
function pageOf(request: MockRequest, list: string, total: number): Page | { problem: string } {
  const perPage = Number(request.query.get("per_page") ?? DEFAULT_PER_PAGE);
  if (perPage < 1) return { problem: "per_page must be >= 1" };
  const cursor = request.query.get("cursor");
  let start: number;
  if (cursor !== null) {
    const offset = decodeCursor(cursor, list);
    if (offset === null || offset > total) return { problem: "cursor is not valid for this list" };
    start = offset;
  } else {
    const page = Number(request.query.get("page") ?? 1);
    if (page < 1) return { problem: "page must be >= 1" };
    start = Math.min(total, (page - 1) * perPage);
  }
  const end = Math.min(total, start + perPage);
  const hasNextPage = end < total;
  return {
    start,
    end,
    pagination: {
      hasNextPage,
      ...(hasNextPage ? { cursor: encodeCursor(list, end) } : {}),
      count: end - start,
    },
  };
}

function encodeCursor(list: string, offset: number): string {
  return Buffer.from(`${list}@${offset}`).toString("base64url");
}

function decodeCursor(cursor: string, list: string): number | null {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^(.+)@(0|[1-9]\d*)$/.exec(text);
  return match && match[1] === list ? Number(match[2]) : null;
}

function generate(seed: number, resources: number): Destination[] {
  const sample = JSON.parse(
    readFileSync(fixturePath("northflank/list-backups.seed.json"), "utf8"),
  ) as { data: unknown[] };
  const weekly = Math.min(MAX_WEEKLY, Math.floor(resources / 6));
  const hourly = resources - weekly;
  return [
    {
      // The list page's own example; its id is the one the "Get backup destination" page shows.
      id: "example-backup-destination",
      summary: { name: "Example Backup Destination" },
      count: sample.data.length,
      backupAt: (i) => sample.data[i],
    },
    {
      id: "addon-backups-eu",
      summary: s3Destination(
        "Addon Backups EU",
        "Hourly backups of the production addons",
        "eu-west-1",
      ),
      count: hourly,
      backupAt: (i) =>
        generatedBackup(seed, 1, i, {
          prefix: "hourly",
          label: "Hourly",
          at: NOW - (i + 1) * HOUR,
          retentionMs: 30 * DAY,
          schedule: { interval: "hourly", minute: [15] },
        }),
    },
    {
      id: "weekly-archive",
      summary: s3Destination("Weekly Archive", "Weekly copies kept for a year", "us-east-1"),
      count: weekly,
      backupAt: (i) =>
        generatedBackup(seed, 2, i, {
          prefix: "weekly",
          label: "Weekly",
          at: NOW - (i + 1) * 7 * DAY,
          retentionMs: 365 * DAY,
          schedule: { interval: "weekly", minute: [0], hour: [3], day: [6] },
        }),
    },
    {
      id: "unused-destination",
      summary: s3Destination("Unused Destination", null, "ap-south-1"),
      count: 0,
      backupAt: () => undefined,
    },
  ];
}

/** A destination as the list endpoint shows it: no id (Northflank's list has none), no access keys. */
export function s3Destination(name: string, description: string | null, region: string) {
  return {
    name,
    ...(description === null ? {} : { description }),
    type: "s3",
    prefix: "northflank/",
    credentials: {
      bucketName: `${name.toLowerCase().replaceAll(" ", "-")}-bucket`,
      region,
      endpoint: `s3.${region}.amazonaws.com`,
    },
  };
}

interface Series {
  prefix: string;
  /** How the backups are named: "Hourly backup of orders-db". */
  label: string;
  /** When backup `index` started; index 0 is the newest. */
  at: number;
  retentionMs: number;
  schedule: Schedule;
}

/**
 * Backup `index` of a destination, the same for the same seed whatever page
 * it is served on. The newest seven cycle through every status; older ones
 * are mostly completed. Every other one sends `expiredBy` as a string, the way
 * the reference page's example does.
 */
function generatedBackup(seed: number, destination: number, index: number, series: Series) {
  const random = new Random(itemSeed(seed, destination, index));
  const addon = random.pick(ADDONS);
  const status: Status =
    index < STATUSES.length
      ? (STATUSES[index] as Status)
      : random.chance(0.9)
        ? "completed"
        : random.pick(["failed", "aborted", "not-supported"] as const);
  const manual = random.chance(0.1);
  const createdAt = series.at + random.int(0, 59) * 1000;
  // A backup that has not finished has no completedAt yet.
  const finished = status !== "scheduled" && status !== "in-progress" && status !== "aborting";
  const completedAt = finished ? createdAt + random.int(20, 900) * 1000 : null;
  const expiredBy = createdAt + series.retentionMs;
  const size = Math.round(addon.sizeBytes * (0.8 + random.next() * 0.4));
  return {
    id: `${series.prefix}-${addon.addon.id}-${String(index).padStart(6, "0")}`,
    name: `${manual ? "Manual" : series.label} backup of ${addon.addon.name}`,
    status,
    project: addon.project,
    addon: addon.addon,
    config: {
      addonVersion: addon.addonVersion,
      addonType: addon.addonType,
      source: { type: "global" },
      size: String(status === "completed" ? size : 0),
    },
    ...(manual ? (index % 3 === 0 ? {} : { schedules: [] }) : { schedules: [series.schedule] }),
    expiredBy: index % 2 === 0 ? expiredBy : `${expiredBy}.0`,
    createdAt: new Date(createdAt).toISOString(),
    ...(completedAt === null ? {} : { completedAt: new Date(completedAt).toISOString() }),
  };
}

/** A well-spread 32-bit seed for one item, so each backup can be generated on its own. */
function itemSeed(seed: number, destination: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ destination ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ index ^ (h >>> 16), 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}
