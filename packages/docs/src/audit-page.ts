import { code, escapeHtml, page } from "./html.js";

const CONTROLS: [string, string][] = [
  [
    "protected",
    "Backups are enabled or scheduled for the resource (as the provider says), or it has at least one backup. Fails for a resource never backed up.",
  ],
  [
    "max-age",
    "Its newest restorable backup is younger than max-age (default 24h) plus grace (default 0). No restorable backup at all fails it too.",
  ],
  [
    "latest-failed",
    "Its newest backup attempt did not end failed or cancelled. A running or pending one is not a failure.",
  ],
  ["min-count", "At least N restorable backups. Off unless set."],
  [
    "min-retention",
    "Its newest restorable backup is kept at least D (expiresAt − createdAt). Off unless set; an unknown expiry is noted in the report, not failed.",
  ],
  [
    "unverified",
    "A provider, or a resource's backups, could not be read: a finding of its own, never a silent pass. Such a resource gets no other verdict.",
  ],
];

const RESOURCES: [string, string, string][] = [
  [
    "linode",
    "Linode instances (GET /linode/instances)",
    "backups.enabled; backups listed per instance",
  ],
  [
    "huawei-cbr",
    "Resources bound to a vault (GET /v3/{project_id}/vaults)",
    "protect_status available, protecting or restoring; error or removing is not protected; backups matched by resource_id",
  ],
  [
    "onapp",
    "Virtual servers (GET /virtual_machines.json)",
    "enable_autobackups; backups listed per server (a disk's backups belong to its server)",
  ],
  [
    "zcom",
    "VMs (GET /{tenant_id}/servers/detail)",
    "a VM with an entry in the backup list has automatic backup; runs matched by instance_id",
  ],
  [
    "northflank",
    "Addons of every project (GET /v1/projects, GET /v1/projects/{projectId}/addons)",
    "a backup schedule (GET …/backup-schedules); backups from the backup destinations, matched by project and addon id (addon ids repeat across projects; the report gives each addon its ref, project/addon)",
  ],
];

const SETTINGS: [string, string, string][] = [
  [
    "maxAge",
    "duration",
    "max-age: the newest restorable backup must be younger than this (plus grace). Default 24h.",
  ],
  ["grace", "duration", "Added to maxAge. Default 0."],
  [
    "minCount",
    "integer ≥ 0 or null",
    "min-count: at least this many restorable backups; null turns it off. Default off.",
  ],
  [
    "minRetention",
    "duration or null",
    "min-retention: the newest restorable backup is kept at least this long; null turns it off. Default off.",
  ],
];

const MATCH: [string, string][] = [
  ["provider", "one of linode, huawei-cbr, onapp, zcom, northflank"],
  [
    "type",
    "the resource's type, exactly (linode, OS::Nova::Server, VirtualMachine, instance, addon)",
  ],
  ["id", "a glob on the resource's id"],
  ["name", "a glob on the resource's name (case-insensitive; * and ? and the usual glob syntax)"],
];

export const AUDIT_POLICY_EXAMPLE = `# backupkit audit --policy audit.yaml
defaults:
  maxAge: 24h
  grace: 30m
  minCount: 3
providers:
  northflank:
    maxAge: PT6H        # ISO 8601 works too
resources:
  - match: { provider: linode, name: "db-*" }
    minRetention: 7d
  - match: { name: "archive-*" }
    maxAge: 7d
exclude:
  - match: { name: "scratch-*" }
    reason: throwaway test machines
  - match: { provider: onapp, id: "7001" }
    reason: decommissioned on 2026-01-31, kept until the invoice closes`;

const table = (head: string[], rows: string[][]) =>
  `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n")}
</tbody></table>`;

