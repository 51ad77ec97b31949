import { secretsOf } from "../redact.js";
import { isPlainHttpUrl } from "../url.js";
import { type Authentication, type AuthTarget, withHeaders } from "./authentication.js";
import { AuthenticationError } from "./errors.js";
import type { ObtainedToken, TokenSource } from "./token-source.js";

export interface TokenAuthOptions<T extends ObtainedToken> {
  /** The header that carries the token, e.g. `X-Auth-Token`. */
  header: string;
  /** A scheme written before the token (`Bearer`), if any. */
  scheme?: string | undefined;
  /**
   * Where requests go once signed in, when the token says (an OpenStack
   * service catalog): replaces the client's base URL. `null`: keep it.
   */
  endpoint?: ((token: T) => string | null) | undefined;
  /** Credential values used to obtain the token (a password), scrubbed from every error. */
  secrets?: readonly string[];
}

/**
 * Sends the token of `source` in a header. A request refused with 401 makes
 * the source forget that token and is sent once more with a new one. Each
 * token obtained joins the client's secrets.
 */
export function tokenFrom<T extends ObtainedToken>(
  source: TokenSource<T>,
  options: TokenAuthOptions<T>,
): Authentication {
  return {
    authorizer(client) {
      const secrets = secretsOf({}, options.secrets);
      return {
        secrets,
        async apply(request) {
          const obtained = await source.get();
          const { token } = obtained;
          if (typeof token === "string" && token !== "" && !secrets.includes(token)) {
            secrets.push(token);
            secrets.sort((a, b) => b.length - a.length);
          }
          if (typeof token !== "string" || !/^[\x21-\x7e]+$/.test(token)) {
            throw new AuthenticationError({
              provider: client.provider,
              reason: "the token obtained cannot be sent in an HTTP header",
              secrets,
            });
          }
          const endpoint = options.endpoint?.(obtained) ?? null;
          const target = endpoint === null ? request : await rebase(request, client, endpoint);
          const value = options.scheme ? `${options.scheme} ${token}` : token;
          return { request: withHeaders(target, { [options.header]: value }), used: token };
        },
        renew: (used) => source.invalidate(used),
      };
    },
  };
}

/** Moves a request from the client's base URL to the endpoint the sign-in named. */
async function rebase(request: Request, client: AuthTarget, endpoint: string): Promise<Request> {
  const { url } = request;
  const rest = url.slice(client.baseUrl.length);
  if (!url.startsWith(client.baseUrl) || !/^(?:$|[/?])/.test(rest)) return request;
  const target = `${endpoint.replace(/\/+$/, "")}${rest}`;
  if (!isPlainHttpUrl(target)) {
    throw new AuthenticationError({
      provider: client.provider,
      reason: "the sign-in named an endpoint that is not a plain http(s) URL",
    });
  }
  // Only a body held in memory can move to a new URL; a GET has none.
  return new Request(target, {
    method: request.method,
    headers: request.headers,
    body: request.body === null ? null : await request.arrayBuffer(),
    // No signal: the transport gives each attempt its own.
    redirect: request.redirect,
  });
}
