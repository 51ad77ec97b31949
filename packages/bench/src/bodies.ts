/**
 * Large response bodies in each provider's own shape, generated from a seed
 * so every run converts the same bytes. Field sets and value formats follow
 * the providers' samples in `fixtures/`: zone-less Linode times, Huawei
 * microseconds and children, OnApp `{backup}` wrappers with offsets, Z.com
 * backup runs, Northflank's string sizes and `expiredBy`.
 */
import { type Random, zonelessUtc } from "@backupkit/mock-providers";
import type { ProviderId } from "@backupkit/model";

const DAY = 86_400_000;
/** "Now" of the generated data. */
const NOW = Date.UTC(2025, 0, 15);

/** `2025-01-14T03:04:05.123456`: Huawei's microseconds. */
function micros(ms: number, random: Random): string {
  return `${zonelessUtc(ms)}.${String(random.int(0, 999_999)).padStart(6, "0")}`;
}

/** `2025-01-14T06:04:05+03:00`: the same instant written with an offset of `hours`. */
function withOffset(ms: number, hours: number): string {
  if (hours === 0) return `${zonelessUtc(ms)}+00:00`;
  const sign = hours < 0 ? "-" : "+";
  const hh = String(Math.abs(hours)).padStart(2, "0");
  return `${zonelessUtc(ms + hours * 3_600_000)}${sign}${hh}:00`;
}

function pastTime(random: Random, maxDays: number): number {
  return NOW - random.int(0, maxDays * 24 * 60) * 60_000 - random.int(0, 59_999);
}

export function linodeBody(count: number, random: Random) {
  const backup = (type: "auto" | "snapshot") => {
    const at = pastTime(random, 30);
    const status = random.chance(0.9) ? "successful" : random.pick(["failed", "pending"]);
    const label = `${random.pick(["web", "db", "cache", "api"])}-${random.int(1, 999)}`;
    return {
      id: random.int(100_000_000, 999_999_999),
      label: type === "snapshot" ? `${label}-snapshot` : null,
      type,
      status,
      available: status === "successful",
      created: zonelessUtc(at),
      updated: zonelessUtc(at + random.int(5, 40) * 60_000),
      finished: zonelessUtc(at + random.int(5, 40) * 60_000),
      configs: [`${label} Profile`],
      disks: [
        { size: 81_408, filesystem: "ext4", label: "Debian 12 Disk" },
        { size: 512, filesystem: "swap", label: "512 MB Swap Image" },
      ],
    };
  };
  const automatic = Array.from({ length: count - 1 }, () => backup("auto"));
  return { automatic, snapshot: { current: backup("snapshot"), in_progress: null } };
}

export function huaweiCbrBody(count: number, random: Random) {
  const projectId = random.hex(32);
  const vaultId = random.uuid();
  const record = (type: "OS::Nova::Server" | "OS::Cinder::Volume", parentId: string | null) => {
    const at = pastTime(random, 60);
    const auto = random.chance(0.8);
    const resourceName = `ecs-${random.hex(4)}-${String(random.int(1, 9999)).padStart(4, "0")}`;
    const status = random.chance(0.92)
      ? "available"
      : random.pick(["protecting", "error", "deleting"]);
    return {
      provider_id: "0daac4c5-6707-4851-97ba-169e36266b66",
      checkpoint_id: random.uuid(),
      enterprise_project_id: "0",
      updated_at: random.chance(0.5) ? micros(at + 60_000, random) : null,
      vault_id: vaultId,
      id: random.uuid(),
      resource_az: type === "OS::Nova::Server" ? "az1.dc1" : null,
      image_type: "backup",
      resource_id: random.uuid(),
      resource_size: random.pick([40, 80, 100, 200]),
      children: [] as unknown[],
      parent_id: parentId,
      extend_info: {
        auto_trigger: auto,
        supported_restore_mode: type === "OS::Nova::Server" ? "backup" : null,
        os_images_data: null,
        snapshot_id: type === "OS::Cinder::Volume" ? random.uuid() : null,
        bootable: type === "OS::Cinder::Volume" ? random.chance(0.5) : null,
        progress: null,
        support_lld: true,
        incremental: random.chance(0.7),
      },
      project_id: projectId,
      status,
      resource_name: resourceName,
      description: random.chance(0.3) ? "nightly backup" : null,
      expired_at: random.chance(0.4) ? micros(at + 30 * DAY, random) : null,
      name: `${auto ? "autobk" : "manualbk"}_${random.hex(4)}_${resourceName}`,
      created_at: micros(at, random),
      protected_at: random.chance(0.3) ? micros(at + 120_000, random) : null,
      resource_type: type,
    };
  };
  // Whole-server backups carry their disks' backups in children[], as in the seed.
  const backups: ReturnType<typeof record>[] = [];
  let made = 0;
  while (made < count) {
    const server = record("OS::Nova::Server", null);
    const children = Math.min(random.int(0, 3), count - made - 1);
    for (let i = 0; i < children; i++)
      server.children.push(record("OS::Cinder::Volume", server.id));
    backups.push(server);
    made += 1 + children;
  }
  return { count: backups.length, backups };
}

