import { readFileSync } from "node:fs";
import { withSettle } from "../actions.js";
import { fixturePath } from "../files.js";
import { Random, zonelessUtc } from "../random.js";
import type { MockProvider, MockProviderDefinition, MockRequest, MockResponse } from "../types.js";
import { checkAkSkSignature } from "./huawei-aksk.js";
import { huaweiCbrActions } from "./huawei-cbr-actions.js";

// Huawei Cloud CBR mock: ListBackups (limit/offset/marker) and ShowBackup of
// one project, in the shape of Huawei's current SDK models (top-level
// `incremental`, `extend_info.is_multi_az`). Data: the ShowBackup page's sample, plus generated whole-server
// backups whose disk backups are nested in `children`. `resources` counts
// servers (default 20, the sample's server included). Other project IDs hold
// no backups. The actions (checkpoints, restore, delete, policies) are state
// machines in huawei-cbr-actions.ts that change these same backups.

/** A fake token for local testing only: it opens nothing but this mock. */
const TOKEN = "mock-huawei-cbr-token";
/** A fake access key pair, for AK/SK-signed requests: it opens nothing but this mock. */
const ACCESS_KEY = "MOCKHUAWEICBRACCESS1";
const SECRET_KEY = "mock-huawei-cbr-secret-key-0123456789abcd";
/** The project of the page's sample; the token is scoped to it. */
const PROJECT_ID = "4229d7a45436489f8c3dc2b1d35d4987";
/** Where a real client would send the token; the mock's base URL replaces it. */
const REGION = "ap-southeast-1";
const DAY = 86_400_000;
/** "Now" of the generated data, fixed so every run serves the same backups. */
const NOW = Date.UTC(2025, 0, 15);
/** CBR's provider ID for cloud server backups (the sample's). */
const SERVER_PROVIDER_ID = "0daac4c5-6707-4851-97ba-169e36266b66";
const MAX_LIMIT = 1000;

const FLAVORS = [
  { disks: [40] },
  { disks: [40, 100] },
  { disks: [50, 200] },
  { disks: [40, 100, 500] },
] as const;
const AZS = ["ap-southeast-1a", "ap-southeast-1b", "ap-southeast-1c"] as const;
const ROLES = ["web", "db", "cache", "worker", "api", "mail"] as const;
/** Statuses of a finished backup other than available, and of one still running. */
const SETTLED = ["error", "deleting", "waiting_delete", "restoring", "waiting_restore"] as const;
const RUNNING = ["protecting", "waiting_protect"] as const;

/** The BackupResp fields the mock sends (see specs/huawei-cbr/openapi.yaml). */
export interface Backup {
  provider_id: string;
  checkpoint_id: string;
  enterprise_project_id?: string;
  updated_at: string | null;
  vault_id: string;
  id: string;
  resource_az: string | null;
  image_type: "backup";
  resource_id: string;
  resource_size: number;
  children: Backup[];
  parent_id: string | null;
  extend_info: Record<string, unknown>;
  project_id: string;
  status: string;
  resource_name: string;
  description: string | null;
  expired_at: string | null;
  name: string;
  created_at: string;
  protected_at: string | null;
  resource_type: string;
  incremental?: boolean;
}

/** ListBackups filters that compare one field of a top-level backup. */
const EQUALITY_FILTERS = [
  "checkpoint_id",
  "image_type",
  "name",
  "resource_az",
  "resource_id",
  "resource_name",
  "resource_type",
  "vault_id",
] as const;

