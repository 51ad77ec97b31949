import type { ConversionResult, ProviderId } from "@backupkit/model";

/** One setting of a provider, read from environment variables or the config file. */
export interface SourceField {
  /** Environment variables, first set one wins: the provider's own names where it has them. */
  env: readonly string[];
  /** What it is, for help and error messages. */
  description: string;
  /** Secrets are redacted from every message and never printed. */
  secret: boolean;
}

/** A provider's resolved settings. Every declared field is present. */
export interface SourceConfig<K extends string = string> {
  /** From `BACKUPKIT_<ID>_BASE_URL` or the file's `baseUrl`; `undefined`: the provider's default. */
  baseUrl: string | undefined;
  values: Readonly<Record<K, string>>;
}

/** What a source gets from the run it is part of. */
export interface SourceContext {
  /**
   * Options for the source's client: a fetch bounded by the run's concurrency
   * limit, the per-attempt deadline and the retry settings. Spread them into
   * `create<Name>Client({ ...credentials, ...context.client })`.
   */
  client: {
    fetch: (request: Request) => Promise<Response>;
    timeoutMs: number;
    retry: { maxAttempts: number };
  };
}

/** How `backupkit get` names one backup of this provider. */
export interface GetCommand<K extends string = string> {
  /** The positional form, e.g. `<linodeId>/<backupId>`: the flags' values joined by "/". */
  ref: string;
  /** One flag per part of the ref, in the ref's order, e.g. `--linode-id`, `--backup-id`. */
  flags: readonly { name: string; description: string }[];
  /** Fetches and converts it; `parts` is keyed by flag name. Throws SourceError or ArgumentError. */
  run(
    config: SourceConfig<K>,
    parts: Readonly<Record<string, string>>,
    context: SourceContext,
  ): Promise<ConversionResult>;
}

/**
 * How the CLI reads one provider: its settings, and how to list (and get) its
 * backups with its client and converter. Adding a provider to the CLI is one
 * module like `linode.ts` and one entry in `index.ts`.
 */
export interface Source<K extends string = string> {
  id: ProviderId;
  /** The client's default base URL; `null` when there is none and the user must set one. */
  defaultBaseUrl: string | null;
  /**
   * Settings besides the base URL, by their key in the config file. The mock
   * providers name their fake credentials with the same keys.
   */
  fields: Readonly<Record<K, SourceField>>;
  /**
   * Every backup of the account, yielded in chunks as they are read, in a
   * stable order. Failures throw SourceError with a one-line message.
   */
  list(config: SourceConfig<K>, context: SourceContext): AsyncIterable<ConversionResult>;
  /** Absent when the provider's API cannot fetch one backup by id. */
  get?: GetCommand<K>;
}
