import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Fault, FaultScript, type TerminalFault } from "./faults.js";
import { mockProviders } from "./providers/index.js";
import { RateLimiter, type RateLimitOptions } from "./rate-limit.js";
import { type CompiledRoute, compileRoute, matchRoute, type RouteMatch } from "./routes.js";
import { Spec } from "./spec.js";
import type { MockProvider, MockProviderDefinition, MockRequest, MockResponse } from "./types.js";

export interface StartMockProvidersOptions {
  /**
   * Which providers to serve: a list of ids, or ids with options for their
   * generated data (`{ linode: { resources: 1000 } }`). Default: every provider.
   */
  providers?:
    | readonly string[]
    | Readonly<Record<string, { resources?: number; tokenLifetimeMs?: number }>>;
  /** Latency added to every response, in ms: one number, or per provider id. */
  latencyMs?: number | Readonly<Record<string, number>>;
  /** Scripted faults (429, 5xx, hangs, resets, per-path delays), tried in order. */
  faults?: readonly Fault[];
  /** Seed of the generated data. Default 1. */
  seed?: number;
  /** How long each step of the actions' state machines lasts, in ms. Default 50. */
  paceMs?: number;
  /**
   * A rate limit each provider's server enforces on its own: `limit` requests
   * per clock-aligned window, `X-RateLimit-*` headers on every answer, the
   * provider's 429 with `Retry-After` over it. Default: none.
   */
  rateLimit?: RateLimitOptions;
  /**
   * The provider modules to choose from; default every built-in one. Tests pass
   * a deliberately broken module here to see the spec validation answer 500.
   */
  definitions?: readonly MockProviderDefinition[];
}

/** Where one provider's mock listens and the fake credentials it accepts. */
export interface MockEndpoint {
  /** The spec's server path on a loopback port: `http://127.0.0.1:41234/v4`. */
  baseUrl: string;
  credentials: Readonly<Record<string, string>>;
}

export interface MockRequestRecord {
  provider: string;
  method: string;
  /** The path and query as requested. */
  url: string;
  status: number | "hang" | "reset";
}

export interface MockProviders {
  providers: Readonly<Record<string, MockEndpoint>>;
  /** Every request answered so far, in order. */
  readonly requests: readonly MockRequestRecord[];
  /**
   * Responses that broke the spec, and handler crashes. Each was answered with
   * a 500 saying so; tests assert this stays empty.
   */
  readonly failures: readonly string[];
  /** The most requests each provider had in flight at once. */
  readonly maxInFlight: Readonly<Record<string, number>>;
  close(): Promise<void>;
}

interface RunState {
  faults: FaultScript;
  requests: MockRequestRecord[];
  failures: string[];
  maxInFlight: Record<string, number>;
  inFlight: Record<string, number>;
  timers: Set<NodeJS.Timeout>;
}