export const huaweiCbrMock: MockProviderDefinition = {
  id: "huawei-cbr",
  create({ seed, resources = 20, paceMs = 50 }): MockProvider {
    if (!Number.isInteger(resources) || resources < 0) {
      throw new TypeError(
        `huawei-cbr mock: resources must be a whole number ≥ 0, got ${resources}`,
      );
    }
    const backups = generate(new Random(seed), resources);
    // Huawei sends an X-Request-Id with every answer; the errors its API
    // gateway raises itself (401, 429) repeat it in the body.
    let requests = 0;
    const requestId = () => (++requests).toString(16).padStart(32, "0");
    const error = (status: number, message: string): MockResponse => {
      const id = requestId();
      const fromGateway = status === 401 || status === 429;
      return {
        status,
        headers: { "X-Request-Id": id },
        body: {
          error_code: errorCode(status),
          error_msg: message,
          ...(fromGateway ? { request_id: id } : {}),
        },
      };
    };
    const ok = (body: unknown, status = 200): MockResponse => ({
      status,
      headers: { "X-Request-Id": requestId() },
      ...(body === undefined ? {} : { body }),
    });
    const inProject = (request: MockRequest) =>
      request.params.project_id === PROJECT_ID ? backups : [];
    const actions = huaweiCbrActions(backups, PROJECT_ID, { ok, error }, paceMs);
    return {
      credentials: {
        accessKey: ACCESS_KEY,
        secretKey: SECRET_KEY,
        token: TOKEN,
        projectId: PROJECT_ID,
        region: REGION,
      },
      authorize(request) {
        const token = request.headers["x-auth-token"];
        if (token === undefined && request.headers.authorization !== undefined) {
          const keys = { accessKey: ACCESS_KEY, secretKey: SECRET_KEY };
          const refused = checkAkSkSignature(request, keys, Date.now());
          return refused === null
            ? null
            : error(401, `Incorrect IAM authentication information: ${refused}`);
        }
        if (token === TOKEN) return null;
        // The API gateway's own words for a missing and for a wrong token.
        const why = token === undefined ? "x-auth-token not found" : "decrypt token fail";
        return error(401, `Incorrect IAM authentication information: ${why}`);
      },
      error,
      routes: withSettle(actions.settle, [
        ...actions.routes,
        {
          method: "GET",
          path: "/v3/{project_id}/backups",
          handle(request) {
            const matching = filtered(inProject(request), request.query);
            let start = 0;
            const marker = request.query.get("marker");
            if (marker !== null) {
              const at = matching.findIndex((b) => b.id === marker);
              if (at < 0) return error(400, `Invalid marker: backup ${marker} not found.`);
              start = at + 1;
            }
            start += Number(request.query.get("offset") ?? 0);
            const limit = Number(request.query.get("limit") ?? MAX_LIMIT);
            return ok({ count: matching.length, backups: matching.slice(start, start + limit) });
          },
        },
        {
          method: "GET",
          path: "/v3/{project_id}/backups/{backup_id}",
          handle(request) {
            const id = request.params.backup_id;
            // A disk backup can be shown by its own ID too.
            const all = inProject(request).flatMap((b) => [b, ...b.children]);
            const backup = all.find((b) => b.id === id);
            return backup ? ok({ backup }) : error(404, `Resource ${id} not found.`);
          },
        },
      ]),
    };
  },
};

/** CBR's code for a status: the spec's examples (CBR's own and its API gateway's). */
function errorCode(status: number): string {
  if (status === 400) return "BackupService.9900";
  if (status === 401) return "APIGW.0301";
  if (status === 404) return "BackupService.6302";
  if (status === 429) return "APIGW.0308";
  return "BackupService.9999";
}

/** The filters the mock applies; sorting and the rest are accepted and ignored. */
function filtered(backups: readonly Backup[], query: URLSearchParams): Backup[] {
  const incremental = query.get("incremental");
  // `status` may be repeated: a backup in any of the statuses matches.
  const statuses = query.getAll("status");
  return backups.filter(
    (b) =>
      EQUALITY_FILTERS.every((key) => {
        const wanted = query.get(key);
        return wanted === null || b[key] === wanted;
      }) &&
      (statuses.length === 0 || statuses.includes(b.status)) &&
      (incremental === null || String(b.incremental) === incremental),
  );
}

