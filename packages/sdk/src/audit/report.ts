import type { ProviderId } from "@backupkit/model";
import type { Control, ControlSettings } from "./policy.js";
import type { TimelineOutcome } from "./state.js";

export interface ResourceRef {
  type: string;
  id: string;
  name: string | null;
  /** What create and schedule take for it, where the lister knows it (Northflank: `project/addon`). */
  ref?: string;
}

export interface Finding {
  provider: ProviderId;
  resource: ResourceRef;
  control: Control;
  message: string;
}

export interface ResourceReport {
  provider: ProviderId;
  resource: ResourceRef;
  /** The `protected` control passed: enabled or scheduled, or at least one backup. */
  protected: boolean;
  /** What the provider says of its backups (enabled or scheduled); `null`: it says nothing. */
  backupsEnabled: boolean | null;
  lastRestorableAt: string | null;
  /** Backups as of `at`, and how many of them were restorable then. */
  backups: number;
  restorableBackups: number;
  lastAttempt: { at: string; status: string } | null;
  /** Every control evaluated, passed or not (JUnit lists them all). */
  controls: { control: Control; passed: boolean; message: string }[];
  findings: Finding[];
  notes: { control: Control; message: string }[];
  settings: ControlSettings;
  /** The last 30 days of backups, `[ISO time, outcome]`, when the audit was asked for it. */
  timeline?: [string, TimelineOutcome][];
}

export interface ProviderReport {
  provider: ProviderId;
  /** `failed`: the provider, or part of it, could not be read; its findings say which. */
  state: "ok" | "failed";
  error: string | null;
  resources: number;
  backups: number;
  /** Backups of resources the provider's resource list does not name (deleted, or not protectable). */
  unmatchedBackups: number;
  issues: number;
  /** Requests this provider's part of the audit sent (retries included). */
  requests: number;
}

export interface AuditReport {
  at: string;
  policy: {
    defaults: ControlSettings;
    providers: Partial<Record<ProviderId, Partial<ControlSettings>>>;
    resources: { match: Record<string, string>; settings: Partial<ControlSettings> }[];
    exclude: { match: Record<string, string>; reason: string }[];
  };
  summary: {
    resources: number;
    passing: number;
    failing: number;
    findings: number;
    excluded: number;
  };
  providers: ProviderReport[];
  /** Failing resources first, then by provider and name. */
  resources: ResourceReport[];
  excluded: { provider: ProviderId; resource: ResourceRef; reason: string }[];
  /** Every finding, provider-level `unverified` ones included (resource type `provider`). */
  findings: Finding[];
}
