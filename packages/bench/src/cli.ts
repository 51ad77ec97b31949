/** Running the CLI in this process, as `packages/cli/bin/backupkit.js` does. */
import { Readable, Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { repoPath } from "./paths.js";

/** The CLI's entry point, as `packages/cli/bin/backupkit.js` calls it. */
export type Main = (
  argv: string[],
  io: {
    stdin: Readable;
    stdout: Writable;
    stderr: Writable;
    env: Record<string, string | undefined>;
  },
) => Promise<number>;

/** The built CLI's `main()`. */
export async function loadCliMain(): Promise<Main> {
  const url = pathToFileURL(repoPath("packages/cli/dist/main.js")).href;
  return ((await import(url)) as { main: Main }).main;
}

/** Counts what a stream was given and keeps the text when asked to. */
export class Sink extends Writable {
  bytes = 0;
  text = "";
  constructor(private readonly keep: boolean) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: string, done: () => void): void {
    this.bytes += chunk.length;
    if (this.keep) this.text += chunk.toString();
    done();
  }
}

/** Runs `backupkit <args>` in this process with no input; stdout is counted, stderr kept. */
export async function runCli(main: Main, args: string[], env: Record<string, string>) {
  const stdout = new Sink(false);
  const stderr = new Sink(true);
  const code = await main(args, { stdin: Readable.from([]), stdout, stderr, env });
  return { code, stdout, stderr };
}
