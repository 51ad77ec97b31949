import { describeTransportScenarios } from "../../http/test/support/transport-scenarios.js";
import { createLinodeClient, unwrap } from "../src/index.js";

const backupList = {
  automatic: [],
  snapshot: { current: null, in_progress: null },
};

describeTransportScenarios({
  provider: "linode",
  createClient: ({ origin, ...options }) =>
    createLinodeClient({ ...options, baseUrl: `${origin}/v4` }),
  get: async (client) =>
    unwrap(
      await client.GET("/linode/instances/{linodeId}/backups", {
        params: { path: { linodeId: 123 } },
      }),
    ),
  path: "/linode/instances/{linodeId}/backups",
  okBody: JSON.stringify(backupList),
  errorBody: (message) => ({
    body: JSON.stringify({ errors: [{ reason: message, field: null }] }),
    code: null,
  }),
  requestIdHeader: "X-Request-Id",
  rateLimitReset: { header: "X-RateLimit-Reset", format: "epoch-seconds" },
});
