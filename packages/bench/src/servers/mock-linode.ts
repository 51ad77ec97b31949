/**
 * The Linode mock provider from @backupkit/mock-providers (spec-validated
 * responses), in its own process: `node mock-linode.js <instances> <latencyMs>`.
 * Answers `{ type: "stats" }` messages with its request counts, so the suite
 * can check what one run asked for.
 */
import { startMockProviders } from "@backupkit/mock-providers";
import { reportReady } from "../child.js";

const instances = Number(process.argv[2] ?? 1000);
const latencyMs = Number(process.argv[3] ?? 20);

const mock = await startMockProviders({
  providers: { linode: { resources: instances } },
  latencyMs,
  seed: 1,
});
const linode = mock.providers.linode;
if (!linode) throw new Error("the linode mock did not start");

process.on("message", (message: { type?: string }) => {
  if (message.type !== "stats") return;
  process.send?.({
    type: "stats",
    requests: mock.requests.length,
    failures: mock.failures.length,
    maxInFlight: mock.maxInFlight.linode ?? 0,
  });
});
reportReady({ baseUrl: linode.baseUrl, info: { token: linode.credentials.token } });
