import { readFileSync } from "node:fs";
import { withSettle } from "../actions.js";
import { fixturePath } from "../files.js";
import { Random } from "../random.js";
import type { MockProvider, MockProviderDefinition, MockRequest, MockResponse } from "../types.js";
import { onappActions } from "./onapp-actions.js";

// OnApp mock: one Control Panel's virtual servers, each one's backups as JSON
// and as XML, and one backup by id. Data: the API page's two samples (the JSON
// one on VS 488, the XML one on VS 2, served byte for byte), plus generated
// virtual servers with normal (per disk) and incremental (per VS) backups, some
// marked for deletion, some not built yet, timestamps in the Control Panel's
// +03:00 zone. `resources` counts virtual servers (default 12, both samples'
// included).

/** Fake credentials for local testing only: they open nothing but this mock. */
const USER = "admin@mock-onapp.test";
const API_KEY = "mock-onapp-api-key";
const DAY = 86_400_000;
const MINUTE = 60_000;
/** "Now" of the generated data, fixed so every run serves the same backups. */
const NOW = Date.UTC(2025, 0, 15);
/** The account of the XML sample; the generated virtual servers belong to it too. */
const USER_ID = 1875;

const TEMPLATES = [
  { id: 897, label: "Ubuntu 12.04 x64", distro: "ubuntu" },
  { id: 128, label: "CentOS 7.1 x64", distro: "rhel" },
  { id: 1012, label: "Debian 8.0 x64", distro: "debian" },
] as const;
const ROLES = ["web", "db", "cache", "mail", "app", "vpn"] as const;
/** Fields sent as `type="datetime"` in XML; the other strings carry no type. */
const DATETIME_FIELDS = new Set(["built_at", "created_at", "updated_at"]);

type Fields = Record<string, string | number | boolean | null>;

interface VirtualServer {
  fields: Fields & { id: number };
  backups: Fields[];
  /** The exact XML to serve instead of rendering `backups` (the page's sample). */
  xml?: string;
}

export const onappMock: MockProviderDefinition = {
  id: "onapp",
  create({ seed, resources = 12, paceMs = 50 }): MockProvider {
    if (!Number.isInteger(resources) || resources < 0) {
      throw new TypeError(`onapp mock: resources must be a whole number ≥ 0, got ${resources}`);
    }
    const servers = generate(new Random(seed), resources);
    const serverOf = (request: MockRequest) => {
      const id = Number(request.params.virtual_machine_id);
      return servers.find((server) => server.fields.id === id);
    };
    const authorization = `Basic ${Buffer.from(`${USER}:${API_KEY}`, "utf8").toString("base64")}`;
    const actions = onappActions(servers, error, paceMs);
    return {
      credentials: { user: USER, apiKey: API_KEY },
      authorize(request) {
        return request.headers.authorization === authorization
          ? null
          : error(401, "HTTP Basic: Access denied.");
      },
      error,
      routes: withSettle(actions.settle, [
        ...actions.routes,
        {
          method: "GET",
          path: "/virtual_machines.json",
          handle: () => ({
            status: 200,
            body: servers.map((server) => ({ virtual_machine: server.fields })),
          }),
        },
        {
          method: "GET",
          path: "/virtual_machines/{virtual_machine_id}/backups/images.json",
          handle(request) {
            const server = serverOf(request);
            if (!server) return error(404, "Virtual server not found");
            return { status: 200, body: server.backups.map((backup) => ({ backup })) };
          },
        },
        {
          method: "GET",
          path: "/virtual_machines/{virtual_machine_id}/backups/images.xml",
          handle(request) {
            const server = serverOf(request);
            const text = server
              ? (server.xml ?? backupsXml(server.backups))
              : errorXml("Virtual server not found");
            return { status: server ? 200 : 404, contentType: XML, body: text, text };
          },
        },
        {
          method: "GET",
          path: "/backups/{backup_id}.json",
          handle(request) {
            const id = Number(request.params.backup_id);
            for (const server of servers) {
              const backup = server.backups.find((b) => b.id === id);
              if (backup) return { status: 200, body: { backup } };
            }
            return error(404, "Backup not found");
          },
        },
      ]),
    };
  },
};

const XML = "application/xml; charset=utf-8";

/**
 * OnApp's answer for a status. 4xx the spec declares carry OnApp's `errors`
 * body; a 401 is the web server's plain-text HTTP Basic refusal (OnApp
 * documents no 401 body; this is what Rails sends); any other status (5xx, a
 * proxy's 429) has no body the spec specifies, so it is plain text too.
 */
