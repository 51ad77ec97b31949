import { readFileSync } from "node:fs";
import { fixturePath } from "../files.js";
import { linodeMock } from "../providers/linode.js";
import { zonelessUtc } from "../random.js";
import type { MockProviderDefinition } from "../types.js";
import { DEFAULT_FLEET_SIZE, type FleetOptions, plan } from "./plan.js";

/** The Linode audit fleet: instances with the Backup service on or off, and their automatic backups. */
export const linodeFleet = (options: FleetOptions = {}): MockProviderDefinition => ({
  id: "linode",
  create({ seed, resources = DEFAULT_FLEET_SIZE }) {
    const base = linodeMock.create({ seed, resources: 0 });
    const sample = JSON.parse(readFileSync(fixturePath("linode/backup-view.seed.json"), "utf8"));
    const now = Date.now();
    const fleet = plan(resources, now, options).map((r) => {
      const id = 40_000_000 + r.index;
      let backupId = 500_000_000 + r.index * 100;
      const automatic = r.backups.map((b) => ({
        ...sample,
        id: backupId++,
        label: null,
        type: "auto",
        status: b.ok ? "successful" : "failed",
        available: b.ok,
        created: zonelessUtc(b.at),
        updated: zonelessUtc(b.at + 600_000),
        finished: zonelessUtc(b.at + 600_000),
      }));
      const lastOk = automatic.filter((b) => b.available).at(-1)?.created ?? null;
      return {
        kind: r.kind,
        instance: {
          id,
          label: r.name,
          region: "eu-west",
          type: "g6-standard-1",
          status: "running",
          created: zonelessUtc(now - 400 * 86_400_000),
          updated: zonelessUtc(now - 400 * 86_400_000),
          backups: {
            enabled: r.enabled,
            available: r.enabled,
            last_successful: lastOk,
            schedule: r.enabled ? { day: "Saturday", window: "W2" } : { day: null, window: null },
          },
        },
        list: { automatic, snapshot: { current: null, in_progress: null } },
      };
    });
    return {
      ...base,
      routes: [
        {
          method: "GET",
          path: "/linode/instances",
          handle(request) {
            const page = Number(request.query.get("page") ?? 1);
            const pageSize = Number(request.query.get("page_size") ?? 100);
            const data = fleet.slice((page - 1) * pageSize, page * pageSize).map((f) => f.instance);
            const pages = Math.max(1, Math.ceil(fleet.length / pageSize));
            return { status: 200, body: { data, page, pages, results: fleet.length } };
          },
        },
        {
          method: "GET",
          path: "/linode/instances/{linodeId}/backups",
          handle(request) {
            const found = fleet.find((f) => String(f.instance.id) === request.params.linodeId);
            if (!found) return base.error(404, "Not found");
            // The token may not read the "unreadable" instance: the audit must say it could not check it.
            if (found.kind === "unreadable") {
              return base.error(403, "You do not have permission to access this Linode");
            }
            return { status: 200, body: found.list };
          },
        },
      ],
    };
  },
});
