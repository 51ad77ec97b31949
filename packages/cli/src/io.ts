import type { Readable, Writable } from "node:stream";

/** The process's streams and environment, passed in so commands are testable. */
export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/** Exit codes of every command. */
export const EXIT = {
  ok: 0,
  /** The input or a provider failed: the message says which. */
  failed: 1,
  /** The command line was wrong. */
  usage: 2,
  /** Some providers failed and the others were listed: the failures are on stderr. */
  partial: 3,
  /** `audit` found at least one resource failing a control. */
  findings: 4,
} as const;

/**
 * Marks the CLI's own errors, which `main` tells apart by this mark rather
 * than by class: the start-up bundle (CommonJS) and the command chunks (ES
 * modules) each hold a copy of this module (see scripts/bundle.mjs), so an
 * error thrown in a command is no instance of the start-up bundle's class.
 */
const KIND = Symbol.for("backupkit.cli.errorKind");

/** A wrong command line: printed with a hint to `--help`, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
  readonly [KIND] = "usage";
}

/** An expected failure with a one-line message for the user, exit 1. */
export class UserError extends Error {
  override name = "UserError";
  readonly [KIND] = "user";
}

/** "usage" for a UsageError, "user" for a UserError, from either bundle; undefined otherwise. */
export function cliErrorKind(err: unknown): "usage" | "user" | undefined {
  return (err as { [KIND]?: "usage" | "user" } | null | undefined)?.[KIND];
}

/** Line breaks of every kind, runs of them with the blanks around them: folded into one space. */
const LINE_BREAKS = /[\t ]*(?:(?:\r\n|[\n\r\v\f\u0085\u2028\u2029])[\t ]*)+/g;
/**
 * What a terminal would act on rather than show: C0 controls (ESC starts
 * colour, cursor and OSC title or hyperlink sequences; BEL rings), DEL, C1
 * controls (U+009B is a one-character CSI), and the bidi controls U+202A–U+202E
 * and U+2066–U+2069 that make text display in another order than it reads.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to escape
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `\u001b` for ESC: the escape JSON would write, so the character is seen, not acted on. */
export function escapeChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * The one way text from outside (a provider's message, a name, a file's
 * contents) reaches a terminal: line breaks folded into a space, so it cannot
 * forge a line of its own; every other control character and bidi control
 * escaped; cut to `max` characters. Redact secrets before calling this, so a
 * secret is replaced whole before anything is cut.
 */
export function oneLine(text: string, max = 200): string {
  const escaped = text.replace(LINE_BREAKS, " ").replace(UNSAFE, escapeChar);
  return escaped.length > max ? `${escaped.slice(0, max - 3)}...` : escaped;
}

/**
 * A reader that stops early (`backupkit list | head`) closes the pipe, and the
 * next write fails with EPIPE: the reader chose to stop, so the process stops
 * too, quietly, with the exit code it has so far (0 while it is writing).
 * Another write error ends it with one line on stderr, never a stack trace.
 */
export function stopWhenOutputCloses(
  stream: Writable,
  stderr: Writable,
  exit: (code: number) => void,
): void {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") {
      exit(typeof process.exitCode === "number" ? process.exitCode : EXIT.ok);
      return;
    }
    if (stream !== stderr)
      stderr.write(`backupkit: cannot write the output: ${err.code ?? err.message}\n`);
    exit(EXIT.failed);
  });
}
