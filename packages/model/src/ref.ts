/**
 * A reference: the ids a provider needs to address one object, joined by
 * "/" (Linode `123/1234`). Callers hand it back unchanged to `get`,
 * `restore`, `delete`, `create` and the schedule operations, which split it
 * again. A part that is unknown, empty, or would change the split (a "/", a
 * space or a control character) makes the whole reference null: a reference
 * that addressed another object would be worse than none.
 */
export function refOf(...parts: readonly (string | null)[]): string | null {
  // A loop rather than `every` and `join`: converters make one to three
  // references per backup, and the callback and the join cost more than the checks.
  let ref: string | null = "";
  for (const part of parts) ref = refWithin(ref, part);
  return ref;
}

/**
 * `refOf(...parts, part)` given `ref = refOf(...parts)`: the reference of an
 * object inside the one `ref` addresses (a Z.com backup run inside its
 * backup). Converters take the enclosing reference once and extend it per
 * backup, instead of checking the same ids again for every backup.
 */
export function refWithin(ref: string | null, part: string | null): string | null {
  return ref === null || !REF_PART.test(part ?? "") ? null : (ref && `${ref}/`) + part;
}

/** One id in a reference: printable, no "/" and no whitespace. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: keeping them out is the point
export const REF_PART = /^[^\s/\u0000-\u001f\u007f]+$/;
