import type { RunOptions } from "@backupkit/sdk";
import { UsageError } from "./io.js";

/** `--concurrency`, `--timeout` and `--retries`, shared by the commands that talk to providers. */
export function parseRunOptions(values: {
  concurrency?: string;
  timeout?: string;
  retries?: string;
}): RunOptions {
  return {
    concurrency: wholeNumber("--concurrency", values.concurrency, 8, 1, 256),
    timeoutSeconds: seconds("--timeout", values.timeout, 30),
    maxAttempts: wholeNumber("--retries", values.retries, 2, 0, 10) + 1,
  };
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
