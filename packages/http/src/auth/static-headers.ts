import { secretsOf } from "../redact.js";
import { type Authentication, withHeaders } from "./authentication.js";

/**
 * Sends the same headers with every request. `secrets` are credential values
 * a header carries encoded (Basic's `user:password` and password); the
 * headers' own values, and the credential after a scheme, are scrubbed
 * without them.
 */
export function staticHeaders(
  headers: Readonly<Record<string, string>>,
  // Stryker disable next-line ArrayDeclaration: only a text holding the mutant's own placeholder could tell the defaults apart
  secrets: readonly string[] = [],
): Authentication {
  return {
    authorizer({ provider }) {
      for (const [name, value] of Object.entries(headers)) {
        // fetch would reject the header with an error that quotes the credential.
        if (/[^\x20-\x7e\x80-\xff]/.test(value)) {
          throw new TypeError(
            `${provider}: the credential sent in ${name} has a character an HTTP header cannot carry`,
          );
        }
      }
      return {
        secrets: secretsOf(headers, secrets),
        apply: async (request) => ({ request: withHeaders(request, headers), used: null }),
      };
    },
  };
}
