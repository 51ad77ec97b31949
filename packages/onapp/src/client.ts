import { type ClientOptions, createProviderClient, requireCredential } from "@backupkit/http";
import { describeOnappError, onappErrorMessages } from "./errors.js";
import type { components, paths } from "./generated/schema.js";
import { OnappXmlError, parseOnappBackupsXml, parseOnappXml } from "./xml.js";

/** HTTP Basic credentials: the login (or account email) and its API key (or password). */
export interface OnappCredentials {
  user: string;
  apiKey: string;
}

export interface OnappClientOptions extends Omit<ClientOptions, "baseUrl"> {
  credentials: OnappCredentials;
  /** The customer's own Control Panel, e.g. `https://cloud.example.net`: OnApp has no public host. */
  baseUrl: string;
}

/**
 * Creates a typed client for the backup endpoints of one OnApp Control Panel,
 * with the shared transport's deadlines, retries and typed errors (see
 * @backupkit/http): `timeoutMs`, `retry`, `signal`, `fetch` and `userAgent`
 * pass through; the credentials become the Basic auth header and nothing else.
 */
export function createOnappClient(options: OnappClientOptions) {
  const { credentials, ...transport } = options;
  const user = requireCredential("onapp", "credentials.user", credentials?.user);
  const apiKey = requireCredential("onapp", "credentials.apiKey", credentials?.apiKey);
  if (user.includes(":")) {
    throw new TypeError('onapp: credentials.user must not contain ":" (HTTP Basic splits on it)');
  }
  if (typeof options.baseUrl !== "string" || options.baseUrl.trim() === "") {
    throw new TypeError(
      "onapp: the baseUrl option is required: the address of your OnApp Control Panel",
    );
  }
  return createProviderClient<paths>({
    ...transport,
    provider: "onapp",
    defaultBaseUrl: options.baseUrl,
    authHeaders: { Authorization: basicAuthorization(user, apiKey) },
    // The header carries these encoded: errors must not show them decoded either.
    secrets: [apiKey, `${user}:${apiKey}`],
    // Reads JSON error bodies and the text ones: XML `<errors>`, a server's plain text.
    describeError: describeOnappError,
    // OnApp documents no rate-limit headers; the Control Panel is a Rails app,
    // which sends X-Request-Id (the transport's default request id header).
  });
}

export type OnappClient = ReturnType<typeof createOnappClient>;

/** `btoa` rather than Buffer so the package bundles for browsers; UTF-8 first, as RFC 7617 suggests. */
function basicAuthorization(user: string, apiKey: string): string {
  const bytes = new TextEncoder().encode(`${user}:${apiKey}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

type ErrorBody = components["schemas"]["ErrorBody"];

/** What `listBackupImagesXml` returns: the parsed list, or OnApp's error body (or its text). */
export type OnappXmlResult =
  | { data: components["schemas"]["BackupList"]; error?: undefined; response: Response }
  | { data?: undefined; error: ErrorBody | string; response: Response };

/**
 * Fetches `GET /virtual_machines/{id}/backups/images.xml` and parses it into the
 * same typed list the `.json` call returns. The result is shaped like the
 * client's own, so `unwrap(await listBackupImagesXml(client, id))` returns the
 * list or throws the transport's ProviderError (status, OnApp's messages from
 * the XML error body, request id); timeouts, retries and connection errors are
 * the transport's too. A 2xx body that is not a backups document throws
 * `OnappXmlError`.
 */
export async function listBackupImagesXml(
  client: OnappClient,
  virtualMachineId: number,
  init: { signal?: AbortSignal } = {},
): Promise<OnappXmlResult> {
  const { data, error, response } = await client.GET(
    "/virtual_machines/{virtual_machine_id}/backups/images.xml",
    {
      params: { path: { virtual_machine_id: virtualMachineId } },
      headers: { Accept: "application/xml" },
      parseAs: "text",
      signal: init.signal,
    },
  );
  if (!response.ok) return { error: readErrorBody(error), response };
  const text = data ?? "";
  if (/^\s*<(?:!doctype\s+html|html)\b/i.test(text)) {
    throw new OnappXmlError(`the ${response.status} response is an HTML page, not XML`);
  }
  return { data: parseOnappBackupsXml(text), response };
}

/** An XML error body becomes the JSON one (`{errors: [...]}`); other text stays text. */
function readErrorBody(error: unknown): ErrorBody | string {
  if (typeof error === "string") {
    if (!error.trimStart().startsWith("<")) return error;
    try {
      const body = parseOnappXml(error);
      return isErrorBody(body) ? body : error;
    } catch {
      return error;
    }
  }
  return isErrorBody(error) ? error : onappErrorMessages(error).join("; ");
}

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === "object" && body !== null && "errors" in body;
}
