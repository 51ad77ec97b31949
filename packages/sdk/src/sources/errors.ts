import {
  AuthenticationError,
  PaginationError,
  ProviderError,
  TransportError,
  unwrap,
} from "@backupkit/http";
import { BodyError, type ConversionResult } from "@backupkit/model";

/** A provider request or body that failed, with a one-line message (no provider prefix). */
export class SourceError extends Error {
  override name = "SourceError";
}

/** What a client call resolves to. */
interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Runs one client call and returns its data, or throws a SourceError with the
 * transport's own message (method, path template, status and the provider's
 * words; already free of secrets) without the provider prefix the CLI adds.
 */
export async function dataOf<R extends FetchResult>(
  call: () => Promise<R>,
): Promise<Exclude<R["data"], undefined>> {
  try {
    return unwrap(await call());
  } catch (err) {
    throw asSourceError(err);
  }
}

/**
 * The failures a client or a package iterator throws on purpose (the
 * transport's typed errors, a failed sign-in, a list that never ends) as one-line SourceErrors
 * without the provider prefix the CLI adds; anything else is returned as is.
 */
export function asSourceError(err: unknown): unknown {
  if (
    err instanceof ProviderError ||
    err instanceof TransportError ||
    err instanceof AuthenticationError
  ) {
    return new SourceError(withoutProvider(err.message, err.provider));
  }
  if (err instanceof PaginationError) {
    return new SourceError(err.message.replace(/^[a-z-]+: /, ""));
  }
  return err;
}

/** Runs a converter, turning a BodyError (not that provider's body at all) into a SourceError. */
export function converted(what: string, convert: () => ConversionResult): ConversionResult {
  try {
    return convert();
  } catch (err) {
    if (err instanceof BodyError) {
      throw new SourceError(`${what}: ${withoutProvider(err.message, err.provider)}`);
    }
    throw err;
  }
}

function withoutProvider(message: string, provider: string): string {
  return message.startsWith(`${provider}: `) ? message.slice(provider.length + 2) : message;
}
