export { type AuditOptions, audit } from "./audit.js";
export { formatDuration, parseDuration } from "./duration.js";
export { HOURLY_REQUEST_LIMITS, minimumAuditInterval } from "./pacing.js";
export {
  type AuditPolicy,
  CONTROLS,
  type Control,
  type ControlSettings,
  DEFAULT_SETTINGS,
  type ResourceSelector,
} from "./policy.js";
export { AUDIT_POLICY_SCHEMA } from "./policy-schema.js";
export type {
  AuditReport,
  Finding,
  ProviderReport,
  ResourceRef,
  ResourceReport,
} from "./report.js";
export { isRestorableAt, type TimelineOutcome } from "./state.js";
