import { type AuditReport, formatDuration, type ResourceReport } from "@backupkit/sdk";

const DAY = 86_400_000;
const DAYS = 30;
const WIDTH = 600;

/**
 * One self-contained page: inline styles and SVG, no script, nothing loaded
 * from anywhere. Findings first, then each resource's last 30 days of
 * backups: restorable ones green, failed ones red, gaps past max-age shaded.
 */
export function renderAuditHtml(report: AuditReport): string {
  const { summary } = report;
  const findings = report.findings
    .map(
      (f) =>
        `<tr><td>${esc(f.provider)}</td><td>${esc(f.resource.name ?? f.resource.id)}</td><td><code>${esc(f.control)}</code></td><td>${esc(f.message)}</td></tr>`,
    )
    .join("\n");
  const resources = report.resources.map((r) => resourceBlock(r, Date.parse(report.at))).join("\n");
  const excluded = report.excluded
    .map(
      (e) =>
        `<li>${esc(e.provider)} ${esc(e.resource.name ?? e.resource.id)}: ${esc(e.reason)}</li>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>backupkit audit ${esc(report.at)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#1b1f24;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse}td,th{padding:.25rem .6rem;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top}
.summary{font-size:1.05rem}.fail{color:#b42318;font-weight:600}.ok{color:#1a7f37;font-weight:600}
.resource{margin:.8rem 0}.resource svg{display:block;border:1px solid #d0d7de;background:#f6f8fa}
.legend span{display:inline-block;margin-right:1rem}
</style>
</head>
<body>
<h1>Backup audit</h1>
<p class="summary">As of ${esc(report.at)}: ${summary.resources} resources, <span class="ok">${summary.passing} passing</span>, <span class="fail">${summary.failing} failing</span>, ${summary.findings} findings${summary.excluded > 0 ? `, ${summary.excluded} excluded` : ""}.</p>
<h2 id="findings">Findings</h2>
${report.findings.length === 0 ? "<p>None.</p>" : `<table><thead><tr><th>Provider</th><th>Resource</th><th>Control</th><th>Why</th></tr></thead><tbody>\n${findings}\n</tbody></table>`}
<h2 id="resources">Resources: the last ${DAYS} days</h2>
<p class="legend"><span style="color:#1a7f37">▮ restorable backup</span><span style="color:#b42318">▮ failed</span><span style="color:#8c959f">▮ other</span><span style="color:#d4a72c">▬ gap past max-age</span></p>
${resources}
${excluded === "" ? "" : `<h2 id="excluded">Excluded</h2>\n<ul>\n${excluded}\n</ul>`}
</body>
</html>
`;
}

function resourceBlock(r: ResourceReport, at: number): string {
  const start = at - DAYS * DAY;
  const x = (ms: number) => (((ms - start) / (DAYS * DAY)) * WIDTH).toFixed(1);
  const points = r.timeline ?? [];
  const marks = points
    .map(([time, outcome]) => {
      const color =
        outcome === "restorable" ? "#1a7f37" : outcome === "failed" ? "#b42318" : "#8c959f";
      return `<rect x="${x(Date.parse(time))}" y="6" width="3" height="22" fill="${color}"><title>${esc(time)} ${outcome}</title></rect>`;
    })
    .join("");
  const gaps = gapsPastMaxAge(r, at, start)
    .map(
      ([from, to]) =>
        `<rect x="${x(from)}" y="30" width="${(Number(x(to)) - Number(x(from))).toFixed(1)}" height="4" fill="#d4a72c"/>`,
    )
    .join("");
  const verdict =
    r.findings.length > 0 ? `<span class="fail">FAIL</span>` : `<span class="ok">ok</span>`;
  const why = r.findings.map((f) => `${f.control}: ${f.message}`).join("; ");
  const last =
    r.lastRestorableAt === null
      ? "no restorable backup"
      : `last restorable ${esc(r.lastRestorableAt)} (${formatDuration(at - Date.parse(r.lastRestorableAt))} ago)`;
  return `<div class="resource"><div>${verdict} <b>${esc(r.provider)}</b> ${esc(r.resource.name ?? r.resource.id)} <small>${esc(r.resource.type)} ${esc(r.resource.id)}</small> — ${last}${why ? ` — ${esc(why)}` : ""}</div>
<svg width="${WIDTH}" height="36" viewBox="0 0 ${WIDTH} 36" role="img" aria-label="backups of the last ${DAYS} days">${marks}${gaps}</svg></div>`;
}

/** Stretches of the 30 days with no restorable backup younger than max-age + grace. */
function gapsPastMaxAge(r: ResourceReport, at: number, start: number): [number, number][] {
  const limit = r.settings.maxAge + r.settings.grace;
  const restorable = (r.timeline ?? [])
    .filter(([, outcome]) => outcome === "restorable")
    .map(([time]) => Date.parse(time))
    .sort((a, b) => a - b);
  const gaps: [number, number][] = [];
  let covered = start;
  const older = r.lastRestorableAt !== null ? Date.parse(r.lastRestorableAt) : null;
  if (older !== null && older < start) covered = Math.max(start, older + limit);
  for (const time of restorable) {
    if (time > covered) gaps.push([covered, time]);
    covered = Math.max(covered, time + limit);
  }
  if (covered < at) gaps.push([covered, at]);
  return gaps;
}

function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
