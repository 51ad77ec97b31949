import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type AuditReport, minimumAuditInterval } from "@backupkit/sdk";
import { auditRegistry } from "./format/audit/prometheus.js";
import { UsageError } from "./io.js";

/** `[HOST:]PORT`: `9100`, `0.0.0.0:9100`, `[::1]:9100`. Loopback unless a host is given. */
export function parseListen(value: string): { host: string; port: number } {
  const match = /^(?:(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):)?(\d{1,5})$/.exec(value);
  const port = Number(match?.[2]);
  if (!match || port > 65_535) {
    throw new UsageError(
      `--serve expects [HOST:]PORT such as 9100 or 0.0.0.0:9100, got ${JSON.stringify(value)}`,
    );
  }
  return { host: match[1]?.replace(/^\[|\]$/g, "") ?? "127.0.0.1", port };
}

export interface ServeOptions {
  host: string;
  port: number;
  /** Between the end of one audit and the start of the next, at least. */
  intervalMs: number;
  runAudit(): Promise<AuditReport>;
  /** One line for stderr: where it listens, and audits that failed. */
  log(line: string): void;
}

/**
 * A Prometheus exporter: `/metrics` serves the gauges of the latest audit,
 * `/healthz` says whether one has completed. Audits repeat every interval,
 * or slower when a provider's hourly request budget needs it. Resolves with
 * a `stop` that ends the loop and closes the server.
 */
export async function serveAudit(
  options: ServeOptions,
): Promise<{ url: string; stop(): Promise<void> }> {
  const { registry, update } = auditRegistry();
  let audited = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://exporter").pathname;
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
    } else if (path === "/metrics" && audited) {
      registry.metrics().then(
        (text) => response.writeHead(200, { "Content-Type": registry.contentType }).end(text),
        () => response.writeHead(500).end("metrics failed\n"),
      );
    } else if (path === "/metrics" || path === "/healthz") {
      response
        .writeHead(audited ? 200 : 503, { "Content-Type": "text/plain; charset=utf-8" })
        .end(audited ? "ok\n" : "the first audit is running\n");
    } else {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  const loop = async () => {
    if (stopped) return;
    let wait = options.intervalMs;
    try {
      const report = await options.runAudit();
      update(report);
      audited = true;
      const floor = minimumAuditInterval(report);
      if (floor > wait) {
        options.log(
          `next audit in ${Math.ceil(floor / 1000)} s, to stay within the providers' rate limits`,
        );
        wait = floor;
      }
    } catch (err) {
      options.log(`audit failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!stopped) timer = setTimeout(loop, wait);
  };
  const first = loop();
  return {
    url,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await first.catch(() => {});
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
