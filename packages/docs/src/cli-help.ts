import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One command's `--help` text, as the installed `backupkit` prints it. */
export interface CommandHelp {
  /** The words after `backupkit`: `[]` for the command itself, `["list"]` for a subcommand. */
  args: readonly string[];
  text: string;
}

const require = createRequire(import.meta.url);

/** The path of the `backupkit` executable of `@backupkit/cli`, from its package.json `bin`. */
function cliBin(): string {
  const manifestPath = require.resolve("@backupkit/cli/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin: { backupkit: string } };
  return join(dirname(manifestPath), manifest.bin.backupkit);
}

/**
 * The command names of the main help's "Commands:" section: the lines indented
 * by two spaces until the next blank line.
 */
export function commandNames(mainHelp: string): string[] {
  const section = mainHelp.split(/^Commands:\n/m)[1] ?? "";
  const names: string[] = [];
  for (const line of section.split("\n")) {
    const name = /^ {2}(\S+)/.exec(line)?.[1];
    if (name === undefined) break;
    names.push(name);
  }
  return names;
}

/**
 * Runs `backupkit --help` and `backupkit <command> --help` for every command it
 * lists, with no provider settings in the environment, so the reference page is
 * the program's own words and cannot drift from them.
 */
export function collectCliHelp(): CommandHelp[] {
  const bin = cliBin();
  const env = { PATH: process.env.PATH ?? "", NO_COLOR: "1" };
  const help = (args: readonly string[]) =>
    execFileSync(process.execPath, [bin, ...args, "--help"], { env, encoding: "utf8" });
  const main = help([]);
  return [
    { args: [], text: main },
    ...commandNames(main).map((name) => ({ args: [name], text: help([name]) })),
  ];
}
