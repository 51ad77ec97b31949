/**
 * A reference: the ids a provider needs to address one object, joined by
 * "/" (Linode `123/1234`). Callers hand it back unchanged to `get`,
 * `restore`, `delete`, `create` and the schedule operations, which split it
 * again. A part that is unknown, empty, or would change the split (a "/", a
 * space or a control character) makes the whole reference null: a reference
 * that addressed another object would be worse than none.
 */
export function refOf(...parts: readonly (string | null)[]): string | null {
  return parts.every((part) => part !== null && REF_PART.test(part)) ? parts.join("/") : null;
}

/** One id in a reference: printable, no "/" and no whitespace. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: keeping them out is the point
export const REF_PART = /^[^\s/\u0000-\u001f\u007f]+$/;
