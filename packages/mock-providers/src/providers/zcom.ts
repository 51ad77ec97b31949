import { readFileSync } from "node:fs";
import { parseZcomJson } from "@backupkit/zcom";
import { withSettle } from "../actions.js";
import { fixturePath } from "../files.js";
import { Random } from "../random.js";
import type { MockProvider, MockProviderDefinition, MockRequest, MockResponse } from "../types.js";
import { zcomActions } from "./zcom-actions.js";
import { createIdentity, IDENTITY_PATH } from "./zcom-identity.js";

// Z.com / ConoHa mock: the tenant's backups (one per VM with automatic backup)
// with their runs, one backup by id, and the automatic-backup actions (enable,
// disable, restore a run, keep a run as an image). Data: the "List backups"
// page's sample, served byte for byte until an action changes something, then
// generated backups spliced into the same body, and a few VMs without
// automatic backup to enable it on. `resources` counts backups (default 12,
// the sample's three first).

/** Fake credentials for local testing only: they open nothing but this mock. */
const TOKEN = "mock-zcom-token";
const USERNAME = "mock-zcom-user";
const PASSWORD = "mock-zcom-password";
const TENANT_NAME = "mock-zcom-tenant";
/** The tenant of the page's curl example; the sample belongs to it. */
const TENANT = "1864e71d2deb46f6b47526b69c65a45d";
const REGION = "tyo1";
/** Like the provider: JSON sent as HTML. Clients must not trust the content type. */
const HTML = "text/html; charset=UTF-8";
const DAY = 86_400_000;
/** "Now" of the generated data, fixed so every run serves the same backups. */
const NOW = Date.UTC(2025, 0, 15);
/** VMs without automatic backup, to turn it on for. */
const SPARE_VMS = 3;

export interface BackupRun {
  status: string;
  created_at: string;
  backuprun_id: string;
  volume_id?: string;
  type: "instance" | "volume";
}

export interface Backup {
  instance_id: string;
  id: string;
  backupruns: BackupRun[];
}

/** OpenStack fault names by status, as Nova sends them. */
const FAULT_NAMES: Readonly<Record<number, string>> = {
  400: "badRequest",
  401: "unauthorized",
  403: "forbidden",
  404: "itemNotFound",
  405: "badMethod",
  409: "conflictingRequest",
  413: "overLimit",
  429: "overLimit",
  501: "notImplemented",
  503: "serviceUnavailable",
};

export const zcomMock: MockProviderDefinition = {
  id: "zcom",
  create({ seed, resources = 12, tokenLifetimeMs = DAY, paceMs = 50 }): MockProvider {
    if (!Number.isInteger(resources) || resources < 0) {
      throw new TypeError(`zcom mock: resources must be a whole number ≥ 0, got ${resources}`);
    }
    const random = new Random(seed);
    const list = listBody(random, resources);
    const vms = new Set([
      ...list.backups.map((b) => b.instance_id),
      ...Array.from({ length: SPARE_VMS }, () => uuid(random)),
    ]);
    const error = (status: number, message: string): MockResponse => ({
      status,
      body: { [FAULT_NAMES[status] ?? "computeFault"]: { message, code: status } },
    });
    // Nova refuses a URL whose project is not the token's, before any handler.
    const otherTenant = (tenant: string | undefined) =>
      error(
        400,
        `Malformed request URL: URL's project_id '${tenant}' doesn't match Context's project_id '${TENANT}'`,
      );
    // The sample is served verbatim until an action changes the list; then it is rendered anew.
    let changed = false;
    const listNow = (): MockResponse => {
      if (!changed) return html(list.text, list.value);
      const text = wrap(list.backups.map(render));
      return html(text, parseZcomJson(text));
    };
    const actions = zcomActions(
      { backups: list.backups, vms },
      {
        error,
        otherTenant: (request: MockRequest) =>
          request.params.tenant_id === TENANT ? null : otherTenant(request.params.tenant_id),
        html: (value) => html(JSON.stringify(value, null, 2), value),
        changed: () => {
          changed = true;
        },
        newId: () => uuid(random),
        newRunId: () => hex(random, 32),
      },
      paceMs,
    );
    const identity = createIdentity({
      username: USERNAME,
      password: PASSWORD,
      tenantId: TENANT,
      tenantName: TENANT_NAME,
      region: REGION,
      computePath: "/v2",
      tokenLifetimeMs,
    });
    return {
      // Both ways in: the API user's name and password (a token is obtained from
      // the mock's Identity), or a ready token.
      credentials: {
        username: USERNAME,
        password: PASSWORD,
        tenantId: TENANT,
        tenantName: TENANT_NAME,
        identityUrl: `{origin}${IDENTITY_PATH}/v2.0`,
        token: TOKEN,
        region: REGION,
      },
      authorize(request) {
        const token = String(request.headers["x-auth-token"]);
        return token === TOKEN || identity.accepts(token)
          ? null
          : error(401, "The request you have made requires authentication.");
      },
      error,
      beyondSpec: identity.routes,
      routes: withSettle(actions.settle, [
        ...actions.routes,
        {
          method: "GET",
          path: "/{tenant_id}/backup",
          handle(request) {
            if (request.params.tenant_id !== TENANT) return otherTenant(request.params.tenant_id);
            return listNow();
          },
        },
        {
          method: "GET",
          path: "/{tenant_id}/backup/{backup_id}",
          handle(request) {
            if (request.params.tenant_id !== TENANT) return otherTenant(request.params.tenant_id);
            const backup = list.backups.find((b) => b.id === request.params.backup_id);
            if (!backup) return error(404, "Backup could not be found.");
            // As documented: the one backup in an array, like the list.
            const text = wrap([render(backup)]);
            return html(text, parseZcomJson(text));
          },
        },
      ]),
    };
  },
};