/** Top-level backups, newest first (CBR's default order). */
function generate(random: Random, servers: number): Backup[] {
  if (servers === 0) return [];
  const sample = JSON.parse(
    readFileSync(fixturePath("huawei-cbr/show-backup.seed.json"), "utf8"),
  ) as { backup: Backup };
  const backups: Backup[] = [sample.backup];
  const vaults = [uuid(random), uuid(random), uuid(random)];
  for (let i = 1; i < servers; i++) {
    const server = {
      id: uuid(random),
      name: `ecs-${random.pick(ROLES)}-${String(i).padStart(3, "0")}`,
      az: random.pick(AZS),
      vault: random.pick(vaults),
      disks: random.pick(FLAVORS).disks.map((size) => ({ id: uuid(random), size })),
    };
    // A daily policy keeps a week; some servers also have an older manual backup.
    const runs = [7, 6, 5, 4, 3, 2, 1].map((daysAgo) => ({
      at: NOW - daysAgo * DAY + random.int(60, 240) * 60_000,
      auto: true,
    }));
    if (random.chance(0.3)) runs.unshift({ at: NOW - random.int(8, 90) * DAY, auto: false });
    runs.forEach((run, n) => {
      // CBR's first backup of a resource is full, every later one incremental.
      const latest = n === runs.length - 1;
      backups.push(serverBackup(random, server, run.at, run.auto, n > 0, statusOf(random, latest)));
    });
  }
  return backups.sort(
    (a, b) => b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id),
  );
}

/** Most backups are available; the newest may still run; a few failed or are busy. */
function statusOf(random: Random, latest: boolean): string {
  if (latest && random.chance(0.15)) return random.pick(RUNNING);
  return random.chance(0.9) ? "available" : random.pick(SETTLED);
}

interface Server {
  id: string;
  name: string;
  az: string;
  vault: string;
  disks: { id: string; size: number }[];
}

function serverBackup(
  random: Random,
  server: Server,
  at: number,
  auto: boolean,
  incremental: boolean,
  status: string,
): Backup {
  const id = uuid(random);
  const checkpoint = uuid(random);
  const tag = `${auto ? "autobk" : "manualbk"}_${hex(random, 4)}`;
  const running = status === "protecting" || status === "waiting_protect";
  const progress = status === "protecting" ? random.int(1, 99) : null;
  const updated = running ? null : timestamp(random, at + random.int(5, 40) * 60_000);
  const common = {
    provider_id: SERVER_PROVIDER_ID,
    checkpoint_id: checkpoint,
    updated_at: updated,
    vault_id: server.vault,
    image_type: "backup" as const,
    project_id: PROJECT_ID,
    status,
    resource_name: server.name,
    // The policy's retention; a manual backup is kept until deleted.
    expired_at: auto ? timestamp(random, at + 7 * DAY) : null,
    created_at: timestamp(random, at),
    protected_at: running ? null : updated,
  };
  const children = server.disks.map(
    (disk, d): Backup => ({
      ...common,
      id: uuid(random),
      resource_az: null,
      resource_id: disk.id,
      resource_size: disk.size,
      children: [],
      parent_id: id,
      extend_info: {
        auto_trigger: auto,
        supported_restore_mode: null,
        os_images_data: null,
        snapshot_id: uuid(random),
        bootable: d === 0,
        progress,
        support_lld: null,
        encrypted: false,
        system_disk: d === 0,
        is_multi_az: false,
      },
      incremental,
      description: null,
      name: `${tag}_${server.name}`,
      resource_type: "OS::Cinder::Volume",
    }),
  );
  return {
    ...common,
    enterprise_project_id: "0",
    id,
    resource_az: server.az,
    resource_id: server.id,
    resource_size: server.disks.reduce((sum, disk) => sum + disk.size, 0),
    children,
    parent_id: null,
    extend_info: {
      auto_trigger: auto,
      supported_restore_mode: "backup",
      os_images_data: null,
      contain_system_disk: true,
      snapshot_id: null,
      bootable: null,
      progress,
      support_lld: true,
      is_multi_az: false,
    },
    incremental,
    description: auto ? null : "before maintenance",
    name: auto ? `${tag}_${server.name}` : `${server.name}-manual`,
    resource_type: "OS::Nova::Server",
  };
}

/** CBR's zone-less UTC timestamp with microseconds, as the page's sample has. */
function timestamp(random: Random, ms: number): string {
  return `${zonelessUtc(ms)}.${String(random.int(0, 999_999)).padStart(6, "0")}`;
}

function hex(random: Random, digits: number): string {
  let out = "";
  for (let i = 0; i < digits; i++) out += random.int(0, 15).toString(16);
  return out;
}

function uuid(random: Random): string {
  const h = hex(random, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
