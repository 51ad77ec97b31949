import { providerOperations } from "@backupkit/sdk";
import { describe, expect, it } from "vitest";
import { renderOperationsPage } from "../src/operations-page.js";

describe("the operations page", () => {
  const html = renderOperationsPage(providerOperations);

  it("has one section per provider", () => {
    for (const p of providerOperations) expect(html).toContain(`<h2 id="${p.provider}">`);
  });

  it("names each operation's endpoint, and says what Linode's cancel deletes", () => {
    expect(html).toContain("<code>POST /linode/instances/{linodeId}/backups/cancel</code>");
    expect(html).toContain("deletes EVERY backup of that Linode");
    expect(html).toContain(
      "<code>DELETE /v1/projects/{projectId}/addons/{addonId}/backups/{backupId}</code>",
    );
  });

  it("documents Z.com: restore and the schedule, no on-demand backup, and createImage on the typed client", () => {
    const zcom = html.slice(html.indexOf('<h2 id="zcom">'), html.indexOf('<h2 id="northflank">'));
    expect(zcom).toContain("<code>POST /{tenant_id}/backup/{backup_id}/action</code>");
    expect(zcom).toContain("<code>DELETE /{tenant_id}/backup/{backup_id}</code>");
    expect(zcom).toMatch(/<em>Not available\.<\/em> Z\.com has no on-demand backup/);
    expect(zcom).toMatch(/createImage\) is not one of these operations/);
  });

  it("says why a provider cannot do an operation", () => {
    expect(html).toMatch(/<em>Not available\.<\/em> Linode cannot delete one backup/);
    expect(html).toMatch(/<em>Not available\.<\/em> CBR has no call that stops a backup/);
  });

  it("shows Huawei CBR's endpoints, and that a schedule is the vault's policy", () => {
    const huawei = html.slice(
      html.indexOf('<h2 id="huawei-cbr">'),
      html.indexOf('<h2 id="onapp">'),
    );
    for (const endpoint of [
      "POST /v3/{project_id}/checkpoints",
      "POST /v3/{project_id}/backups/{backup_id}/restore",
      "DELETE /v3/{project_id}/backups/{backup_id}",
      "GET /v3/{project_id}/policies",
      "PUT /v3/{project_id}/policies/{policy_id}",
    ]) {
      expect(huawei).toContain(`<code>${endpoint}</code>`);
    }
    expect(huawei).toContain("in every other vault it is applied to");
  });
});
