import { EnvHttpProxyAgent } from "undici";

/**
 * The proxy settings of the environment, as curl reads them: `https_proxy`,
 * `http_proxy` and `no_proxy`, or their upper-case forms (lower case wins).
 * Node's fetch ignores them, so without this a CLI behind a corporate proxy
 * fails every call with what looks like a DNS error.
 *
 * Returns an undici dispatcher for the clients, or undefined when no proxy is
 * set (requests then go out directly, as before).
 */
export function proxyFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): object | undefined {
  const read = (name: string) => env[name.toLowerCase()] || env[name.toUpperCase()] || "";
  const httpProxy = read("http_proxy");
  const httpsProxy = read("https_proxy");
  if (!httpProxy && !httpsProxy) return undefined;
  // undici 6 marks EnvHttpProxyAgent experimental with a process warning when
  // one is made; the CLI's stderr is kept for its own lines.
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const options = rest[0] as { code?: string } | undefined;
    if (options?.code !== "UNDICI-EHPA") Reflect.apply(emitWarning, process, [warning, ...rest]);
  }) as typeof process.emitWarning;
  try {
    // Given explicitly, so that undici does not fall back to process.env.
    return new EnvHttpProxyAgent({ httpProxy, httpsProxy, noProxy: read("no_proxy") });
  } finally {
    process.emitWarning = emitWarning;
  }
}