function error(status: number, message: string): MockResponse {
  if (status === 403 || status === 404 || status === 422) {
    return { status, body: { errors: [message] } };
  }
  const headers: Record<string, string> =
    status === 401 ? { "WWW-Authenticate": 'Basic realm="Application"' } : {};
  return { status, headers, contentType: "text/plain; charset=utf-8", text: `${message}\n` };
}

/** A backups list as the Control Panel renders it in XML (Rails' `to_xml`, as the page's sample). */
export function backupsXml(backups: readonly Fields[]): string {
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (backups.length === 0) return `${head}<backups type="array"/>\n`;
  const items = backups.map((backup) => {
    const fields = Object.entries(backup).map(([name, value]) => `    ${xmlField(name, value)}\n`);
    return `  <backup>\n${fields.join("")}  </backup>\n`;
  });
  return `${head}<backups type="array">\n${items.join("")}</backups>\n`;
}

function xmlField(name: string, value: Fields[string]): string {
  if (value === null) return `<${name} nil="true"/>`;
  const type =
    typeof value === "boolean"
      ? "boolean"
      : typeof value === "number"
        ? "integer"
        : DATETIME_FIELDS.has(name)
          ? "datetime"
          : null;
  const open = type === null ? `<${name}>` : `<${name} type="${type}">`;
  return `${open}${escapeXml(String(value))}</${name}>`;
}

