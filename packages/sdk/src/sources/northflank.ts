import { type ConversionIssue, type ConversionResult, fromNorthflank } from "@backupkit/model";
import {
  createNorthflankClient,
  listAllBackupDestinations,
  listAllBackups,
  MAX_PER_PAGE,
  NORTHFLANK_BASE_URL,
  type NorthflankBackup,
  type NorthflankClient,
} from "@backupkit/northflank";
import { asSourceError, converted } from "./errors.js";
import type { Source, SourceConfig, SourceContext } from "./types.js";

type Config = SourceConfig<"token">;

// No `get`: the backup-destination API lists a destination's backups but has
// no endpoint for one of them. (The addon API's "get addon backup" is another
// resource, an addon's own backups, with other fields.)
export const northflankSource: Source<"token"> = {
  id: "northflank",
  defaultBaseUrl: NORTHFLANK_BASE_URL,
  fields: {
    // Northflank's own CLI and JS client read no variable (their tokens live in
    // login contexts), so this follows the <PROVIDER>_API_TOKEN convention.
    token: {
      env: ["NORTHFLANK_API_TOKEN"],
      description: "API token",
      secret: true,
    },
  },

  // No account-wide backup list: walk the destinations, then each one's
  // backups. Cursor paging is sequential by nature; destinations are few.
  async *list(config, context) {
    const client = clientFor(config, context);
    try {
      let index = 0;
      for await (const destination of listAllBackupDestinations(client)) {
        const position = index++;
        if (typeof destination.id !== "string" || destination.id === "") {
          yield noId(position, destination.id);
          continue;
        }
        yield* backupsOf(client, destination.id);
      }
    } catch (err) {
      throw asSourceError(err);
    }
  },
};

function clientFor(config: Config, context: SourceContext): NorthflankClient {
  return createNorthflankClient({
    token: config.values.token,
    baseUrl: config.baseUrl,
    ...context.client,
  });
}

/** One destination's backups, converted a page's worth at a time as the iterator yields them. */
async function* backupsOf(
  client: NorthflankClient,
  backupDestinationId: string,
): AsyncGenerator<ConversionResult, void, undefined> {
  const what = `GET /v1/backup-destinations/${backupDestinationId}/backups`;
  let batch: NorthflankBackup[] = [];
  let offset = 0;
  for await (const backup of listAllBackups(client, { backupDestinationId })) {
    batch.push(backup);
    if (batch.length === MAX_PER_PAGE) {
      yield convertBatch(what, batch, offset);
      offset += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) yield convertBatch(what, batch, offset);
}

/**
 * Converts backups as one list body, so that entries which are not backups at
 * all become error issues rather than stop the listing. The converter's paths
 * (`$.data[3].status`) are relative to the batch: they are rewritten to name
 * the request and the backup's position in the whole destination.
 */
function convertBatch(
  what: string,
  batch: readonly NorthflankBackup[],
  offset: number,
): ConversionResult {
  const result = converted(what, () => fromNorthflank({ data: batch }));
  return { backups: result.backups, issues: result.issues.map((i) => locate(what, i, offset)) };
}

function locate(what: string, issue: ConversionIssue, offset: number): ConversionIssue {
  const match = /^\$\.data\[(\d+)\](.*)$/.exec(issue.path);
  if (!match) return { ...issue, path: `${what}: ${issue.path}` };
  return { ...issue, path: `${what}: backup #${offset + Number(match[1])} $${match[2]}` };
}

/** A destination without an id cannot have its backups listed: say so rather than drop it. */
function noId(position: number, id: unknown): ConversionResult {
  return {
    backups: [],
    issues: [
      {
        provider: "northflank",
        severity: "error",
        path: `GET /v1/backup-destinations: destination #${position}`,
        backupId: null,
        message: `a backup destination without an id (${JSON.stringify(id) ?? "absent"}): its backups were not listed`,
      },
    ],
  };
}
