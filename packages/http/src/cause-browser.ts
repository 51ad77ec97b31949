/**
 * The browser's cause.ts (`#cause` in package.json "imports", `browser` condition):
 * a browser's fetch fails with one `TypeError` ("Failed to fetch"), with no
 * cause chain and no system code to read.
 */
export function describeCause(error: unknown): { message: string; code: string | null } {
  return { message: (error as Error | null)?.message || String(error), code: null };
}
