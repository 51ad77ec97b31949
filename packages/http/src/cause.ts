/**
 * What a network error says down its cause chain, four errors deep: the
 * distinct messages (`fetch failed: other side closed`) and the first system
 * code (ECONNRESET, UND_ERR_SOCKET). Node's fetch (undici) nests them so; a
 * browser's is one `TypeError` with neither, and cause-browser.ts replaces
 * this module there.
 */
export function describeCause(error: unknown): { message: string; code: string | null } {
  const messages = new Set<string>();
  let code: string | null = null;
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if (current.message) messages.add(current.message);
    const own = (current as { code?: unknown }).code;
    if (code === null && typeof own === "string") code = own;
    current = current.cause;
  }
  return { message: [...messages].join(": ") || String(error), code };
}
