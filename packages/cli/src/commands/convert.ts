import { parseArgs } from "node:util";
import { BodyError, PROVIDER_IDS, type ProviderId, toBackups } from "@backupkit/model";
import { readInput } from "../input.js";
import { EXIT, type Io, oneLine, UsageError, UserError } from "../io.js";
import { formatIssue } from "../issues.js";
import { checkNesting, MAX_INPUT_TEXT, MAX_NESTING } from "../limits.js";
import { bodyFormats } from "../providers.js";

export const convertHelp = `Usage: backupkit convert --provider <id> [FILE|-]

Converts a saved response body of a provider's backup endpoint into common
backup records, printed as a JSON array on stdout. Reads FILE, or stdin when
FILE is "-" or absent. Conversion issues (unknown values, malformed fields,
skipped objects) go to stderr, one line each.

Options:
  -p, --provider <id>  ${PROVIDER_IDS.join(" | ")}
  -h, --help           show this help

Limits: the input is at most ${MAX_INPUT_TEXT} of UTF-8 text, nested at most
${MAX_NESTING} levels deep.

Exit codes:
  0  converted (issues, if any, are on stderr)
  1  the input is not a response body of that provider (malformed, an error
     body, beyond the limits) or cannot be read
  2  usage error
`;

export async function convert(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      provider: { type: "string", short: "p" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout.write(convertHelp);
    return EXIT.ok;
  }
  const provider = parseProvider(values.provider);
  if (positionals.length > 1)
    throw new UsageError(`expected at most one FILE, got ${positionals.length}`);
  const body = await bodyFormats[provider].parseBody(await readInput(positionals[0], io));
  checkNesting(provider, body);
  try {
    const { backups, issues } = toBackups(provider, body);
    for (const issue of issues)
      io.stderr.write(`${oneLine(formatIssue(issue), Number.POSITIVE_INFINITY)}\n`);
    io.stdout.write(`${JSON.stringify(backups, null, 2)}\n`);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof BodyError) throw new UserError(err.message);
    throw err;
  }
}

export function parseProvider(value: string | undefined): ProviderId {
  if (value === undefined) throw new UsageError("--provider is required");
  if (!(PROVIDER_IDS as readonly string[]).includes(value)) {
    throw new UsageError(
      `unknown provider ${JSON.stringify(value)}; expected one of ${PROVIDER_IDS.join(", ")}`,
    );
  }
  return value as ProviderId;
}
