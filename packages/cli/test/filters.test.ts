import type { Backup } from "@backupkit/model";
import { describe, expect, it } from "vitest";
import { listValues, matches, parseBackupFilter, parseProviderFilter } from "../src/filters.js";

const at = (createdAt: string | null, status: Backup["status"] = "available") =>
  ({ status, createdAt }) as Backup;

describe("filters", () => {
  it("splits repeated and comma-separated values", () => {
    expect(listValues(["a,b", " c ", ",", "d"])).toEqual(["a", "b", "c", "d"]);
    expect(listValues(undefined)).toEqual([]);
  });

  it("keeps each provider once", () => {
    expect(parseProviderFilter(["linode,linode"], ["linode"])).toEqual(["linode"]);
    expect(parseProviderFilter(undefined, ["linode"])).toBeNull();
  });

  it.each([
    [
      "a date is UTC midnight",
      "2025-01-08",
      "2025-01-08T00:00:00.000Z",
      "2025-01-07T23:59:59.999Z",
    ],
    [
      "a zone-less time is UTC",
      "2025-01-08T12:00",
      "2025-01-08T12:00:00.000Z",
      "2025-01-08T11:59:59.000Z",
    ],
    [
      "an offset is converted",
      "2025-01-08T12:00:00+02:00",
      "2025-01-08T10:00:00.000Z",
      "2025-01-08T09:59:00.000Z",
    ],
  ])("--since: %s", (_name, since, kept, dropped) => {
    const filter = parseBackupFilter(undefined, since);
    expect(matches(filter, at(kept))).toBe(true);
    expect(matches(filter, at(dropped))).toBe(false);
  });

  it("never matches a backup without a creation time to --since", () => {
    expect(matches(parseBackupFilter(undefined, "2000-01-01"), at(null))).toBe(false);
    expect(matches(parseBackupFilter(undefined, undefined), at(null))).toBe(true);
  });

  it("matches any of several statuses", () => {
    const filter = parseBackupFilter(["failed,cancelled"], undefined);
    expect(matches(filter, at(null, "failed"))).toBe(true);
    expect(matches(filter, at(null, "cancelled"))).toBe(true);
    expect(matches(filter, at(null, "available"))).toBe(false);
  });
});
