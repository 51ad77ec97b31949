/**
 * A keep-alive loopback server answering `GET /v4/linode/instances/123/backups`
 * with one backup (the API page's sample, as the current snapshot). Forked by
 * the request-overhead suite so the server's work runs on the other core.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { reportReady } from "../child.js";
import { repoPath } from "../paths.js";
import { LINODE_BACKUPS_PATH } from "./shared.js";

const backup: unknown = JSON.parse(
  readFileSync(repoPath("fixtures/linode/backup-view.seed.json"), "utf8"),
);
const body = Buffer.from(
  JSON.stringify({ automatic: [], snapshot: { current: backup, in_progress: null } }),
);
const headers = {
  "content-type": "application/json",
  "content-length": String(body.length),
};

const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (req, res) => {
  if (req.method === "GET" && req.url === `/v4${LINODE_BACKUPS_PATH}`) {
    res.writeHead(200, headers);
    res.end(body);
    return;
  }
  const notFound = JSON.stringify({ errors: [{ reason: "Not found" }] });
  res.writeHead(404, { "content-type": "application/json" });
  res.end(notFound);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  reportReady({ baseUrl: `http://127.0.0.1:${port}/v4`, info: { bodyBytes: body.length } });
});
