/**
 * A loopback server for Northflank's backup list, paged by cursor:
 * `node northflank-pages.js <pages> <perPage>`. Each page is generated when
 * asked for, from its own seed, so every run reads the same bytes and the
 * server holds no list in memory. Keep-alive, in its own process.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Random } from "@backupkit/mock-providers";
import { northflankBackup } from "../bodies.js";
import { reportReady } from "../child.js";
import { NORTHFLANK_DESTINATION } from "./shared.js";

const pages = Number(process.argv[2] ?? 1000);
const perPage = Number(process.argv[3] ?? 100);
const listPath = `/v1/backup-destinations/${NORTHFLANK_DESTINATION}/backups`;

/** `page-7` is the cursor of page 7; the first page has none. */
function pageBody(page: number): string {
  const data = [];
  for (let i = 0; i < perPage; i++) {
    const index = page * perPage + i;
    data.push(northflankBackup(index, new Random(index + 1)));
  }
  const hasNextPage = page + 1 < pages;
  const pagination = hasNextPage
    ? { hasNextPage, cursor: `page-${page + 1}`, count: data.length }
    : { hasNextPage, count: data.length };
  return JSON.stringify({ data, pagination });
}

const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const cursor = url.searchParams.get("cursor");
  const page = cursor === null ? 0 : Number(cursor.replace(/^page-/, ""));
  if (req.method !== "GET" || url.pathname !== listPath || !(page >= 0 && page < pages)) {
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { status: 404, message: "Not found" } }));
    return;
  }
  const body = pageBody(page);
  res.writeHead(200, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
  });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  reportReady({ baseUrl: `http://127.0.0.1:${port}`, info: { pageBytes: pageBody(0).length } });
});
