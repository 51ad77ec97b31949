import { BodyError, type ConversionResult } from "@backupkit/model";
import { RequestTimeout } from "./fetch.js";

/** A provider request or body that failed, with a one-line message (no provider prefix). */
export class SourceError extends Error {
  override name = "SourceError";
}

/** What openapi-fetch resolves to. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Runs one client call and returns its data, or throws a SourceError that says
 * what was asked and what the provider answered, in the provider's words.
 * `describe` reads the provider's error body; it returns `null` when it cannot.
 *
 * This is the one place that turns `{ error, response }` and network failures
 * into messages, so it can give way to the transport's typed errors later.
 */
export async function dataOf<T>(
  what: string,
  describe: (body: unknown) => string | null,
  call: () => Promise<FetchResult<T>>,
): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call();
  } catch (err) {
    throw new SourceError(`${what}: ${networkFailure(err)}`);
  }
  const { data, error, response } = result;
  if (response.ok) {
    if (data === undefined) throw new SourceError(`${what}: ${response.status} with no body`);
    return data;
  }
  const status = `${response.status} ${response.statusText}`.trim();
  const said = describe(error) ?? fallbackText(error);
  const retryAfter = response.headers.get("retry-after");
  const wait = response.status === 429 && retryAfter ? ` (retry after ${retryAfter} s)` : "";
  throw new SourceError(`${what}: ${status}${said ? `: ${said}` : ""}${wait}`);
}

/** Runs a converter, turning a BodyError (not that provider's body at all) into a SourceError. */
export function converted(what: string, convert: () => ConversionResult): ConversionResult {
  try {
    return convert();
  } catch (err) {
    if (err instanceof BodyError) {
      throw new SourceError(`${what}: ${err.message.slice(err.provider.length + 2)}`);
    }
    throw err;
  }
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "the connection was reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "host unreachable",
  UND_ERR_SOCKET: "the server closed the connection",
  UND_ERR_CONNECT_TIMEOUT: "the connection timed out",
};

function networkFailure(err: unknown): string {
  if (err instanceof RequestTimeout) return err.message;
  // The timeout can also fire while the body is being read, after fetch returned.
  if (err instanceof Error && err.name === "TimeoutError")
    return "the response did not finish in time (--timeout)";
  if (err instanceof SyntaxError) return `the response is not valid JSON (${err.message})`;
  // fetch says only "fetch failed"; the reason is in its cause.
  const cause = (err as { cause?: unknown })?.cause as
    | { code?: unknown; address?: unknown; port?: unknown; message?: unknown }
    | undefined;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  if (code !== undefined) {
    const where =
      typeof cause?.address === "string" ? ` (${cause.address}:${String(cause.port ?? "")})` : "";
    return `cannot reach the API: ${NETWORK_CODES[code] ?? code}${where}`;
  }
  if (typeof cause?.message === "string") return `cannot reach the API: ${cause.message}`;
  return `cannot reach the API: ${err instanceof Error ? err.message : String(err)}`;
}

/** An error body the provider's reader did not understand: its text, short. */
function fallbackText(body: unknown): string {
  if (body === undefined || body === null || body === "") return "";
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const line = text.split("\n")[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
