import { readFileSync } from "node:fs";
import { fixturePath } from "../files.js";
import { controlPanelTime, onappMock } from "../providers/onapp.js";
import type { MockProviderDefinition } from "../types.js";
import { DEFAULT_FLEET_SIZE, type FleetOptions, plan } from "./plan.js";

/**
 * The OnApp audit fleet: virtual servers with auto-backups on or off, and
 * their backups. OnApp has no failed state for a backup (one that did not
 * build is still pending), so the "latest failed" server shows a backup
 * still being built instead, which is not a failure.
 */
export const onappFleet = (options: FleetOptions = {}): MockProviderDefinition => ({
  id: "onapp",
  create({ seed, resources = DEFAULT_FLEET_SIZE }) {
    const base = onappMock.create({ seed, resources: 0 });
    const sample = (
      JSON.parse(readFileSync(fixturePath("onapp/backups.seed.json"), "utf8")) as {
        backup: Record<string, unknown>;
      }[]
    )[0]?.backup;
    const now = Date.now();
    const fleet = plan(resources, now, options).map((r) => {
      const id = 7000 + r.index;
      const backups = r.backups.map((b, i) => ({
        backup: {
          ...sample,
          id: 900_000 + r.index * 100 + i,
          built: b.ok,
          built_at: b.ok ? controlPanelTime(b.at + 120_000) : null,
          created_at: controlPanelTime(b.at),
          updated_at: controlPanelTime(b.at + 120_000),
          locked: !b.ok,
          initiated: "days",
          target_id: id,
          target_type: "VirtualMachine",
          note: null,
        },
      }));
      const server = {
        virtual_machine: {
          id,
          identifier: `audit${String(r.index).padStart(9, "0")}`,
          label: r.name,
          hostname: r.name,
          booted: true,
          built: true,
          locked: false,
          suspended: false,
          cpus: 2,
          memory: 2048,
          total_disk_size: 21,
          operating_system: "linux",
          operating_system_distro: "rhel",
          template_id: 128,
          template_label: "CentOS 7.1 x64",
          hypervisor_id: 1,
          user_id: 1875,
          created_at: controlPanelTime(now - 400 * 86_400_000),
          updated_at: controlPanelTime(now - 30 * 86_400_000),
          enable_autobackups: r.enabled,
        },
      };
      return { kind: r.kind, id, server, backups };
    });
    return {
      ...base,
      routes: [
        {
          method: "GET",
          path: "/virtual_machines.json",
          handle: () => ({ status: 200, body: fleet.map((f) => f.server) }),
        },
        {
          method: "GET",
          path: "/virtual_machines/{virtual_machine_id}/backups/images.json",
          handle(request) {
            const found = fleet.find((f) => String(f.id) === request.params.virtual_machine_id);
            if (!found) return base.error(404, "VirtualMachine not found");
            // The user may not read the "unreadable" server's backups.
            if (found.kind === "unreadable") {
              return base.error(403, "You do not have permissions for this action");
            }
            return { status: 200, body: found.backups };
          },
        },
      ],
    };
  },
});
