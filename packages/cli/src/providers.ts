import type { ProviderId } from "@backupkit/model";
import { oneLine, UserError } from "./io.js";
import { checkJsonNesting } from "./limits.js";

/** How the CLI turns a saved response body of each provider into a value. */
export interface ProviderBodyFormat {
  /** Parses the text of a response body; rejects with a UserError with a one-line reason. */
  parseBody(text: string): Promise<unknown>;
}

function parseStrictJson(provider: ProviderId, text: string): unknown {
  if (text.trim() === "")
    throw new UserError(`${provider}: the input is empty, expected a JSON response body`);
  checkJsonNesting(provider, text);
  try {
    return JSON.parse(text);
  } catch (err) {
    // The parser's message quotes the input, which may hold control characters.
    throw new UserError(
      `${provider}: the input is not valid JSON (${oneLine((err as Error).message)})`,
    );
  }
}

/**
 * Z.com documents its list body with trailing commas, so a saved body is read
 * the way the client reads it: strictly, then leniently.
 */
async function parseZcomBody(text: string): Promise<unknown> {
  if (text.trim() === "")
    throw new UserError("zcom: the input is empty, expected a JSON response body");
  checkJsonNesting("zcom", text);
  // The provider packages load their clients too: loaded only for their own bodies.
  const { parseZcomJson } = await import("@backupkit/zcom");
  try {
    return parseZcomJson(text);
  } catch (err) {
    throw new UserError(oneLine((err as Error).message));
  }
}

/**
 * OnApp serves each call as JSON or XML: a body starting with "<" (after
 * whitespace or a byte order mark) is read as XML, into the JSON shape.
 */
async function parseOnappBody(text: string): Promise<unknown> {
  if (!text.trimStart().startsWith("<"))
    return parseStrictJson("onapp", text.replace(/^\uFEFF/, ""));
  const { OnappXmlError, parseOnappXml } = await import("@backupkit/onapp");
  try {
    return parseOnappXml(text);
  } catch (err) {
    if (err instanceof OnappXmlError)
      throw new UserError(`onapp: cannot read the XML input: ${oneLine(err.message)}`);
    throw err;
  }
}

export const bodyFormats: Record<ProviderId, ProviderBodyFormat> = {
  linode: { parseBody: async (text) => parseStrictJson("linode", text) },
  "huawei-cbr": { parseBody: async (text) => parseStrictJson("huawei-cbr", text) },
  onapp: { parseBody: parseOnappBody },
  zcom: { parseBody: parseZcomBody },
  northflank: { parseBody: async (text) => parseStrictJson("northflank", text) },
};
