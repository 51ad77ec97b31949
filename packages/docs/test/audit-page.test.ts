import { AUDIT_POLICY_SCHEMA, CONTROLS } from "@backupkit/sdk";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { AUDIT_POLICY_EXAMPLE, renderAuditPage } from "../src/audit-page.js";

const html = renderAuditPage();

/** Every property name the policy schema declares, at any depth. */
function propertyNames(schema: unknown, names = new Set<string>()): Set<string> {
  if (schema && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "properties" && value && typeof value === "object") {
        for (const name of Object.keys(value)) names.add(name);
      }
      propertyNames(value, names);
    }
  }
  return names;
}

describe("the Audit page", () => {
  it("documents every control by its name", () => {
    for (const control of CONTROLS) expect(html).toContain(`<code>${control}</code>`);
  });

  it("documents every property of the policy schema", () => {
    const names = [...propertyNames(AUDIT_POLICY_SCHEMA)];
    expect(names.length).toBeGreaterThan(8);
    for (const name of names) expect(html, name).toContain(`<code>${name}</code>`);
  });

  it("shows an example that the schema accepts", () => {
    const validate = new Ajv2020({ strict: true }).compile(AUDIT_POLICY_SCHEMA);
    expect(validate(parse(AUDIT_POLICY_EXAMPLE))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it("documents the exit codes", () => {
    for (const code of ["0", "4", "1", "2"]) expect(html).toContain(`<td>${code}</td>`);
  });
});
