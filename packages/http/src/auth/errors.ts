import { scrubSecrets } from "../redact.js";

export interface AuthenticationErrorInit {
  provider: string;
  /** What failed, in words: `Identity at https://… refused the user name or password`. */
  reason: string;
  /** The HTTP status of the sign-in response, when one arrived. */
  status?: number | null;
  /** A system error code underneath (`ECONNREFUSED`), when there is one. */
  code?: string | null;
  /** Credential values to scrub from the message (the password, any token). */
  secrets?: readonly string[];
}

/**
 * A client could not sign in: the identity service refused the credentials,
 * was unreachable, or answered with something that holds no token. Like the
 * transport's errors, its fields are primitives and its message is scrubbed
 * of the credentials, so no password or token can leak through it (its
 * message, stack, `util.inspect` or `JSON.stringify`, which shows the fields).
 */
export class AuthenticationError extends Error {
  override readonly name = "AuthenticationError";
  declare readonly provider: string;
  declare readonly status: number | null;
  declare readonly code: string | null;

  constructor(init: AuthenticationErrorInit) {
    super(scrubSecrets(`${init.provider}: ${init.reason}`, init.secrets));
    Object.assign(this, {
      provider: init.provider,
      status: init.status ?? null,
      code:
        init.code === undefined || init.code === null
          ? null
          : scrubSecrets(init.code, init.secrets),
    });
  }
}
