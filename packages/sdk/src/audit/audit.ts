import type { ProviderId } from "@backupkit/model";
import { failureMessage, type RunOptions, sourceContext } from "../listing.js";
import { resourceListers } from "../resources/index.js";
import { resourceKey } from "../resources/key.js";
import type { ProtectableResource, ResourceLister } from "../resources/types.js";
import type { Source, SourceConfig } from "../sources/types.js";
import { evaluateControls } from "./evaluate.js";
import { type AuditPolicy, CompiledPolicy } from "./policy.js";
import type { AuditReport, Finding, ProviderReport, ResourceReport } from "./report.js";
import { BackupFold } from "./state.js";

export interface AuditOptions extends RunOptions {
  /** Keep each resource's last 30 days of backups for a timeline (the HTML report). */
  timeline?: boolean;
  /** Replaces the built-in resource listers (tests). */
  listers?: Readonly<Partial<Record<ProviderId, ResourceLister>>>;
  /** Called as backups are read, for progress. */
  onBackups?: (provider: ProviderId, count: number) => void;
}

interface Entry {
  resource: ProtectableResource | null;
  fold: BackupFold;
  unreadable: string | null;
}

/**
 * Audits every configured provider at once against a policy: one pass over
 * each provider's resources and backups, folded as they stream in, so memory
 * grows with resources, not backups. One provider's failure does not stop the
 * others: it becomes an `unverified` finding.
 */
export async function audit(
  setups: readonly { source: Source; config: SourceConfig }[],
  policy: AuditPolicy,
  options: AuditOptions,
): Promise<AuditReport> {
  const compiled = new CompiledPolicy(policy);
  const atMs = policy.at.getTime();
  const context = sourceContext(options);
  const perProvider = await Promise.all(
    setups.map(async ({ source, config }) => {
      const lister = options.listers?.[source.id] ?? resourceListers[source.id];
      const entries = new Map<string, Entry>();
      const stats: ProviderReport = {
        provider: source.id,
        state: "ok",
        error: null,
        resources: 0,
        backups: 0,
        unmatchedBackups: 0,
        issues: 0,
        requests: 0,
      };
      // Counted per provider, under the run's one limiter, so a caller can pace repeated audits.
      // Counted where each attempt takes its place in the run's queue, so the
      // transport's own fetch (its proxy and redirect handling) stays in use.
      const { queue } = context.client;
      const counted = {
        client: {
          ...context.client,
          queue: <T>(attempt: () => Promise<T>): Promise<T> => {
            stats.requests++;
            return queue ? queue(attempt) : attempt();
          },
        },
      };
      const entry = (id: string): Entry => {
        let found = entries.get(id);
        if (!found) {
          found = {
            resource: null,
            fold: new BackupFold(atMs, options.timeline === true),
            unreadable: null,
          };
          entries.set(id, found);
        }
        return found;
      };
      try {
        for await (const chunk of lister.list(config, counted)) {
          for (const resource of chunk.resources ?? []) {
            entry(resourceKey(lister.matchByRef, resource)).resource = resource;
          }
          const backups = chunk.backups ?? [];
          for (const backup of backups) {
            const key = chunk.owner ?? resourceKey(lister.matchByRef, backup.resource);
            if (key !== null) entry(key).fold.add(backup);
            else stats.unmatchedBackups++;
          }
          stats.backups += backups.length;
          stats.issues += chunk.issues?.length ?? 0;
          for (const { resourceId, message } of chunk.unreadable ?? []) {
            entry(resourceId).unreadable = message;
          }
          if (backups.length > 0) options.onBackups?.(source.id, backups.length);
        }
      } catch (err) {
        stats.state = "failed";
        stats.error = failureMessage(err);
      }
      return { stats, entries };
    }),
  );

  const resources: ResourceReport[] = [];
  const excluded: AuditReport["excluded"] = [];
  const findings: Finding[] = [];
  for (const { stats, entries } of perProvider) {
    if (stats.error !== null) {
      findings.push({
        provider: stats.provider,
        resource: { type: "provider", id: stats.provider, name: null },
        control: "unverified",
        message: `the provider could not be read: ${stats.error}`,
      });
    }
    for (const { resource, fold, unreadable } of entries.values()) {
      if (resource === null) {
        stats.unmatchedBackups += fold.backups;
        continue;
      }
      stats.resources++;
      const ref = {
        type: resource.type,
        id: resource.id,
        name: resource.name,
        ...(typeof resource.ref === "string" ? { ref: resource.ref } : {}),
      };
      const reason = compiled.exclusion(resource);
      if (reason !== null) {
        excluded.push({ provider: resource.provider, resource: ref, reason });
        continue;
      }
      const settings = compiled.settingsFor(resource);
      const problem =
        unreadable ??
        (stats.error === null
          ? null
          : `the provider's backups could not all be read: ${stats.error}`);
      const evaluated =
        problem === null
          ? evaluateControls(fold, resource.backupsEnabled, settings, atMs)
          : {
              results: [
                {
                  control: "unverified" as const,
                  passed: false,
                  message: `backups could not be read: ${problem}`,
                },
              ],
              notes: [],
            };
      const own = evaluated.results
        .filter((r) => !r.passed)
        .map((r) => ({
          provider: resource.provider,
          resource: ref,
          control: r.control,
          message: r.message,
        }));
      findings.push(...own);
      const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
      resources.push({
        provider: resource.provider,
        resource: ref,
        protected: resource.backupsEnabled === true || fold.backups > 0,
        backupsEnabled: resource.backupsEnabled,
        lastRestorableAt: iso(fold.newestRestorableAt),
        backups: fold.backups,
        restorableBackups: fold.restorable,
        lastAttempt:
          fold.newestAttemptAt === null
            ? null
            : {
                at: new Date(fold.newestAttemptAt).toISOString(),
                status: fold.newestAttemptStatus ?? "unknown",
              },
        controls: evaluated.results,
        findings: own,
        notes: evaluated.notes,
        settings,
        ...(fold.timeline
          ? {
              timeline: fold.timeline.map(
                ([at, outcome]) =>
                  [new Date(at).toISOString(), outcome] as [string, typeof outcome],
              ),
            }
          : {}),
      });
    }
  }

  const order = new Map(setups.map(({ source }, i) => [source.id, i]));
  resources.sort(
    (a, b) =>
      Number(b.findings.length > 0) - Number(a.findings.length > 0) ||
      (order.get(a.provider) ?? 0) - (order.get(b.provider) ?? 0) ||
      (a.resource.name ?? a.resource.id).localeCompare(b.resource.name ?? b.resource.id),
  );
  const failing = resources.filter((r) => r.findings.length > 0).length;
  return {
    at: policy.at.toISOString(),
    policy: {
      defaults: policy.defaults,
      providers: policy.providers ?? {},
      resources: (policy.resources ?? []).map((r) => ({
        match: { ...r.match },
        settings: r.settings,
      })),
      exclude: (policy.exclude ?? []).map((r) => ({ match: { ...r.match }, reason: r.reason })),
    },
    summary: {
      resources: resources.length,
      passing: resources.length - failing,
      failing,
      findings: findings.length,
      excluded: excluded.length,
    },
    providers: perProvider.map((p) => p.stats),
    resources,
    excluded,
    findings,
  };
}
