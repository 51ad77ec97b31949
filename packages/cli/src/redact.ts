/**
 * Returns a function that replaces every secret in a message with `***`.
 * Provider messages are printed as the provider wrote them, so whatever they
 * echo back, a token or password never reaches the terminal or a log.
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  // Longest first, so a secret that contains another is replaced whole.
  const values = [...new Set(secrets.filter((s) => s.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  return (text) => values.reduce((out, secret) => out.split(secret).join("***"), text);
}
