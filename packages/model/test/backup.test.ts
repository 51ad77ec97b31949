import { describe, expect, expectTypeOf, it } from "vitest";
import {
  BACKUP_FIELDS,
  BACKUP_RESOURCE_FIELDS,
  BACKUP_STATUSES,
  type Backup,
  type BackupResource,
  type BackupStatus,
  fromLinode,
  restorableFromStatus,
} from "../src/index.js";

type Described<T extends readonly { name: string }[]> = T[number]["name"];

/** The fields whose type admits null: what a reader needs to know. */
type NullableKeys<T> = { [K in keyof T]-?: null extends T[K] ? K : never }[keyof T];
type DescribedAsNullable<T extends readonly { name: string; type: string }[]> = Extract<
  T[number],
  { type: `${string} | null` }
>["name"];

describe("BACKUP_FIELDS", () => {
  it("describes exactly the fields of Backup and BackupResource", () => {
    expectTypeOf<Described<typeof BACKUP_FIELDS>>().toEqualTypeOf<keyof Backup>();
    expectTypeOf<Described<typeof BACKUP_RESOURCE_FIELDS>>().toEqualTypeOf<keyof BackupResource>();
  });

  it("writes `| null` exactly where the interface is nullable", () => {
    // `raw` is `unknown`, which admits null without saying so.
    expectTypeOf<DescribedAsNullable<typeof BACKUP_FIELDS>>().toEqualTypeOf<
      Exclude<NullableKeys<Backup>, "raw">
    >();
    expectTypeOf<DescribedAsNullable<typeof BACKUP_RESOURCE_FIELDS>>().toEqualTypeOf<
      NullableKeys<BackupResource>
    >();
  });

  it.each([
    ["BACKUP_FIELDS", BACKUP_FIELDS],
    ["BACKUP_RESOURCE_FIELDS", BACKUP_RESOURCE_FIELDS],
  ])("%s names each field once, with a meaning", (_, fields) => {
    const names = fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of fields) expect(field.meaning).toMatch(/\S.*\.$/);
  });

  it("lists the fields in the order of a converted record", () => {
    const record: Record<keyof Backup, unknown> = {
      provider: "linode",
      id: "1",
      name: null,
      status: "unknown",
      providerStatus: null,
      restorable: null,
      trigger: "unknown",
      kind: "unknown",
      resource: { type: null, id: null, name: null, ref: null },
      parentId: null,
      createdAt: null,
      completedAt: null,
      updatedAt: null,
      expiresAt: null,
      sizeBytes: null,
      resourceSizeBytes: null,
      raw: {},
      ref: null,
    };
    expect(BACKUP_FIELDS.map((f) => f.name)).toEqual(Object.keys(record));
  });
});

describe("restorableFromStatus", () => {
  const want: Record<BackupStatus, boolean | null> = {
    available: true,
    failed: false,
    cancelled: false,
    deleting: false,
    pending: null,
    running: null,
    restoring: null,
    unknown: null,
  };
  it.each(BACKUP_STATUSES.map((status) => [status, want[status]] as const))(
    "%s → %s",
    (status, restorable) => {
      expect(restorableFromStatus(status)).toBe(restorable);
    },
  );

  it("is the fallback of a provider flag that is absent (Linode without available)", () => {
    const linode = (fields: object) => fromLinode({ id: 1, ...fields }, { linodeId: 7 }).backups[0];
    expect(linode({ status: "failed" })?.restorable).toBe(false);
    expect(linode({ status: "successful" })?.restorable).toBe(true);
    expect(linode({ status: "running" })?.restorable).toBe(null);
    expect(linode({ status: "successful", available: false })?.restorable).toBe(false);
  });
});
