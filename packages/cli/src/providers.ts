import type { ProviderId } from "@backupkit/model";
import { parseZcomJson } from "@backupkit/zcom";
import { UserError } from "./io.js";

/** How the CLI turns a saved response body of each provider into a value. */
export interface ProviderBodyFormat {
  /** Parses the text of a response body; throws UserError with a one-line reason. */
  parseBody(text: string): unknown;
}

function parseStrictJson(provider: ProviderId, text: string): unknown {
  if (text.trim() === "")
    throw new UserError(`${provider}: the input is empty, expected a JSON response body`);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UserError(`${provider}: the input is not valid JSON (${(err as Error).message})`);
  }
}

/**
 * Z.com documents its list body with trailing commas, so a saved body is read
 * the way the client reads it: strictly, then leniently.
 */
function parseZcomBody(text: string): unknown {
  if (text.trim() === "")
    throw new UserError("zcom: the input is empty, expected a JSON response body");
  try {
    return parseZcomJson(text);
  } catch (err) {
    throw new UserError((err as Error).message);
  }
}

export const bodyFormats: Partial<Record<ProviderId, ProviderBodyFormat>> = {
  linode: { parseBody: (text) => parseStrictJson("linode", text) },
  "huawei-cbr": { parseBody: (text) => parseStrictJson("huawei-cbr", text) },
  zcom: { parseBody: parseZcomBody },
  northflank: { parseBody: (text) => parseStrictJson("northflank", text) },
};