/** Starts one loopback HTTP server per provider, on 127.0.0.1 and a free port. */
export async function startMockProviders(
  options: StartMockProvidersOptions = {},
): Promise<MockProviders> {
  const state: RunState = {
    faults: new FaultScript(options.faults ?? []),
    requests: [],
    failures: [],
    maxInFlight: {},
    inFlight: {},
    timers: new Set(),
  };
  const servers: Server[] = [];
  const close = async () => {
    for (const timer of state.timers) clearTimeout(timer);
    await Promise.all(
      servers.map((server) => {
        server.closeAllConnections();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      }),
    );
  };
  const providers: Record<string, MockEndpoint> = {};
  try {
    const definitions = options.definitions ?? mockProviders;
    for (const { definition, ...data } of selectProviders(definitions, options.providers)) {
      const provider = definition.create({
        seed: options.seed ?? 1,
        ...data,
        paceMs: options.paceMs,
      });
      const latencyMs =
        typeof options.latencyMs === "number"
          ? options.latencyMs
          : (options.latencyMs?.[definition.id] ?? 0);
      const spec = Spec.load(definition.id);
      const routes = compileRoutes(definition.id, spec, provider);
      const beyondSpec = (provider.beyondSpec ?? []).map(compileRoute);
      const limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
      const server = createServer((req, res) => {
        const served = {
          id: definition.id,
          spec,
          provider,
          routes,
          beyondSpec,
          latencyMs,
          limiter,
        };
        serve(served, state, req, res).catch((err: unknown) => {
          state.failures.push(`mock ${definition.id}: ${String(err)}`);
          res.destroy();
        });
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const { port } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      providers[definition.id] = {
        baseUrl: `${origin}${spec.basePath}`,
        credentials: Object.fromEntries(
          Object.entries(provider.credentials).map(([k, v]) => [
            k,
            v.replaceAll("{origin}", origin),
          ]),
        ),
      };
      state.maxInFlight[definition.id] = 0;
    }
  } catch (err) {
    await close();
    throw err;
  }
  return {
    providers,
    requests: state.requests,
    failures: state.failures,
    maxInFlight: state.maxInFlight,
    close,
  };
}

function selectProviders(
  definitions: readonly MockProviderDefinition[],
  wanted: StartMockProvidersOptions["providers"],
): { definition: MockProviderDefinition; resources?: number; tokenLifetimeMs?: number }[] {
  if (wanted === undefined) return definitions.map((definition) => ({ definition }));
  const entries: [string, { resources?: number; tokenLifetimeMs?: number }][] = Array.isArray(
    wanted,
  )
    ? wanted.map((id) => [id, {}])
    : Object.entries(wanted);
  return entries.map(([id, options]) => {
    const definition = definitions.find((d) => d.id === id);
    if (!definition) {
      const known = definitions.map((d) => d.id).join(", ");
      throw new TypeError(`unknown mock provider ${JSON.stringify(id)}; known: ${known}`);
    }
    return { definition, ...options };
  });
}

/** Compiles a provider's routes, refusing any the spec does not declare. */
function compileRoutes(id: string, spec: Spec, provider: MockProvider): CompiledRoute[] {
  return provider.routes.map((route) => {
    if (!spec.operation(route.method, route.path)) {
      throw new Error(`mock ${id}: route ${route.method} ${route.path} is not in ${spec.file}`);
    }
    return compileRoute(route);
  });
}

interface Served {
  id: string;
  spec: Spec;
  provider: MockProvider;
  routes: CompiledRoute[];
  beyondSpec: CompiledRoute[];
  latencyMs: number;
  limiter: RateLimiter | undefined;
}

/** Request bodies the mocks read: sign-in bodies are small. */
const MAX_BODY_BYTES = 64 * 1024;

async function serve(
  served: Served,
  state: RunState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { id, spec } = served;
  trackInFlight(id, state, res);
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const method = req.method ?? "GET";
  const record = (status: MockRequestRecord["status"]) => {
    state.requests.push({ provider: id, method, url: req.url ?? "/", status });
  };
  const body = await readBody(req);
  const beyond = matchRoute(served.beyondSpec, method, url.pathname);
  const below = belowBasePath(url.pathname, spec.basePath);
  const match =
    beyond || below === undefined ? undefined : matchRoute(served.routes, method, below);
  const request: MockRequest = {
    method,
    path: beyond ? url.pathname : (below ?? url.pathname),
    query: url.searchParams,
    headers: req.headers,
    params: (beyond ?? match)?.params ?? {},
    target: req.url ?? "/",
    origin: `http://${req.socket.localAddress}:${req.socket.localPort}`,
    body: body ?? "",
  };
  if (body === null) {
    const response = served.provider.error(413, `request body over ${MAX_BODY_BYTES} bytes`);
    record(response.status);
    res.writeHead(response.status, { "content-type": "application/json", connection: "close" });
    res.end(JSON.stringify(response.body));
    return;
  }

  // Counted when received, as a provider's gateway counts it.
  const limited = served.limiter?.admit(Date.now());
  const scripted = state.faults.apply(id, match?.route.path, request.path);
  const { delayMs } = scripted;
  const fault: TerminalFault | undefined =
    limited?.retryAfterSeconds != null
      ? { type: "rate-limit", retryAfterSeconds: limited.retryAfterSeconds }
      : scripted.fault;
  await wait(state, served.latencyMs + delayMs);
  if (fault?.type === "hang") {
    record("hang");
    return;
  }
  if (fault?.type === "reset") {
    record("reset");
    req.socket.destroy();
    return;
  }
  const response = beyond
    ? beyondSpecResponse(served, state, beyond, request, fault)
    : checked(served, state, match, request, fault);
  record(response.status);
  res.writeHead(response.status, {
    "content-type": response.contentType ?? "application/json",
    ...limited?.headers,
    ...response.headers,
  });
  res.end(response.text ?? (response.body === undefined ? "" : JSON.stringify(response.body)));
}

/** The response to send, after validating it against the spec (a 500 when it does not conform). */
function checked(
  served: Served,
  state: RunState,
  match: RouteMatch | undefined,
  request: MockRequest,
  fault: TerminalFault | undefined,
): MockResponse {
  const { id, spec } = served;
  let response: MockResponse;
  try {
    response = respond(served.provider, spec, match, request, fault);
  } catch (err) {
    return mockFailure(state, id, `the ${request.method} ${request.path} handler failed: ${err}`);
  }
  if (!match) return response;
  const mediaType = (response.schemaMediaType ?? response.contentType ?? "application/json")
    .split(";")[0]
    ?.trim();
  let problem: string | null;
  try {
    problem = spec.checkResponse(
      request.method,
      match.route.path,
      response.status,
      mediaType ?? "",
      response.body,
    );
  } catch (err) {
    // A schema Ajv cannot compile: a spec problem, reported like a mismatch.
    problem = `its schema does not compile: ${err instanceof Error ? err.message : String(err)}`;
  }
  if (problem === null) return response;
  return mockFailure(state, id, `the response does not match ${spec.file}: ${problem}`);
}

function respond(
  provider: MockProvider,
  spec: Spec,
  match: RouteMatch | undefined,
  request: MockRequest,
  fault: TerminalFault | undefined,
): MockResponse {
  if (fault?.type === "status") {
    return provider.error(fault.status, fault.message ?? `Injected fault: status ${fault.status}`);
  }
  if (fault?.type === "rate-limit") {
    const limited = provider.error(429, "Too many requests");
    const retryAfter = String(fault.retryAfterSeconds ?? 1);
    return { ...limited, headers: { ...limited.headers, "Retry-After": retryAfter } };
  }
  const rejected = provider.authorize(request);
  if (rejected) return rejected;
  if (!match) return provider.error(404, "Not found");
  const problem = spec.checkParameters(
    request.method,
    match.route.path,
    match.params,
    request.query,
  );
  if (problem) return provider.error(problem.status, problem.message);
  const json = spec.checkRequestBody(request.method, match.route.path, request.body);
  if (typeof json === "string") return provider.error(400, json);
  return match.route.handle({ ...request, json: json.value });
}

/** A route outside the spec: faults apply, auth and validation are its own business. */
function beyondSpecResponse(
  served: Served,
  state: RunState,
  match: RouteMatch,
  request: MockRequest,
  fault: TerminalFault | undefined,
): MockResponse {
  if (fault) return respond(served.provider, served.spec, undefined, request, fault);
  try {
    return match.route.handle(request);
  } catch (err) {
    return mockFailure(
      state,
      served.id,
      `the ${request.method} ${request.path} handler failed: ${err}`,
    );
  }
}

/** The body as text, or null when it is longer than MAX_BODY_BYTES. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function mockFailure(state: RunState, id: string, message: string): MockResponse {
  const text = `mock ${id}: ${message}`;
  state.failures.push(text);
  return { status: 500, contentType: "text/plain; charset=utf-8", text };
}

function belowBasePath(pathname: string, basePath: string): string | undefined {
  if (basePath === "") return pathname;
  if (pathname === basePath) return "/";
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
}

function trackInFlight(id: string, state: RunState, res: ServerResponse): void {
  const now = (state.inFlight[id] ?? 0) + 1;
  state.inFlight[id] = now;
  state.maxInFlight[id] = Math.max(state.maxInFlight[id] ?? 0, now);
  res.once("close", () => {
    state.inFlight[id] = (state.inFlight[id] ?? 1) - 1;
  });
}

function wait(state: RunState, ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      state.timers.delete(timer);
      resolve();
    }, ms);
    state.timers.add(timer);
  });
}
