import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parseZcomJson } from "@backupkit/zcom";
import { describe, expect, it } from "vitest";
import {
  type ConversionResult,
  fromHuaweiCbr,
  fromLinode,
  fromNorthflank,
  fromOnapp,
  fromZcom,
} from "../src/index.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const fixture = (path: string): unknown =>
  // Z.com's seed has trailing commas, which parseZcomJson reads; for the others it is JSON.parse.
  parseZcomJson(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), "utf8"));

/** Each converter with a seed body that converts to two or more records. */
const conversions: [string, () => ConversionResult][] = [
  ["linode", () => fromLinode({ automatic: [linodeBackup(1), linodeBackup(2)] }, { linodeId: 1 })],
  ["huawei-cbr", () => fromHuaweiCbr({ backups: [huaweiBackup("a"), huaweiBackup("b")] })],
  ["onapp", () => fromOnapp(twice(fixture("onapp/backups.seed.json") as unknown[]))],
  ["zcom", () => fromZcom(fixture("zcom/list-backups.seed.json"))],
  [
    "northflank",
    () => {
      const body = fixture("northflank/list-backups.seed.json") as { data: unknown[] };
      return fromNorthflank({ ...body, data: twice(body.data) });
    },
  ],
];

/** A list of the seed's first item and a copy of it with another id, for two records. */
function twice(items: unknown[]): unknown[] {
  const first = items[0] as Record<string, unknown>;
  const inner =
    "backup" in first
      ? { backup: { ...(first.backup as object), id: 2 } }
      : { ...first, id: "copy" };
  return [first, inner];
}

function linodeBackup(id: number): unknown {
  return { ...(fixture("linode/backup-view.seed.json") as object), id };
}

function huaweiBackup(id: string): unknown {
  const { backup } = fixture("huawei-cbr/show-backup.seed.json") as { backup: object };
  return { ...backup, id };
}

/** Whether what `refs` point to is collected once nothing outside the model holds it. */
async function collected(refs: WeakRef<object>[]): Promise<boolean[]> {
  // A WeakRef keeps its target until the job that made it ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  return refs.map((ref) => ref.deref() === undefined);
}

describe("what a converter holds once it has returned", () => {
  it.each(conversions)(
    "%s: neither the list of records nor any record but the last",
    async (_provider, convert) => {
      const refs = ((): WeakRef<object>[] => {
        const { backups } = convert();
        expect(backups.length).toBeGreaterThan(1);
        return [new WeakRef(backups), new WeakRef(backups[0] as object)];
      })();
      expect(await collected(refs)).toEqual([true, true]);
    },
  );

  it("keeps the last record of a provider's latest conversion only, to keep its shape", async () => {
    const refs = ((): WeakRef<object>[] => {
      const first = fromZcom(fixture("zcom/list-backups.seed.json")).backups;
      const second = fromZcom(fixture("zcom/list-backups.seed.json")).backups;
      return [new WeakRef(first.at(-1) as object), new WeakRef(second.at(-1) as object)];
    })();
    expect(await collected(refs)).toEqual([true, false]);
  });
});
