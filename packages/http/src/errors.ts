/**
 * The errors a backupkit client throws. Every field is a primitive (no Request,
 * Response or Headers), and every message is redacted before it reaches
 * `super()`, so the message, the stack, `JSON.stringify(error)` and
 * `util.inspect(error)` carry no credentials. Every text field that may come
 * from the server (code, message, request id, status text, reason) is scrubbed
 * of the client's own secret values, then cut short: in that order, so a long
 * token is replaced whole rather than leaving a prefix behind.
 */

import { scrubThenCut } from "./redact.js";

/** Which call failed: the provider, the HTTP method and the path template (never the filled URL). */
export interface RequestDescription {
  provider: string;
  method: string;
  /** The spec's path template, e.g. `/linode/instances/{linodeId}/backups`. */
  path: string;
  /** The client's credential values, scrubbed from the error's text (and not kept on it). */
  secrets?: readonly string[];
}

/** Whether a parsed body (or a field of one) is a JSON object: what error readers look into. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What a provider's error body says, in its own words. */
export interface ProviderErrorDetails {
  code: string | null;
  message: string | null;
}

export interface ProviderErrorInit extends RequestDescription, ProviderErrorDetails {
  status: number;
  statusText: string;
  requestId: string | null;
  retryAfterMs: number | null;
  attempts: number;
}

/** What the errors below share: their fields set in one step, and JSON that shows the name, the message and every field. */
class ClientError extends Error {
  constructor(message: string, fields: object) {
    super(message);
    Object.assign(this, fields);
  }

  toJSON() {
    return Object.assign({ name: this.name, message: this.message }, this);
  }
}

/** The provider answered with an error status (4xx, 5xx), after any retries. */
export class ProviderError extends ClientError {
  override readonly name = "ProviderError";
  // Set by the constructor.
  declare readonly provider: string;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly status: number;
  /** The provider's error code from its body, when it has one. */
  declare readonly code: string | null;
  /** The provider's own message from its body (or a description of a body that was not its error shape). */
  declare readonly providerMessage: string | null;
  /** The provider's request id header, for support tickets. */
  declare readonly requestId: string | null;
  /** How long the provider asked to wait (Retry-After or its rate-limit reset header). */
  declare readonly retryAfterMs: number | null;
  /** Requests sent in all, retries included. */
  declare readonly attempts: number;

  constructor(init: ProviderErrorInit) {
    const clean = (text: string | null) => (text ? scrubThenCut(text, init.secrets) : null);
    const { provider, method, path, status, retryAfterMs, attempts } = init;
    const code = clean(init.code);
    const providerMessage = clean(init.message);
    const requestId = clean(init.requestId);
    const statusText = clean(init.statusText);
    const said = [code, providerMessage].filter(Boolean).join(": ");
    const extras = [
      attempts > 1 && `after ${attempts} attempts`,
      requestId && `request id ${requestId}`,
      retryAfterMs !== null && `retry after ${Math.ceil(retryAfterMs / 1000)} s`,
    ]
      .filter(Boolean)
      .join(", ");
    super(
      `${provider}: ${method} ${path} failed with ${status}` +
        (statusText ? ` ${statusText}` : "") +
        (said ? `: ${said}` : "") +
        (extras ? ` (${extras})` : ""),
      { provider, method, path, status, code, providerMessage, requestId, retryAfterMs, attempts },
    );
  }
}

export interface TransportErrorInit extends RequestDescription {
  /** What went wrong. */
  reason: string;
  attempts: number;
  /** The HTTP status when a response arrived but its body was unusable; null when none arrived. */
  status?: number | null;
  /** The system error code underneath (`ECONNRESET`, `UND_ERR_SOCKET`), when there is one. */
  code?: string | null;
}

/**
 * No usable answer: the connection failed or dropped, or a response's body was
 * not what it claimed (HTML, empty or broken JSON). The underlying error is
 * summarised in the message and `code` rather than attached as `cause`,
 * because network errors can carry request details.
 */
export class TransportError extends ClientError {
  override readonly name: string = "TransportError";
  // Set in one step by the constructor.
  declare readonly provider: string;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly status: number | null;
  declare readonly code: string | null;
  declare readonly attempts: number;

  constructor(init: TransportErrorInit) {
    const { provider, method, path, reason, attempts, status = null, code = null } = init;
    super(
      `${provider}: ${method} ${path} failed: ${scrubThenCut(reason, init.secrets, 300)}` +
        (attempts > 1 ? ` (after ${attempts} attempts)` : ""),
      { provider, method, path, status, code, attempts },
    );
  }
}

/** No answer within `timeoutMs` on any attempt. */
export class TimeoutError extends TransportError {
  override readonly name: string = "TimeoutError";
  // Set by the constructor, like the fields of the classes above.
  declare readonly timeoutMs: number;

  constructor(init: RequestDescription & { timeoutMs: number; attempts: number }) {
    const { timeoutMs } = init;
    super({ ...init, reason: `no answer within ${timeoutMs} ms`, code: "ETIMEDOUT" });
    this.timeoutMs = timeoutMs;
  }
}
