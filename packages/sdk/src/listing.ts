import type { Backup, ConversionIssue, ProviderId } from "@backupkit/model";
import pLimit from "p-limit";
import { boundRaw } from "./limits.js";
import { asSourceError, SourceError } from "./sources/errors.js";
import type { Source, SourceConfig, SourceContext } from "./sources/types.js";

export interface RunOptions {
  /** Requests in flight at once, across every provider. */
  concurrency: number;
  /** Seconds before one attempt of a request is given up. */
  timeoutSeconds: number;
  /** Attempts per request, the first included (429, 5xx and network errors are retried). */
  maxAttempts: number;
  /** The most bytes of one response body read, after decompression; the client's default when absent. */
  maxBodyBytes?: number;
  /** The proxy agent from the environment (see proxy.ts), if a proxy is set. */
  dispatcher?: object | undefined;
}

/** What reading one provider gave: its backups, and the error that stopped it, if any. */
export interface ProviderResult {
  provider: ProviderId;
  backups: Backup[];
  issues: ConversionIssue[];
  /** One line, without the provider's name; `null` when every backup was read. */
  error: string | null;
}

/**
 * The context every source of one run shares: one queue of attempts across
 * providers (each attempt's deadline starts when it leaves the queue, so a
 * request waiting behind others does not time out unsent), one deadline,
 * one retry policy, one body limit, one proxy.
 */
export function sourceContext(options: RunOptions): SourceContext {
  return {
    client: {
      queue: pLimit(options.concurrency),
      timeoutMs: options.timeoutSeconds * 1000,
      retry: { maxAttempts: options.maxAttempts },
      ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
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
          const { backups, issues } = boundRaw(chunk);
          result.backups.push(...backups);
          result.issues.push(...issues);
          onBackups(source.id, backups.length);
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
