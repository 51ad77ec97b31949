/**
 * An argument the caller gave is malformed: a backup reference, an id that
 * is not a positive whole number. Nothing was sent. The CLI reports it as a
 * usage error (exit 2).
 */
export class ArgumentError extends Error {
  override name = "ArgumentError";
}