function errorXml(...messages: string[]): string {
  const errors = messages.map((message) => `  <error>${escapeXml(message)}</error>\n`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n${errors}</errors>\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Epoch ms as the Control Panel writes its times: seconds, in its own +03:00 zone. */
export function controlPanelTime(ms: number): string {
  return `${new Date(ms + 3 * 3_600_000).toISOString().slice(0, 19)}+03:00`;
}

function readFixture(name: string): string {
  return readFileSync(fixturePath(`onapp/${name}`), "utf8");
}

function unwrapList(text: string): Fields[] {
  return (JSON.parse(text) as { backup: Fields }[]).map((entry) => entry.backup);
}

function generate(random: Random, count: number): VirtualServer[] {
  const servers: VirtualServer[] = [];
  if (count > 0) {
    // The JSON sample: an incremental backup of VS 488, by user 337.
    servers.push({
      fields: {
        id: 488,
        identifier: "p1sd837fuofl73",
        label: "web-488",
        hostname: "web-488",
        booted: true,
        built: true,
        locked: false,
        suspended: false,
        cpus: 2,
        memory: 2048,
        total_disk_size: 20,
        operating_system: "linux",
        operating_system_distro: "rhel",
        template_id: 128,
        template_label: "CentOS 7.1 x64",
        hypervisor_id: 3,
        user_id: 337,
        created_at: "2015-08-12T10:12:31+00:00",
        updated_at: "2015-08-13T02:01:38+00:00",
      },
      backups: unwrapList(readFixture("backups.seed.json")),
    });
  }
  if (count > 1) {
    // The XML sample: a normal backup of disk 11860, served as the page shows it.
    servers.push({
      fields: {
        id: 2,
        identifier: "uml64qyvbzv1kb",
        label: "ubuntu-2",
        hostname: "ubuntu-2",
        booted: true,
        built: true,
        locked: false,
        suspended: false,
        cpus: 1,
        memory: 512,
        total_disk_size: 6,
        operating_system: "linux",
        operating_system_distro: "ubuntu",
        template_id: 897,
        template_label: "Ubuntu 12.04 x64",
        hypervisor_id: 1,
        user_id: USER_ID,
        created_at: "2013-12-20T11:02:45+03:00",
        updated_at: "2013-12-24T14:34:06+03:00",
      },
      backups: unwrapList(readFixture("backups.xml-seed.as-json.json")),
      xml: readFixture("backups.seed.xml"),
    });
  }
  const ids = { backup: 20_000, disk: 30_000 };
  for (let i = 1; i <= count - 2; i++) {
    servers.push(generatedServer(random, i, ids));
  }
  return servers;
}

function generatedServer(
  random: Random,
  index: number,
  ids: { backup: number; disk: number },
): VirtualServer {
  const id = 1000 + index * 20 + random.int(0, 9);
  const template = random.pick(TEMPLATES);
  const label = `${random.pick(ROLES)}-${String(index).padStart(2, "0")}`;
  const built = random.chance(0.85);
  const disks = [{ id: ids.disk++, gb: random.pick([10, 20, 40, 80]) }];
  if (random.chance(0.3)) disks.push({ id: ids.disk++, gb: random.pick([50, 100, 200]) });
  const memory = random.pick([512, 1024, 2048, 4096]);
  const created = NOW - random.int(60, 900) * DAY + random.int(0, 1439) * MINUTE;
  const fields = {
    id,
    identifier: identifier(random),
    label,
    hostname: label,
    booted: built && random.chance(0.85),
    built,
    locked: false,
    suspended: false,
    cpus: random.pick([1, 2, 4, 8]),
    memory,
    total_disk_size: disks.reduce((sum, disk) => sum + disk.gb, 0) + 1, // plus a 1 GB swap disk
    operating_system: "linux",
    operating_system_distro: template.distro,
    template_id: template.id,
    template_label: template.label,
    hypervisor_id: built ? random.int(1, 4) : null,
    user_id: USER_ID,
    created_at: controlPanelTime(created),
    updated_at: controlPanelTime(created + random.int(1, 50) * DAY),
  };
  // A VS that was never built has nothing to back up.
  if (!built) return { fields, backups: [] };

  const backup = (
    target: { type: "Disk"; disk: { id: number; gb: number } } | { type: "VirtualMachine" },
    at: number,
    initiated: string,
    state: { built: boolean; markedForDelete: boolean; note?: string },
  ): Fields => {
    const builtAt = at + random.int(2, 40) * MINUTE;
    const minDisk = target.type === "Disk" ? target.disk.gb : disks[0]?.gb;
    const usedKb = Math.round((minDisk ?? 10) * 1024 * 1024 * (0.1 + random.next() * 0.5));
    const size = target.type === "Disk" || initiated === "manual" ? usedKb : Math.round(usedKb / 8);
    return {
      allow_resize_without_reboot: true,
      allowed_hot_migrate: true,
      allowed_swap: true,
      backup_server_id: random.int(1, 2),
      backup_size: state.built ? size : 0,
      built: state.built,
      built_at: state.built ? controlPanelTime(builtAt) : null,
      created_at: controlPanelTime(at),
      data_store_type: "lvm",
      id: ids.backup++,
      identifier: identifier(random),
      initiated,
      iqn: null,
      // A backup being taken is locked by its transaction; one still queued is not.
      locked: !state.built && random.chance(0.6),
      marked_for_delete: state.markedForDelete,
      min_disk_size: minDisk ?? 10,
      min_memory_size: Math.min(memory, 512),
      note: state.note ?? null,
      operating_system: "linux",
      operating_system_distro: template.distro,
      target_id: target.type === "Disk" ? target.disk.id : id,
      target_type: target.type,
      template_id: template.id,
      updated_at: controlPanelTime(state.built ? builtAt : at),
      user_id: USER_ID,
      volume_id: null,
      backup_type: target.type === "Disk" ? "normal" : "incremental",
      disk_id: target.type === "Disk" ? target.disk.id : null,
    };
  };

  const backups: Fields[] = [];
  const time = (daysAgo: number) => NOW - daysAgo * DAY + random.int(60, 240) * MINUTE;
  const done = { built: true, markedForDelete: false };
  if (random.chance(0.35)) {
    // Incremental backups: of the whole VS, daily, the oldest being rotated out.
    for (const daysAgo of [8, 7, 3, 2, 1]) {
      backups.push(
        backup({ type: "VirtualMachine" }, time(daysAgo), "days", {
          built: true,
          markedForDelete: daysAgo === 8,
        }),
      );
    }
    if (random.chance(0.4)) {
      backups.push(
        backup({ type: "VirtualMachine" }, NOW - random.int(5, 50) * MINUTE, "days", {
          built: false,
          markedForDelete: false,
        }),
      );
    }
  } else {
    // Normal backups: one per disk, on the disk's own schedules.
    for (const disk of disks) {
      const target = { type: "Disk" as const, disk };
      backups.push(backup(target, time(14), "weeks", { built: true, markedForDelete: true }));
      backups.push(backup(target, time(7), "weeks", done));
      for (const daysAgo of [2, 1]) backups.push(backup(target, time(daysAgo), "days", done));
      if (random.chance(0.3)) {
        const at = NOW - random.int(2, 90) * DAY;
        backups.push(backup(target, at, "manual", { ...done, note: "before upgrade" }));
      }
      if (random.chance(0.25)) {
        const at = NOW - random.int(5, 50) * MINUTE;
        backups.push(backup(target, at, "manual", { built: false, markedForDelete: false }));
      }
    }
  }
  return { fields, backups };
}

function identifier(random: Random): string {
  const letters = "abcdefghijklmnopqrstuvwxyz0123456789";
  let text = "";
  for (let i = 0; i < 14; i++) text += letters[random.int(0, letters.length - 1)];
  return text;
}
