import type { AuditReport } from "@backupkit/sdk";

/**
 * JUnit XML as Jenkins reads it: one test suite per provider, one test case
 * per resource and control; a finding is a `<failure>`.
 */
export function renderAuditJunit(report: AuditReport): string {
  const suites = new Map<string, string[]>();
  const failures = new Map<string, number>();
  const add = (provider: string, testcase: string, failed: boolean) => {
    suites.set(provider, [...(suites.get(provider) ?? []), testcase]);
    if (failed) failures.set(provider, (failures.get(provider) ?? 0) + 1);
  };
  for (const f of report.findings.filter((f) => f.resource.type === "provider")) {
    add(
      f.provider,
      `    <testcase classname="${attr(`backupkit.${f.provider}`)}" name="unverified">\n      <failure message="${attr(f.message)}" type="unverified">${text(f.message)}</failure>\n    </testcase>`,
      true,
    );
  }
  for (const r of report.resources) {
    const classname = attr(`backupkit.${r.provider}.${r.resource.name ?? r.resource.id}`);
    for (const c of r.controls) {
      const body = c.passed
        ? `    <testcase classname="${classname}" name="${attr(c.control)}"/>`
        : `    <testcase classname="${classname}" name="${attr(c.control)}">\n      <failure message="${attr(c.message)}" type="${attr(c.control)}">${text(`${r.resource.type} ${r.resource.id}: ${c.message}`)}</failure>\n    </testcase>`;
      add(r.provider, body, !c.passed);
    }
  }
  const blocks = [...suites].map(
    ([provider, cases]) =>
      `  <testsuite name="${attr(provider)}" tests="${cases.length}" failures="${failures.get(provider) ?? 0}" errors="0" skipped="0" timestamp="${report.at.slice(0, 19)}">\n${cases.join("\n")}\n  </testsuite>`,
  );
  const tests = [...suites.values()].reduce((n, c) => n + c.length, 0);
  const failed = [...failures.values()].reduce((n, c) => n + c, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="backupkit audit" tests="${tests}" failures="${failed}">\n${blocks.join("\n")}\n</testsuites>\n`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function text(value: string): string {
  return value
    .replace(NOT_XML, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function attr(value: string): string {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
