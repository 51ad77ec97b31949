import type { ProviderId } from "@backupkit/model";
import { OnappXmlError, parseOnappXml } from "@backupkit/onapp";
import { parseZcomJson } from "@backupkit/zcom";
import { oneLine, UserError } from "./io.js";
import { checkJsonNesting } from "./limits.js";

/** How the CLI turns a saved response body of each provider into a value. */
export interface ProviderBodyFormat {
  /** Parses the text of a response body; throws UserError with a one-line reason. */
  parseBody(text: string): unknown;
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
function parseZcomBody(text: string): unknown {
  if (text.trim() === "")
    throw new UserError("zcom: the input is empty, expected a JSON response body");
  checkJsonNesting("zcom", text);
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
function parseOnappBody(text: string): unknown {
  if (!text.trimStart().startsWith("<"))
    return parseStrictJson("onapp", text.replace(/^\uFEFF/, ""));
  try {
    return parseOnappXml(text);
  } catch (err) {
    if (err instanceof OnappXmlError)
      throw new UserError(`onapp: cannot read the XML input: ${oneLine(err.message)}`);
    throw err;
  }
}

export const bodyFormats: Record<ProviderId, ProviderBodyFormat> = {
  linode: { parseBody: (text) => parseStrictJson("linode", text) },
  "huawei-cbr": { parseBody: (text) => parseStrictJson("huawei-cbr", text) },
  onapp: { parseBody: parseOnappBody },
  zcom: { parseBody: parseZcomBody },
  northflank: { parseBody: (text) => parseStrictJson("northflank", text) },
};
