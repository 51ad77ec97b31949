import { afterEach, expect } from "vitest";
import { type MockProviders, startMockProviders } from "../src/index.js";

type StartOptions = NonNullable<Parameters<typeof startMockProviders>[0]>;

/**
 * Starts the mock of one provider per test (`start()`), and after each test
 * checks that every response went through the spec validator unflagged,
 * then closes it.
 */
export function mockPerTest(provider: string): (options?: StartOptions) => Promise<MockProviders> {
  let mock: MockProviders | undefined;
  afterEach(async () => {
    expect(mock?.failures ?? []).toEqual([]);
    await mock?.close();
    mock = undefined;
  });
  return async (options = {}) => {
    mock = await startMockProviders({ providers: [provider], ...options });
    return mock;
  };
}

/**
 * GETs a path below one provider mock's base URL with the given headers
 * (the test's credentials, or none); the body is parsed when it is JSON.
 */
export async function getFrom(
  mock: MockProviders,
  provider: string,
  path: string,
  headers: Record<string, string> = {},
  init: RequestInit = {},
) {
  const endpoint = mock.providers[provider];
  if (!endpoint) throw new Error(`the ${provider} mock is not running`);
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

/** `Authorization: Bearer <token>`, or no header for a null token. */
export function bearer(token: string | null): Record<string, string> {
  return token === null ? {} : { authorization: `Bearer ${token}` };
}

/** GETs a path below the Linode mock's base URL, with its token unless another is given. */
export function get(
  mock: MockProviders,
  path: string,
  token: string | null = mock.providers.linode?.credentials.token ?? null,
  init: RequestInit = {},
) {
  return getFrom(mock, "linode", path, bearer(token), init);
}
