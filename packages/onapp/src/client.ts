import { type ClientOptions, createProviderClient, requireCredential } from "@backupkit/http";
import { describeOnappError, onappErrorMessages } from "./errors.js";
import type { components, paths } from "./generated/schema.js";
import { parseOnappBackupsXml, parseOnappXml } from "./xml.js";

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

/** Creates a typed client for the backup endpoints of one OnApp Control Panel. */
export function createOnappClient(options: OnappClientOptions) {
  const { credentials, ...rest } = options;
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
    ...rest,
    provider: "onapp",
    defaultBaseUrl: options.baseUrl,
    authHeaders: { Authorization: basicAuthorization(user, apiKey) },
    describeError: describeOnappError,
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
 * same typed list the `.json` call returns. A 2xx body that is not a backups
 * document throws `OnappXmlError`, as openapi-fetch throws on bad JSON.
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
  return { data: parseOnappBackupsXml(data ?? ""), response };
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
