import type { ProviderId } from "@backupkit/model";
import picomatch from "picomatch";

/** The names of the controls: a contract, they appear in every output. */
export const CONTROLS = [
  "protected",
  "max-age",
  "latest-failed",
  "min-count",
  "min-retention",
  "unverified",
] as const;
export type Control = (typeof CONTROLS)[number];

/** The thresholds of the controls, for one resource. Durations in milliseconds. */
export interface ControlSettings {
  /** `max-age`: the newest restorable backup must be younger than this plus `grace`. */
  maxAge: number;
  grace: number;
  /** `min-count`: at least this many restorable backups; `null`: off. */
  minCount: number | null;
  /** `min-retention`: the newest restorable backup is kept at least this long; `null`: off. */
  minRetention: number | null;
}

/** Picks resources: every given field must match; `name` and `id` are globs (`db-*`). */
export interface ResourceSelector {
  provider?: ProviderId;
  type?: string;
  id?: string;
  name?: string;
}

export interface AuditPolicy {
  /** The moment the audit evaluates as of. Backups created after it are ignored. */
  at: Date;
  defaults: ControlSettings;
  /** Overrides per provider. */
  providers?: Partial<Record<ProviderId, Partial<ControlSettings>>>;
  /** Overrides per resource, applied in order after the provider's: the last match wins. */
  resources?: readonly { match: ResourceSelector; settings: Partial<ControlSettings> }[];
  /** Resources left out of the audit, each with the reason the report gives. */
  exclude?: readonly { match: ResourceSelector; reason: string }[];
}

export const DEFAULT_SETTINGS: ControlSettings = {
  maxAge: 24 * 3_600_000,
  grace: 0,
  minCount: null,
  minRetention: null,
};

interface Described {
  provider: ProviderId;
  type: string;
  id: string;
  name: string | null;
}

/** A policy compiled once: globs become matchers, lookups are cheap per resource. */
export class CompiledPolicy {
  private readonly rules: { test: (r: Described) => boolean; settings: Partial<ControlSettings> }[];
  private readonly exclusions: { test: (r: Described) => boolean; reason: string }[];

  constructor(readonly policy: AuditPolicy) {
    this.rules = (policy.resources ?? []).map((rule) => ({
      test: matcher(rule.match),
      settings: rule.settings,
    }));
    this.exclusions = (policy.exclude ?? []).map((rule) => ({
      test: matcher(rule.match),
      reason: rule.reason,
    }));
  }

  /** The reason a resource is excluded, or `null`. */
  exclusion(resource: Described): string | null {
    return this.exclusions.find((rule) => rule.test(resource))?.reason ?? null;
  }

  settingsFor(resource: Described): ControlSettings {
    let settings: ControlSettings = {
      ...this.policy.defaults,
      ...definedOnly(this.policy.providers?.[resource.provider]),
    };
    for (const rule of this.rules) {
      if (rule.test(resource)) settings = { ...settings, ...definedOnly(rule.settings) };
    }
    return settings;
  }
}

function matcher(selector: ResourceSelector): (r: Described) => boolean {
  const glob = (pattern: string | undefined) =>
    pattern === undefined ? () => true : picomatch(pattern, { dot: true, nocase: true });
  const id = glob(selector.id);
  const name = glob(selector.name);
  return (r) =>
    (selector.provider === undefined || selector.provider === r.provider) &&
    (selector.type === undefined || selector.type === r.type) &&
    id(r.id) &&
    (selector.name === undefined || (r.name !== null && name(r.name)));
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
