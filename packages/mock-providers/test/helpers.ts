import type { MockProviders } from "../src/index.js";

/** GETs a path below a mock's base URL, with its token unless another is given. */
export async function get(
  mock: MockProviders,
  path: string,
  token: string | null = mock.providers.linode?.credentials.token ?? null,
  init: RequestInit = {},
) {
  const endpoint = mock.providers.linode;
  if (!endpoint) throw new Error("the linode mock is not running");
  const headers: Record<string, string> =
    token === null ? {} : { authorization: `Bearer ${token}` };
  const response = await fetch(`${endpoint.baseUrl}${path}`, { headers, ...init });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body, text };
}
