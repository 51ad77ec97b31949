import { describe, expect, it } from "vitest";
import {
  BACKUP_FIELDS,
  BACKUP_RESOURCE_FIELDS,
  mappings,
  PROVIDER_IDS,
  toBackups,
} from "../src/index.js";

const commonFields = [
  ...BACKUP_FIELDS.map((f) => f.name).filter(
    (name) => name !== "resource" && name !== "provider" && name !== "raw",
  ),
  ...BACKUP_RESOURCE_FIELDS.map((f) => `resource.${f.name}`),
];

describe("registry", () => {
  it("has one mapping per provider, in provider order", () => {
    expect(mappings.map((m) => m.provider)).toEqual([...PROVIDER_IDS]);
  });

  it.each(mappings.map((m) => [m.provider, m] as const))(
    "%s mapping documents where every common field comes from",
    (_provider, mapping) => {
      expect(mapping.fields.map((f) => f.field).sort()).toEqual(
        expect.arrayContaining(commonFields.sort()),
      );
    },
  );

  it.each([
    ["linode", { automatic: [], snapshot: { current: null, in_progress: null } }],
    ["huawei-cbr", { count: 0, backups: [] }],
    ["onapp", []],
    ["zcom", { backup: [] }],
    ["northflank", { data: [], pagination: { hasNextPage: false, count: 0 } }],
  ] as const)("toBackups reads an empty %s list body", (provider, body) => {
    expect(toBackups(provider, body)).toEqual({ backups: [], issues: [] });
  });

  it("rejects an unknown provider", () => {
    expect(() => toBackups("aws" as never, {})).toThrow('unknown provider "aws"');
  });
});
