import { readFile } from "node:fs/promises";
import type { Io } from "./io.js";
import { UsageError, UserError } from "./io.js";

/** Reads a whole input from a file path, or from stdin for `-` or no path. */
export async function readInput(path: string | undefined, io: Io): Promise<string> {
  if (path === undefined || path === "-") {
    if (path === undefined && io.stdin.isTTY) {
      throw new UsageError("no input: give a FILE, or pipe a response body to stdin");
    }
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory"
          : (code ?? "unreadable");
    throw new UserError(`cannot read ${path}: ${reason}`);
  }
}
