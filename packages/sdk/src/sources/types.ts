import type { ConversionResult, ProviderId } from "@backupkit/model";

/** One setting of a provider, read from environment variables or the config file. */
export interface SourceField {
  /** Environment variables, first set one wins: the provider's own names where it has them. */
  env: readonly string[];
  /** What it is, for help and error messages. */
  description: string;
  /** Secrets are redacted from every message and never printed. */
  secret: boolean;
  /** May be left unset: the client has a default (a region). Only for settings outside `signIns`. */
  optional?: boolean;
}

/**
 * One way to sign in to a provider (AK/SK, a password, a token): the settings
 * it takes. A provider with several is configured with exactly one of them.
 */
export interface SignIn<K extends string = string> {
  /** How help and errors name it: "AK/SK", "a token". */
  name: string;
  /** Settings this way needs, all of them. */
  needs: readonly K[];
  /** Settings of which this way needs at least one (a tenant by id or by name). */
  oneOf?: readonly K[];
  /** Settings this way may take. */
  may?: readonly K[];
  /** The sign-in names the API endpoint (an OpenStack service catalog): no base URL is needed. */
  findsEndpoint?: boolean;
}

/**
 * A provider's resolved settings. The settings in `K` are always present;
 * those in `O` (optional ones, and those of the ways to sign in) when set.
 */
export interface SourceConfig<K extends string = string, O extends string = never> {
  /** From `BACKUPKIT_<ID>_BASE_URL` or the file's `baseUrl`; `undefined`: the provider's default. */
  baseUrl: string | undefined;
  values: Readonly<Record<K, string>> & Readonly<Partial<Record<O, string>>>;
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
export interface GetCommand<K extends string = string, O extends string = never> {
  /** The positional form, e.g. `<linodeId>/<backupId>`: the flags' values joined by "/". */
  ref: string;
  /** One flag per part of the ref, in the ref's order, e.g. `--linode-id`, `--backup-id`. */
  flags: readonly { name: string; description: string }[];
  /** Fetches and converts it; `parts` is keyed by flag name. Throws SourceError or ArgumentError. */
  run(
    config: SourceConfig<K, O>,
    parts: Readonly<Record<string, string>>,
    context: SourceContext,
  ): Promise<ConversionResult>;
}

/**
 * How the CLI reads one provider: its settings, and how to list (and get) its
 * backups with its client and converter. Adding a provider to the CLI is one
 * module like `linode.ts` and one entry in `index.ts`.
 */
export interface Source<K extends string = string, O extends string = never> {
  id: ProviderId;
  /** The client's default base URL; `null` when there is none and the user must set one. */
  defaultBaseUrl: string | null;
  /**
   * Settings besides the base URL, by their key in the config file. The mock
   * providers name their fake credentials with the same keys.
   */
  fields: Readonly<Record<K | O, SourceField>>;
  /** The ways to sign in, preferred first, when there is more than one; absent: every field is needed. */
  signIns?: readonly SignIn<K | O>[];
  /**
   * Every backup of the account, yielded in chunks as they are read, in a
   * stable order. Failures throw SourceError with a one-line message.
   */
  list(config: SourceConfig<K, O>, context: SourceContext): AsyncIterable<ConversionResult>;
  /** Absent when the provider's API cannot fetch one backup by id. */
  get?: GetCommand<K, O>;
}
