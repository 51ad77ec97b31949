import { closeSync, openSync, readSync } from "node:fs";
import type { Readable } from "node:stream";
import type { Io } from "./io.js";
import { UsageError, UserError } from "./io.js";
import { MAX_INPUT_BYTES, MAX_INPUT_TEXT } from "./limits.js";

/**
 * Reads a whole input as UTF-8 text from a file path, or from stdin for `-`
 * or no path. Reading stops once the input passes MAX_INPUT_BYTES, so a
 * huge file, or an endless one like /dev/zero, cannot exhaust memory.
 */
export async function readInput(path: string | undefined, io: Io): Promise<string> {
  if (path === undefined || path === "-") {
    if (path === undefined && io.stdin.isTTY) {
      throw new UsageError("no input: give a FILE, or pipe a response body to stdin");
    }
    return decodeUtf8(await readStdinAtMost(io.stdin, "stdin"));
  }
  return decodeUtf8(readFileAtMost(path));
}

/**
 * A file is read with plain reads: Node's stream modules, which a read stream
 * loads, cost `backupkit convert` more of its start-up than the read itself.
 */
function readFileAtMost(path: string): Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return Buffer.concat(chunks, size);
      size += read;
      if (size > MAX_INPUT_BYTES) throw tooLarge();
      chunks.push(chunk.subarray(0, read));
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read ${path}: ${readFailure(err)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const tooLarge = () =>
  new UserError(`the input is larger than ${MAX_INPUT_TEXT}, the most convert reads`);

async function readStdinAtMost(source: Readable, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      size += bytes.length;
      // Leaving the loop early destroys the stream: nothing more is read.
      if (size > MAX_INPUT_BYTES) throw tooLarge();
      chunks.push(bytes);
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read ${name}: ${readFailure(err)}`);
  }
  return Buffer.concat(chunks, size);
}

function readFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory";
  if (code === "EACCES") return "permission denied";
  return code ?? "unreadable";
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes UTF-8 (a leading byte order mark is dropped); anything else is refused by name. */
function decodeUtf8(bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UserError("the input is UTF-16 text; save it as UTF-8 and convert that");
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new UserError("the input is not UTF-8 text (is it a binary file?)");
  }
}
