import { type ConversionResult, fromOnapp, kindOf } from "@backupkit/model";
import {
  createOnappClient,
  type OnappClient,
  type OnappVirtualMachineList,
} from "@backupkit/onapp";
import { ArgumentError } from "../errors.js";
import { converted, dataOf, SourceError } from "./errors.js";
import type { Source, SourceConfig, SourceContext } from "./types.js";

type Config = SourceConfig<"user" | "apiKey">;

export const onappSource: Source<"user" | "apiKey"> = {
  id: "onapp",
  // Every OnApp cloud is its own Control Panel: BACKUPKIT_ONAPP_BASE_URL is required.
  defaultBaseUrl: null,
  fields: {
    // OnApp has no SDK convention of its own. ONAPP_USER / ONAPP_API_KEY say what
    // they hold; OnApp's Terraform provider reads ONAPP_USERNAME / ONAPP_TOKEN
    // (with the API key as the token), so those work too.
    user: {
      env: ["ONAPP_USER", "ONAPP_USERNAME"],
      description: "login or account email",
      secret: false,
    },
    apiKey: {
      env: ["ONAPP_API_KEY", "ONAPP_TOKEN"],
      description: "API key (or password)",
      secret: true,
    },
  },

  // OnApp has no account-wide backup list: list the virtual servers, then each one's backups.
  async *list(config, context) {
    const client = clientFor(config, context);
    const servers: unknown = await dataOf(() => client.GET("/virtual_machines.json"));
    if (!Array.isArray(servers)) {
      throw new SourceError(
        `GET /virtual_machines.json: expected a list of virtual servers, got ${kindOf(servers)}`,
      );
    }
    // Requests start together (the run's fetch bounds them); results are
    // yielded in the Control Panel's order of virtual servers.
    const pending = (servers as OnappVirtualMachineList).map((entry, index) => {
      const server = entry?.virtual_machine;
      if (typeof server?.id !== "number") {
        return Promise.resolve(noId(`GET /virtual_machines.json: $[${index}]`, server?.id));
      }
      const task = backupsOf(client, server.id);
      task.catch(() => {}); // awaited below, in order; this only avoids an unhandled rejection meanwhile
      return task;
    });
    for (const task of pending) yield await task;
  },

  get: {
    ref: "<backupId>",
    flags: [{ name: "backup-id", description: "the backup's id" }],
    async run(config, parts, context) {
      const backupId = positiveInteger("backup-id", parts["backup-id"]);
      const body = await dataOf(() =>
        clientFor(config, context).GET("/backups/{backup_id}.json", {
          params: { path: { backup_id: backupId } },
        }),
      );
      return converted(`GET /backups/${backupId}.json`, () => fromOnapp(body));
    },
  },
};

function clientFor(config: Config, context: SourceContext): OnappClient {
  // The configuration guarantees a base URL for a source without a default one.
  return createOnappClient({
    credentials: { user: config.values.user, apiKey: config.values.apiKey },
    baseUrl: config.baseUrl ?? "",
    ...context.client,
  });
}

async function backupsOf(client: OnappClient, virtualMachineId: number): Promise<ConversionResult> {
  const what = `GET /virtual_machines/${virtualMachineId}/backups/images.json`;
  const body = await dataOf(() =>
    client.GET("/virtual_machines/{virtual_machine_id}/backups/images.json", {
      params: { path: { virtual_machine_id: virtualMachineId } },
    }),
  );
  return converted(what, () => fromOnapp(body));
}

/** A virtual server without an id cannot have its backups listed: say so rather than drop it. */
function noId(path: string, id: unknown): ConversionResult {
  return {
    backups: [],
    issues: [
      {
        provider: "onapp",
        severity: "error",
        path,
        backupId: null,
        message: `a virtual server without a numeric id (${JSON.stringify(id) ?? "absent"}): its backups were not listed`,
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