/** The "Audit" page: what `backupkit audit` checks, its outputs, and the policy file reference. */
export function renderAuditPage(): string {
  const body = `
<p><code>backupkit audit</code> answers "is every resource backed up, recently and restorably?" across
every configured provider, in one pass over each provider's resources and backups. Programs call the
same audit as <code>audit(setups, policy, options)</code> from <code>@backupkit/sdk</code>.</p>
<pre><code>backupkit audit --mock                      # the embedded mock providers' audit fleet
backupkit audit --max-age 24h --min-count 3 --format junit --output audit.xml
backupkit audit --policy audit.yaml --at 2026-01-31T00:00:00Z --format json
backupkit audit --serve 0.0.0.0:9100 --interval 5m   # a Prometheus exporter</code></pre>

<h2 id="controls">Controls</h2>
<p>Their names are a contract: they appear in every output.</p>
${table(
  ["Control", "Passes when"],
  CONTROLS.map(([name, text]) => [code(name), escapeHtml(text)]),
)}
<p><b>Restorable</b> means the same for every provider: the model's <code>restorable</code> (the provider's own
flag where it has one, else from the status: available is true; failed, cancelled and deleting are false;
anything else unknown), and not expired: a backup whose <code>expiresAt</code> is before the audit's time
counts as not restorable. Backups created after <code>--at</code> did not exist yet and are ignored.</p>

<h2 id="resources">Resources per provider</h2>
${table(
  ["Provider", "Protectable resources", "Enabled or scheduled, and matching"],
  RESOURCES.map(([id, what, how]) => [code(id), escapeHtml(what), escapeHtml(how)]),
)}

<h2 id="outputs">Outputs</h2>
<ul>
<li><code>table</code> (default): one line per resource (provider, resource, last restorable backup and its age, verdict, why), findings first, then a summary line.</li>
<li><code>json</code>: <code>{ at, policy, summary: { resources, passing, failing, findings, excluded }, providers, resources: [{ provider, resource: { type, id, name }, protected, lastRestorableAt, backups, findings, … }], excluded, findings: [{ provider, resource, control, message }] }</code>. A provider that could not be read is a finding with resource type <code>provider</code>.</li>
<li><code>junit</code>: one test suite per provider, one test case per resource and control; a finding is a failure.</li>
<li><code>prometheus</code>: text exposition for node_exporter's textfile collector; labels <code>provider</code>, <code>resource_type</code>, <code>resource_id</code>, <code>resource_name</code>: <code>backupkit_resource_protected</code>, <code>backupkit_last_restorable_backup_timestamp_seconds</code>, <code>backupkit_last_restorable_backup_age_seconds</code>, <code>backupkit_backups</code>, <code>backupkit_finding{control}</code>, <code>backupkit_audit_timestamp_seconds</code>.</li>
<li><code>html</code>: one self-contained file that loads nothing: findings first, then each resource's last 30 days of backups (restorable, failed, and gaps past max-age).</li>
</ul>
<p><code>--serve [HOST:]PORT</code> serves the same gauges on <code>/metrics</code> and readiness on <code>/healthz</code>
(503 until the first audit completes), re-auditing every <code>--interval</code> (default 5m), and never
faster than Northflank's documented budget of 1000 requests per hour allows (the audit uses at most half of it).</p>

<h2 id="exit-codes">Exit codes</h2>
${table(
  ["Code", "Meaning"],
  [
    ["0", "no finding"],
    ["4", "at least one finding"],
    ["1", "nothing could be evaluated: no provider configured, or every one failed"],
    ["2", "usage error"],
  ],
)}

<h2 id="policy">Policy file reference</h2>
<p><code>--policy FILE</code> reads YAML or JSON (at most 1 MB), validated against a JSON Schema (draft 2020-12,
exported as <code>AUDIT_POLICY_SCHEMA</code>); an error names the file and the JSONPath of each problem, e.g.
<code>$.resources[0].maxAge: not a duration</code>. Flags (<code>--max-age</code>, <code>--grace</code>,
<code>--min-count</code>, <code>--min-retention</code>) override the file's <code>defaults</code>.</p>
<h3>Top level</h3>
${table(
  ["Key", "Type", "Meaning"],
  [
    [code("defaults"), "settings", "Thresholds for every resource."],
    [
      code("providers"),
      "object: provider id → settings",
      "Overrides for one provider's resources, over the defaults.",
    ],
    [
      code("resources"),
      "array of { match, …settings }",
      "Overrides for matching resources, applied in order after the provider's: the last match wins.",
    ],
    [
      code("exclude"),
      "array of { match, reason }",
      "Resources left out of the audit; the report lists each with its reason.",
    ],
  ],
)}
<p>Each <code>exclude</code> entry has a <code>match</code> and a <code>reason</code> (text, required): why the
resource is left out; the report lists every excluded resource with it.</p>
<h3>Settings</h3>
${table(
  ["Key", "Type", "Meaning"],
  SETTINGS.map(([key, type, text]) => [code(key), escapeHtml(type), escapeHtml(text)]),
)}
<h3 id="match"><code>match</code></h3>
<p>Every given key must match; at least one key.</p>
${table(
  ["Key", "Matches"],
  MATCH.map(([key, text]) => [code(key), escapeHtml(text)]),
)}
<h3>Durations</h3>
<p>A whole number and a unit (<code>30s</code>, <code>90m</code>, <code>24h</code>, <code>7d</code>, <code>2w</code>), <code>0</code>, or ISO 8601
without years and months (<code>PT24H</code>, <code>P7D</code>, <code>P1DT12H</code>).</p>
<h3>Example</h3>
<pre><code>${escapeHtml(AUDIT_POLICY_EXAMPLE)}</code></pre>
`;
  return page({ title: "Audit", body });
}
