import type { Backup, ConversionIssue, ProviderId } from "@backupkit/model";
import pLimit from "p-limit";
import { asSourceError, SourceError } from "./sources/errors.js";
import { boundedFetch } from "./sources/fetch.js";
import type { Source, SourceConfig, SourceContext } from "./sources/types.js";

export interface RunOptions {
  /** Requests in flight at once, across every provider. */
  concurrency: number;
  /** Seconds before one attempt of a request is given up. */
  timeoutSeconds: number;
  /** Attempts per request, the first included (429, 5xx and network errors are retried). */
  maxAttempts: number;
}

/** What reading one provider gave: its backups, and the error that stopped it, if any. */
export interface ProviderResult {
  provider: ProviderId;
  backups: Backup[];
  issues: ConversionIssue[];
  /** One line, without the provider's name; `null` when every backup was read. */
  error: string | null;
}

/** The context every source of one run shares: one limiter, one deadline, one retry policy. */
export function sourceContext(options: RunOptions): SourceContext {
  return {
    client: {
      fetch: boundedFetch(pLimit(options.concurrency)),
      timeoutMs: options.timeoutSeconds * 1000,
      retry: { maxAttempts: options.maxAttempts },
    },
  };
}

/**
 * Lists every configured provider at once. One provider's failure does not stop
 * the others; what it read before failing is kept. Results are in input order.
 */
export async function listAll(
  setups: readonly { source: Source; config: SourceConfig }[],
  options: RunOptions,
  onBackups: (provider: ProviderId, count: number) => void = () => {},
): Promise<ProviderResult[]> {
  const context = sourceContext(options);
  return Promise.all(
    setups.map(async ({ source, config }) => {
      const result: ProviderResult = { provider: source.id, backups: [], issues: [], error: null };
      try {
        for await (const chunk of source.list(config, context)) {
          result.backups.push(...chunk.backups);
          result.issues.push(...chunk.issues);
          onBackups(source.id, chunk.backups.length);
        }
      } catch (err) {
        result.error = failureMessage(err);
      }
      return result;
    }),
  );
}

/**
 * The one-line message of a provider failure. Expected failures (a request,
 * a body, a list that never ends) read as they are; anything else is a bug and says so.
 */
export function failureMessage(err: unknown): string {
  const expected = asSourceError(err);
  if (expected instanceof SourceError) return expected.message;
  return `unexpected error: ${err instanceof Error ? err.message : String(err)}`;
}