/**
 * A body sent as the provider sends it; `value` (what the client will read) is
 * what the server validates against the spec's JSON schema.
 */
function html(text: string, value: unknown): MockResponse {
  return { status: 200, contentType: HTML, text, body: value, schemaMediaType: "application/json" };
}

/** The tenant's list: its text as served, the value it parses to, and the backups in it. */
function listBody(random: Random, count: number) {
  const seedText = readFileSync(fixturePath("zcom/list-backups.seed.json"), "utf8");
  const seedBackups = (parseZcomJson(seedText) as { backup: Backup[] }).backup;
  let text: string;
  let backups: Backup[];
  if (count >= seedBackups.length) {
    const generated = Array.from({ length: count - seedBackups.length }, () => generate(random));
    backups = [...seedBackups, ...generated];
    text = spliceIntoSeed(seedText, generated);
  } else {
    backups = seedBackups.slice(0, count);
    text = wrap(backups.map(render));
  }
  const value = parseZcomJson(text);
  return { text, value, backups };
}

/** The sample verbatim, with more backups after its last one (none: the sample as is). */
function spliceIntoSeed(seedText: string, more: readonly Backup[]): string {
  if (more.length === 0) return seedText;
  const end = seedText.lastIndexOf("\n  ]");
  if (end < 0) throw new Error("zcom mock: the list sample has no closing backup array");
  return `${seedText.slice(0, end)},\n${more.map(render).join(",\n")}${seedText.slice(end)}`;
}

/** `{"backup": [...]}` laid out like the sample. */
function wrap(entries: readonly string[]): string {
  if (entries.length === 0) return '{\n  "backup": []\n}';
  return `{\n  "backup": [\n${entries.join(",\n")}\n  ]\n}`;
}

/**
 * One backup laid out like the sample's entries, with its trailing comma after
 * `backupruns` (`],\n    }`): strict JSON parsers reject it, as they reject the sample.
 */
function render(backup: Backup): string {
  const text = JSON.stringify(backup, null, 2).replace(/^/gm, "    ");
  return text.replace(/\n( *)\]\n( *)\}$/, "\n$1],\n$2}");
}

/**
 * A VM with automatic backup: weekly runs of the VM, and of its additional
 * volume when it has one; now and then the latest run is being restored.
 */
function generate(random: Random): Backup {
  const instanceId = uuid(random);
  const id = uuid(random);
  const volumeId = random.chance(0.4) ? uuid(random) : undefined;
  const runs: BackupRun[] = [];
  for (let week = random.int(1, 4); week >= 1; week--) {
    const at = NOW - week * 7 * DAY + random.int(0, 6 * 60) * 60_000;
    runs.push({
      status: "available",
      created_at: rfc3339(at),
      backuprun_id: hex(random, 32),
      type: "instance",
    });
    if (volumeId !== undefined) {
      runs.push({
        status: "available",
        created_at: rfc3339(at + random.int(1, 20) * 60_000),
        backuprun_id: hex(random, 32),
        volume_id: volumeId,
        type: "volume",
      });
    }
  }
  const latest = runs[runs.length - 1];
  if (latest && random.chance(0.15)) latest.status = "restoring";
  return { instance_id: instanceId, id, backupruns: runs };
}

function hex(random: Random, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += random.int(0, 15).toString(16);
  return text;
}

/** A version-4-shaped UUID, as the sample's ids are. */
function uuid(random: Random): string {
  const h = hex(random, 32);
  const variant = "89ab"[random.int(0, 3)];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
}

/** `2015-02-28T12:56:29Z`, as the sample writes times. */
function rfc3339(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
