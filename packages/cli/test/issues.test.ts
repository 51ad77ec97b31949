import type { ConversionIssue } from "@backupkit/model";
import { describe, expect, it } from "vitest";
import { formatIssue, issueReport } from "../src/issues.js";

const issue = (patch: Partial<ConversionIssue>): ConversionIssue => ({
  provider: "zcom",
  severity: "warning",
  path: "$.backup[0].backupruns",
  backupId: "b1",
  message: "no backup runs, so this backup yields no record",
  ...patch,
});

describe("formatIssue", () => {
  it("puts severity, provider, path, backup and message on one line", () => {
    expect(formatIssue(issue({}))).toBe(
      "warning: zcom $.backup[0].backupruns (backup b1): no backup runs, so this backup yields no record",
    );
  });

  it("leaves out the backup when its id is unknown", () => {
    expect(formatIssue(issue({ backupId: null, severity: "error" }))).toBe(
      "error: zcom $.backup[0].backupruns: no backup runs, so this backup yields no record",
    );
  });

  it("escapes a backup id with a line break, so the issue stays one line", () => {
    const line = formatIssue(issue({ backupId: "a\nb" }));
    expect(line).toContain('(backup "a\\nb")');
    expect(line).not.toMatch(/[\r\n]/);
  });
});

describe("issueReport", () => {
  it("sums issues per provider unless verbose", () => {
    const issues = [issue({}), issue({ severity: "error" }), issue({ provider: "linode" })];
    expect(issueReport(issues, false)).toEqual([
      "zcom: conversion issues: 1 object not converted, 1 field degraded (--verbose lists them)",
      "linode: conversion issues: 1 field degraded (--verbose lists them)",
    ]);
    expect(issueReport(issues, true)).toHaveLength(3);
  });
});
