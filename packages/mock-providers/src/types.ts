import type { IncomingHttpHeaders } from "node:http";

/** A request as a mock provider's route sees it. */
export interface MockRequest {
  method: string;
  /** The path below the spec's server path: `/linode/instances/123/backups` for `/v4/linode/…`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The matched route's path parameters, by the spec's names (`linodeId`). */
  params: Readonly<Record<string, string>>;
  /** The path and query exactly as sent, base path included: what a request signature covers. */
  target: string;
  /** `http://127.0.0.1:<port>`: where this mock listens, for URLs it hands out. */
  origin: string;
  /** The request body as text (at most 64 KiB; a longer one is refused before any route). */
  body: string;
  /** The JSON request body, parsed and checked against the spec; undefined when none was sent. */
  json?: unknown;
}

/** What a route answers. The body is validated against the spec before it is sent. */
export interface MockResponse {
  status: number;
  /** The body as a value; sent as JSON unless `text` is given. */
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
  /** Defaults to `application/json`. */
  contentType?: string;
  /**
   * The exact text to send instead of `JSON.stringify(body)`: XML, or a provider's
   * non-strict JSON. `body` is still what gets validated, so keep the two equal.
   */
  text?: string;
  /** The spec media type to validate `body` against, when it is not `contentType`. */
  schemaMediaType?: string;
}

/** One operation of the spec, served by a mock provider. */
export interface MockRoute {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The spec's path template, e.g. `/linode/instances/{linodeId}/backups`. */
  path: string;
  handle(request: MockRequest): MockResponse;
}

/** One provider's mock: its routes, how it checks auth, and its data (closed over). */
export interface MockProvider {
  /**
   * The fake credentials a client must send. Keys are the names the backupkit
   * CLI's configuration uses for this provider (`token` for Linode), so the CLI
   * can point itself at the mock without a table of its own. `{origin}` in a
   * value is replaced by the mock's `http://127.0.0.1:<port>` once it listens.
   */
  credentials: Readonly<Record<string, string>>;
  /** `null` when the request carries the credentials; else the provider's own 401. */
  authorize(request: MockRequest): MockResponse | null;
  /** The provider's own error response for a status: 400, 404, 429, 5xx. */
  error(status: number, message: string): MockResponse;
  /** Tried in order: list a literal path before a template that would also match it. */
  routes: readonly MockRoute[];
  /**
   * Services the spec does not describe but a client needs (Z.com's Identity),
   * matched on the whole path rather than below the spec's base path. They
   * check their own credentials, and their responses are not validated.
   */
  beyondSpec?: readonly MockRoute[];
}

/** Options of one provider's generated data. */
export interface MockDataOptions {
  /** Seed of the generated data: the same seed gives the same data. */
  seed: number;
  /**
   * How many resources to generate (Linode instances, servers, VMs…); each
   * provider documents what it counts and its default. Benchmarks ask for 1,000.
   */
  resources?: number;
  /** For providers that issue tokens (Z.com's Identity): how long one lives, in ms. Default 24 h. */
  tokenLifetimeMs?: number;
  /**
   * How long each step of an action's state machine lasts, in ms (a new backup
   * goes pending → running → available one step at a time). Default 50.
   */
  paceMs?: number;
}

/** A provider mock module: its id (the spec folder's name) and a factory. */
export interface MockProviderDefinition {
  id: string;
  create(options: MockDataOptions): MockProvider;
}
