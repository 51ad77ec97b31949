/**
 * Whether `text` is an http or https URL without userinfo: what a client may
 * send credentials to. Requests cannot carry userinfo, and fetch's error for
 * one would quote the whole URL, password included.
 */
export function isPlainHttpUrl(text: string): boolean {
  // URL.parse is Node 22+.
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) && !url.username && !url.password;
  } catch {
    return false;
  }
}
