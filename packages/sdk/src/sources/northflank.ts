import { PaginationError, ProviderError } from "@backupkit/http";
import { type ConversionIssue, type ConversionResult, fromNorthflank } from "@backupkit/model";
import {
  backupDestinationIdOf,
  createNorthflankClient,
  listAllBackupDestinations,
  listAllBackups,
  MAX_PER_PAGE,
  NORTHFLANK_BASE_URL,
  type NorthflankBackup,
  type NorthflankBackupDestination,
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
  // A destination whose backups cannot be listed becomes an issue that names
  // it, and the walk goes on to the next one.
  async *list(config, context) {
    const client = clientFor(config, context);
    try {
      let index = 0;
      for await (const destination of listAllBackupDestinations(client)) {
        const position = index++;
        // Northflank's list items carry no id: it is derived from the name.
        const target = backupDestinationIdOf(destination);
        if (target === null) {
          yield unlisted(
            position,
            destination,
            "it has no usable id, nor a name to derive one from",
          );
          continue;
        }
        try {
          yield* backupsOf(client, target.id);
        } catch (err) {
          if (!concernsOneDestination(err)) throw err;
          const how = target.derived ? `, the id derived from its name` : "";
          yield unlisted(position, destination, `${describe(err)} (id ${target.id}${how})`);
        }
      }
    } catch (err) {
      throw asSourceError(err);
    }
  },
};

/**
 * A failure that is about one destination (a 4xx such as not found or
 * forbidden, a broken page), not about the token (401), the rate limit (429),
 * the service (5xx) or the network: those would fail every other destination
 * too, so they end the listing.
 */
function concernsOneDestination(err: unknown): boolean {
  if (err instanceof PaginationError) return true;
  if (!(err instanceof ProviderError)) return false;
  return err.status >= 400 && err.status < 500 && err.status !== 401 && err.status !== 429;
}

function describe(err: unknown): string {
  const source = asSourceError(err);
  return source instanceof Error ? source.message : String(source);
}

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

/** A destination whose backups could not be listed: said, naming it, rather than dropped. */
function unlisted(
  position: number,
  destination: NorthflankBackupDestination,
  why: string,
): ConversionResult {
  return {
    backups: [],
    issues: [
      {
        provider: "northflank",
        severity: "error",
        path: `GET /v1/backup-destinations: destination #${position} ${nameOf(destination)}`,
        backupId: null,
        message: `its backups were not listed: ${why}`,
      },
    ],
  };
}

/** The destination's name, quoted and cut short; its id when it has no name. */
function nameOf(destination: NorthflankBackupDestination): string {
  const { name, id } = destination as { name?: unknown; id?: unknown };
  const label = typeof name === "string" ? name : typeof id === "string" ? id : null;
  if (label === null) return "(no name)";
  return JSON.stringify(label.length > 80 ? `${label.slice(0, 77)}...` : label);
}
