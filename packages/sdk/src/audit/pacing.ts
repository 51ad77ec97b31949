import type { ProviderId } from "@backupkit/model";
import type { AuditReport } from "./report.js";

/**
 * Requests per hour a provider allows an account, where its docs give a
 * fixed budget: Northflank's default is 1000 per hour. The others answer 429
 * with their reset headers, which the transport already waits for.
 */
export const HOURLY_REQUEST_LIMITS: Readonly<Partial<Record<ProviderId, number>>> = {
  northflank: 1000,
};

/** How much of an hourly budget a repeated audit may use, leaving the rest to the account's other clients. */
const SHARE = 0.5;

/**
 * The shortest interval between two audits that keeps every provider within
 * its hourly budget, given what the last audit sent.
 */
export function minimumAuditInterval(report: Pick<AuditReport, "providers">): number {
  let interval = 0;
  for (const { provider, requests } of report.providers) {
    const limit = HOURLY_REQUEST_LIMITS[provider];
    if (limit !== undefined)
      interval = Math.max(interval, (requests / (limit * SHARE)) * 3_600_000);
  }
  return Math.ceil(interval);
}
