import { stopWhenOutputCloses } from "./io.js";
import { main } from "./main.js";

/** Runs the CLI on this process's arguments, streams and environment: what `bin/backupkit.js` calls. */
export async function start(): Promise<void> {
  const exit = (code: number) => process.exit(code);
  stopWhenOutputCloses(process.stdout, process.stderr, exit);
  stopWhenOutputCloses(process.stderr, process.stderr, exit);
  process.exitCode = await main(process.argv.slice(2), {
    // Node sets stdin up on first use, which costs every command's start; few commands read it.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
