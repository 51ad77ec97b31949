import type { BackupStatus } from "@backupkit/model";

/**
 * Color only for a terminal: never when NO_COLOR is set (https://no-color.org),
 * always when FORCE_COLOR is set (and not "0"), else when the stream is a TTY.
 */
export function colorEnabled(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") {
    return true;
  }
  return stream.isTTY === true;
}

export interface Paint {
  bold(text: string): string;
  status(status: BackupStatus, text: string): string;
}

const sgr = (code: number) => (text: string) => `\x1b[${code}m${text}\x1b[0m`;
const green = sgr(32);
const yellow = sgr(33);
const red = sgr(31);
const dim = sgr(2);

const STATUS_COLORS: Record<BackupStatus, (text: string) => string> = {
  available: green,
  pending: yellow,
  running: yellow,
  restoring: yellow,
  deleting: dim,
  cancelled: dim,
  failed: red,
  unknown: red,
};

export function paint(enabled: boolean): Paint {
  if (!enabled) return { bold: (text) => text, status: (_status, text) => text };
  return { bold: sgr(1), status: (status, text) => STATUS_COLORS[status](text) };
}
