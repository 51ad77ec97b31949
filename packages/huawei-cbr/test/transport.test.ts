import { readFileSync } from "node:fs";
import { describeTransportScenarios } from "../../http/test/support/transport-scenarios.js";
import { createHuaweiCbrClient, unwrap } from "../src/index.js";

// The ShowBackup page's sample, verbatim, as the body of every 200.
const seedText = readFileSync(
  new URL("../../../fixtures/huawei-cbr/show-backup.seed.json", import.meta.url),
  "utf8",
);

describeTransportScenarios({
  provider: "huawei-cbr",
  createClient: ({ origin, ...options }) => createHuaweiCbrClient({ ...options, baseUrl: origin }),
  get: async (client) =>
    unwrap(
      await client.GET("/v3/{project_id}/backups/{backup_id}", {
        params: {
          path: {
            project_id: "4229d7a45436489f8c3dc2b1d35d4987",
            backup_id: "6df2b54c-dd62-4059-a07c-1b8f24f2725d",
          },
        },
      }),
    ),
  path: "/v3/{project_id}/backups/{backup_id}",
  okBody: seedText,
  errorBody: (message) => ({
    body: JSON.stringify({ error_code: "BackupService.6302", error_msg: message }),
    code: "BackupService.6302",
  }),
  requestIdHeader: "X-Request-Id",
});
