import { afterEach, expect } from "vitest";

/**
 * A server a test starts: `close` stops it, and `failures`, where it keeps
 * them, lists the requests it refused as off-spec (the mock providers do).
 */
export interface TestServer {
  readonly failures?: readonly unknown[];
  close(): Promise<void>;
}

/**
 * Registers, for the calling test file, an afterEach that stops every server
 * started through the returned function during the test, once it has checked
 * that none of them refused a request as off-spec.
 */
export function closeAfterEach<T extends TestServer>(): (starting: Promise<T>) => Promise<T> {
  const started: T[] = [];
  afterEach(async () => {
    const servers = started.splice(0);
    try {
      for (const server of servers) expect(server.failures ?? []).toEqual([]);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  });
  return async (starting) => {
    const server = await starting;
    started.push(server);
    return server;
  };
}
