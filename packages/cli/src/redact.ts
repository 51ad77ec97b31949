import { redactText } from "@backupkit/http";
import { oneLine } from "./io.js";

/**
 * Returns a function that redacts a line the CLI writes: the credentials it
 * was given, by value, and credential-shaped text in general (auth headers,
 * Bearer and Basic values, URL userinfo, secret query parameters). Provider
 * messages are printed as the provider wrote them, so whatever they echo back,
 * a token or password never reaches the terminal or a log.
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  // Longest first, so a secret that contains another is replaced whole.
  const values = [...new Set(secrets)].sort((a, b) => b.length - a.length);
  return (text) => redactText(text, values);
}

/** A line for stderr: redacted, then made safe for a terminal (see `oneLine`), never cut. */
export function stderrLine(redact: (text: string) => string, text: string): string {
  return `${oneLine(redact(text), Number.POSITIVE_INFINITY)}\n`;
}
