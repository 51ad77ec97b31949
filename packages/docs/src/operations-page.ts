import type { OperationName, ProviderOperations } from "@backupkit/sdk";
import { code, escapeHtml, page } from "./html.js";

/** The command line of each operation, as the CLI names it. */
const COMMANDS: Record<OperationName, string> = {
  create: "backupkit create -p P --resource REF [--label L]",
  restore: "backupkit restore -p P REF [--target REF] [--overwrite]",
  delete: "backupkit delete -p P REF",
  cancel: "backupkit cancel -p P REF",
  enableSchedule: "backupkit schedule enable -p P --resource REF",
  disableSchedule: "backupkit schedule disable -p P --resource REF",
};

/**
 * The "Acting on backups" page: for every provider, each operation with the
 * endpoints it calls and what it does there, or why the provider cannot do
 * it. Rendered from the SDK's own registry, so it says what the code does.
 */
export function renderOperationsPage(providers: readonly ProviderOperations[]): string {
  const sections = providers.map((p) => {
    const rows = (Object.keys(COMMANDS) as OperationName[]).map((name) => {
      const operation = p.operations[name];
      const what = operation
        ? `${operation.endpoints.map((e) => code(e)).join("<br>")}<br>${escapeHtml(operation.about)}`
        : `<em>Not available.</em> ${escapeHtml(p.unsupported[name] ?? "")}`;
      return `<tr><td>${code(name)}<br>${code(COMMANDS[name])}</td><td>${what}</td></tr>`;
    });
    const notes = (p.notes ?? []).map((note) => `<p>${escapeHtml(note)}</p>`).join("\n");
    return `<h2 id="${escapeHtml(p.provider)}">${escapeHtml(p.provider)}</h2>
<table class="operations"><thead><tr><th>Operation</th><th>Endpoints and effect</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>
${notes}`;
  });
  const body = `
<p>Each operation takes the references that <code>backupkit list</code> prints: a backup's
<code>ref</code> (the REF column) for restore, delete and cancel, and its resource's
<code>resource.ref</code> for create and the schedules. Programs call the same operations from
<code>@backupkit/sdk</code> (<code>create</code>, <code>restore</code>, <code>deleteBackup</code>,
<code>cancel</code>, <code>enableSchedule</code>, <code>disableSchedule</code>,
<code>waitFor</code>).</p>
<ul>
<li><code>--dry-run</code> prints each request (method, URL, body) and sends nothing; for
Huawei CBR also the headers its AK/SK signing adds, the signature, its time and any token
redacted.</li>
<li>An operation that loses something asks first, saying what; off a terminal it refuses
without <code>--yes</code> (exit 2, nothing sent).</li>
<li>A POST is never sent twice. One that gets no answer in time is reported as "may have
happened", with how to check.</li>
<li><code>--wait</code> polls, with backoff, until the backup is available, failed or gone;
a restore that changes no backup (Linode) is followed on the restored resource until it is no
longer busy. <code>--wait-timeout</code> bounds it, and the operation goes on at the provider
after that.</li>
</ul>
${sections.join("\n")}
`;
  return page({ title: "Acting on backups", body });
}