export function onappBody(count: number, random: Random) {
  return Array.from({ length: count }, (_, i) => {
    const at = pastTime(random, 90);
    // Most clouds run in UTC; some answer in their own zone.
    const offset = random.chance(0.8) ? 0 : random.pick([3, -5, 9]);
    const built = random.chance(0.95);
    return {
      backup: {
        allow_resize_without_reboot: true,
        allowed_hot_migrate: true,
        allowed_swap: true,
        backup_server_id: random.int(1, 4),
        backup_size: random.int(100_000, 5_000_000),
        built,
        built_at: built ? withOffset(at + random.int(1, 30) * 60_000, offset) : null,
        created_at: withOffset(at, offset),
        data_store_type: "lvm",
        id: 10_000 + i,
        identifier: random.hex(14),
        initiated: random.pick(["manual", "days", "weeks", "months"]),
        iqn: null,
        locked: false,
        marked_for_delete: random.chance(0.02),
        min_disk_size: 5,
        min_memory_size: 384,
        note: random.chance(0.2) ? "before upgrade" : null,
        operating_system: "linux",
        operating_system_distro: "rhel",
        target_id: random.int(1, 2000),
        target_type: "VirtualMachine",
        template_id: 128,
        updated_at: withOffset(at + random.int(30, 90) * 60_000, offset),
        user_id: random.int(1, 500),
        volume_id: null,
        backup_type: random.pick(["normal", "incremental"]),
        disk_id: null,
      },
    };
  });
}

export function zcomBody(count: number, random: Random) {
  const backup: unknown[] = [];
  let made = 0;
  while (made < count) {
    const runs = Math.min(random.int(1, 4), count - made);
    const volumeId = random.uuid();
    backup.push({
      instance_id: random.uuid(),
      id: random.uuid(),
      backupruns: Array.from({ length: runs }, () => {
        const volume = random.chance(0.25);
        return {
          status: random.chance(0.95) ? "available" : "restoring",
          created_at: `${zonelessUtc(pastTime(random, 14))}Z`,
          backuprun_id: random.hex(32),
          ...(volume ? { volume_id: volumeId } : {}),
          type: volume ? "volume" : "instance",
        };
      }),
    });
    made += runs;
  }
  return { backup };
}

/** One Northflank backup, as the list endpoint sends it. `index` makes ids unique. */
export function northflankBackup(index: number, random: Random) {
  const at = pastTime(random, 30);
  const scheduled = random.chance(0.7);
  const expires = at + 30 * DAY;
  return {
    id: `backup-${index}`,
    name: `${scheduled ? "scheduled" : "manual"} backup ${index}`,
    status: random.chance(0.95) ? "completed" : random.pick(["in-progress", "failed"]),
    project: { id: "bench-project", name: "Bench Project" },
    addon: { id: `addon-${index % 50}`, name: `Addon ${index % 50}` },
    config: {
      addonVersion: "4.4.8",
      addonType: random.pick(["mongodb", "postgresql", "mysql", "redis"]),
      source: { type: "global" },
      size: String(random.int(1_000, 50_000_000_000)),
    },
    schedules: scheduled ? [{ interval: "weekly", minute: [30], hour: [18], day: [4] }] : [],
    expiredBy: random.chance(0.5) ? `${expires}.0` : expires,
    createdAt: new Date(at).toISOString(),
    completedAt: new Date(at + random.int(1, 300) * 1000).toISOString(),
  };
}

export function northflankBody(count: number, random: Random) {
  const data = Array.from({ length: count }, (_, i) => northflankBackup(i, random));
  return { data, pagination: { hasNextPage: false, count } };
}

/** Every provider's body generator, keyed by provider id. */
export const bodyGenerators: Record<ProviderId, (count: number, random: Random) => unknown> = {
  linode: linodeBody,
  "huawei-cbr": huaweiCbrBody,
  onapp: onappBody,
  zcom: zcomBody,
  northflank: northflankBody,
};
