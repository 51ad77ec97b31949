/**
 * The Linode mock provider from @backupkit/mock-providers (spec-validated
 * responses), in its own process:
 * `node mock-linode.js <instances> <latencyMs> [<limit> <windowMs>]`, the last
 * two for Linode's rate limit (limit requests per clock-aligned window, with
 * its `X-RateLimit-*` headers). Answers `{ type: "stats" }` messages with its
 * request counts, so the suite can check what one run asked for.
 */
import { startMockProviders } from "@backupkit/mock-providers";
import { reportReady } from "../child.js";

const instances = Number(process.argv[2] ?? 1000);
const latencyMs = Number(process.argv[3] ?? 20);
const limit = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
const windowMs = Number(process.argv[5] ?? 1000);

const mock = await startMockProviders({
  providers: { linode: { resources: instances } },
  latencyMs,
  seed: 1,
  ...(limit === undefined ? {} : { rateLimit: { limit, windowMs } }),
});
const linode = mock.providers.linode;
if (!linode) throw new Error("the linode mock did not start");

process.on("message", (message: { type?: string }) => {
  if (message.type !== "stats") return;
  process.send?.({
    type: "stats",
    requests: mock.requests.length,
    limited: mock.requests.filter((r) => r.status === 429).length,
    failures: mock.failures.length,
    maxInFlight: mock.maxInFlight.linode ?? 0,
  });
});
reportReady({ baseUrl: linode.baseUrl, info: { token: linode.credentials.token } });
