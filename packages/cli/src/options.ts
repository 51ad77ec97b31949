import type { RunOptions } from "@backupkit/sdk";
import { UsageError } from "./io.js";
import { proxyFromEnv } from "./proxy.js";

/**
 * The flags of every command that talks to providers, for `parseArgs`: how
 * requests are sent (read by `parseRunOptions`) and where the settings come from.
 */
export const PROVIDER_FLAGS = {
  timeout: { type: "string" },
  retries: { type: "string" },
  "max-body": { type: "string" },
  config: { type: "string" },
  mock: { type: "boolean" },
} as const;

/**
 * `--concurrency`, `--timeout`, `--retries` and `--max-body`, shared by the
 * commands that talk to providers, and the proxy the environment names.
 */
export function parseRunOptions(
  values: { concurrency?: string; timeout?: string; retries?: string; "max-body"?: string },
  env: Readonly<Record<string, string | undefined>>,
): RunOptions {
  return {
    concurrency: wholeNumber("--concurrency", values.concurrency, 8, 1, 256),
    timeoutSeconds: seconds("--timeout", values.timeout, 30),
    maxAttempts: wholeNumber("--retries", values.retries, 2, 0, 10) + 1,
    maxBodyBytes: size("--max-body", values["max-body"], 64 * MIB),
    dispatcher: proxyFromEnv(env),
  };
}

const MIB = 1024 * 1024;
const UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kib: 1024, m: MIB, mib: MIB };

/** A size such as `64MiB`, `512KiB` or `1048576` (bytes), from 1 KiB to 512 MiB. */
function size(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const match = /^(\d+)\s*([a-z]*)$/i.exec(value.trim());
  const unit = UNITS[match?.[2]?.toLowerCase() ?? "?"];
  const bytes = match && unit ? Number(match[1]) * unit : Number.NaN;
  if (!(bytes >= 1024 && bytes <= 512 * MIB)) {
    throw new UsageError(
      `${flag} expects a size from 1KiB to 512MiB, such as 64MiB or 500KiB, got ${JSON.stringify(value)}`,
    );
  }
  return bytes;
}

export function wholeNumber(
  flag: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new UsageError(
      `${flag} expects a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
    );
  }
  return n;
}

function seconds(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0 || n > 3600) {
    throw new UsageError(
      `${flag} expects seconds, more than 0 and at most 3600, got ${JSON.stringify(value)}`,
    );
  }
  return n;
}
