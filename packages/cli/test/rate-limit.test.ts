import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import type { Backup } from "@backupkit/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupkit, linodeEnv } from "./run.js";

// 60 Linodes behind Linode's rate-limit headers at 20 requests per 2 s window:
// the listing needs more than two windows' worth of requests, and used to
// draw 429s and fail with one backup missing. The same account without a
// limit says which backups a complete listing holds.

const RESOURCES = 60;
let limited: MockProviders;
let unlimited: MockProviders;
beforeAll(async () => {
  [limited, unlimited] = await Promise.all([
    startMockProviders({
      providers: { linode: { resources: RESOURCES } },
      rateLimit: { limit: 20, windowMs: 2000 },
    }),
    startMockProviders({ providers: { linode: { resources: RESOURCES } } }),
  ]);
});
afterAll(async () => {
  expect(limited.failures).toEqual([]);
  expect(unlimited.failures).toEqual([]);
  await Promise.all([limited.close(), unlimited.close()]);
});

const ids = (stdout: string) => (JSON.parse(stdout) as Backup[]).map((b) => b.id).sort();

describe("backupkit list under a provider's rate limit", () => {
  it("lists every backup of 60 Linodes at 20 requests per 2 s, without drawing a 429", async () => {
    const complete = await backupkit(["list", "-p", "linode", "-f", "json"], linodeEnv(unlimited));
    expect(complete.code).toBe(0);

    const paced = await backupkit(["list", "-p", "linode", "-f", "json"], linodeEnv(limited));
    expect(paced.stderr).toBe("");
    expect(paced.code).toBe(0);
    expect(ids(paced.stdout)).toEqual(ids(complete.stdout));
    expect(ids(paced.stdout).length).toBeGreaterThan(RESOURCES / 2);
    const statuses = limited.requests.map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toEqual([]);
    // More requests than two windows allow: the limit was really in the way.
    expect(statuses.length).toBeGreaterThan(40);
  }, 20_000);
});
