/**
 * toBackups sends each provider's body to that provider's converter: the
 * records' values show which converter read them (a status only that
 * provider's table maps), and a body no converter of that name reads is
 * refused in that provider's name.
 */
import { describe, expect, it } from "vitest";
import { BodyError, type ProviderId, toBackups } from "../src/index.js";

const bodies: [ProviderId, unknown, [string, string, string, string]][] = [
  ["linode", { id: 5, status: "paused", type: "auto" }, ["linode", "5", "pending", "paused"]],
  [
    "huawei-cbr",
    { backups: [{ id: "h1", status: "waiting_protect", resource_id: "vm" }] },
    ["huawei-cbr", "h1", "pending", "waiting_protect"],
  ],
  [
    "onapp",
    [{ backup: { id: 8, built: false, locked: true } }],
    ["onapp", "8", "running", "locked, not built"],
  ],
  [
    "zcom",
    {
      backup: [
        {
          id: "z",
          instance_id: "vm",
          backupruns: [{ backuprun_id: "r", status: "restoring", type: "instance" }],
        },
      ],
    },
    ["zcom", "r", "restoring", "restoring"],
  ],
  [
    "northflank",
    { data: [{ id: "n", status: "aborting" }] },
    ["northflank", "n", "cancelled", "aborting"],
  ],
];

describe("toBackups", () => {
  it.each(bodies)("gives a %s body to that provider's converter", (provider, body, want) => {
    const { backups } = toBackups(provider, body);
    expect(backups.map((b) => [b.provider, b.id, b.status, b.providerStatus])).toEqual([want]);
  });

  it.each(bodies)("refuses a body that is not %s's in that provider's name", (provider) => {
    expect(() => toBackups(provider, "not a body")).toThrow(BodyError);
    expect(() => toBackups(provider, "not a body")).toThrow(new RegExp(`^${provider}: `));
  });
});
