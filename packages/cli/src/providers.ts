import type { ProviderId } from "@backupkit/model";
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

export const bodyFormats: Partial<Record<ProviderId, ProviderBodyFormat>> = {
  linode: { parseBody: (text) => parseStrictJson("linode", text) },
};
