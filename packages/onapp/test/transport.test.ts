import { describeTransportScenarios } from "../../http/test/support/transport-scenarios.js";
import { createOnappClient, unwrap } from "../src/index.js";

const backupList = [
  {
    backup: {
      id: 6117,
      built: true,
      backup_size: 930584,
      initiated: "manual",
      backup_type: "incremental",
    },
  },
];

// The sentinel token is the API key: it travels base64-encoded in the Basic
// header, and must not show up decoded either.
describeTransportScenarios({
  provider: "onapp",
  createClient: ({ origin, token, ...options }) =>
    createOnappClient({
      ...options,
      credentials: { user: "admin@example.net", apiKey: token },
      baseUrl: `${origin}/onapp`,
    }),
  get: async (client) =>
    unwrap(
      await client.GET("/virtual_machines/{virtual_machine_id}/backups/images.json", {
        params: { path: { virtual_machine_id: 42 } },
      }),
    ),
  path: "/virtual_machines/{virtual_machine_id}/backups/images.json",
  okBody: JSON.stringify(backupList),
  errorBody: (message) => ({ body: JSON.stringify({ errors: [message] }), code: null }),
  // Rails (which OnApp runs on) sends X-Request-Id; OnApp documents no rate-limit headers.
  requestIdHeader: "X-Request-Id",
});
