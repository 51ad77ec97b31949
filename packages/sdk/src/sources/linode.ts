import { paginate } from "@backupkit/http";
import { createLinodeClient, LINODE_BASE_URL, type LinodeClient } from "@backupkit/linode";
import { type ConversionResult, fromLinode } from "@backupkit/model";
import { ArgumentError } from "../errors.js";
import { converted, dataOf } from "./errors.js";
import type { Source, SourceConfig, SourceContext } from "./types.js";

/** Linode's largest page: the fewest requests to enumerate the instances. */
const PAGE_SIZE = 500;

type Config = SourceConfig<"token">;

export const linodeSource: Source<"token"> = {
  id: "linode",
  defaultBaseUrl: LINODE_BASE_URL,
  fields: {
    // LINODE_TOKEN is what Linode's Terraform provider and SDKs read; linode-cli reads LINODE_CLI_TOKEN.
    token: {
      env: ["LINODE_TOKEN", "LINODE_CLI_TOKEN"],
      description: "personal access token",
      secret: true,
    },
  },

  // Linode has no account-wide backup list: walk the instances, then each one's backups.
  async *list(config, context) {
    const client = clientFor(config, context);
    const instances = paginate(
      1,
      async (page: number) => {
        const body = await dataOf(() =>
          client.GET("/linode/instances", { params: { query: { page, page_size: PAGE_SIZE } } }),
        );
        return { items: body.data, next: body.page < body.pages ? body.page + 1 : undefined };
      },
      { provider: "linode" },
    );
    // Requests start as instances arrive (the run's fetch bounds them); results
    // are yielded in instance order.
    const pending: Promise<ConversionResult>[] = [];
    let index = 0;
    for await (const instance of instances) {
      const path = `GET /linode/instances: instance #${index++}`;
      // Cancelling the Backup service deletes every backup and snapshot, so a
      // Linode without it has none to list.
      if (instance.backups?.enabled === false) continue;
      if (typeof instance.id !== "number") {
        pending.push(Promise.resolve(noId(path, instance.id)));
        continue;
      }
      const task = backupsOf(client, instance.id, instance.label);
      task.catch(() => {}); // awaited below, in order; this only avoids an unhandled rejection meanwhile
      pending.push(task);
    }
    for (const task of pending) yield await task;
  },

  get: {
    ref: "<linodeId>/<backupId>",
    flags: [
      { name: "linode-id", description: "the Linode instance's id" },
      { name: "backup-id", description: "the backup's id" },
    ],
    async run(config, parts, context) {
      const linodeId = positiveInteger("linode-id", parts["linode-id"]);
      const backupId = positiveInteger("backup-id", parts["backup-id"]);
      const what = `GET /linode/instances/${linodeId}/backups/${backupId}`;
      const body = await dataOf(() =>
        clientFor(config, context).GET("/linode/instances/{linodeId}/backups/{backupId}", {
          params: { path: { linodeId, backupId } },
        }),
      );
      return converted(what, () => fromLinode(body, { linodeId }));
    },
  },
};

function clientFor(config: Config, context: SourceContext): LinodeClient {
  return createLinodeClient({
    token: config.values.token,
    baseUrl: config.baseUrl,
    ...context.client,
  });
}

async function backupsOf(
  client: LinodeClient,
  linodeId: number,
  linodeLabel: string | undefined,
): Promise<ConversionResult> {
  const what = `GET /linode/instances/${linodeId}/backups`;
  const body = await dataOf(() =>
    client.GET("/linode/instances/{linodeId}/backups", { params: { path: { linodeId } } }),
  );
  return converted(what, () => fromLinode(body, { linodeId, linodeLabel }));
}

/** An instance without an id cannot have its backups listed: say so rather than drop it. */
function noId(path: string, id: unknown): ConversionResult {
  return {
    backups: [],
    issues: [
      {
        provider: "linode",
        severity: "error",
        path,
        backupId: null,
        message: `an instance without a numeric id (${JSON.stringify(id) ?? "absent"}): its backups were not listed`,
      },
    ],
  };
}

function positiveInteger(flag: string, value: string | undefined): number {
  if (value === undefined || !/^[1-9]\d*$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new ArgumentError(
      `--${flag} must be a positive whole number, got ${JSON.stringify(value)}`,
    );
  }
  return Number(value);
}
