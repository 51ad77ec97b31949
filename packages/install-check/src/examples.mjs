// The TypeScript examples of the READMEs: every ```ts block is a program a
// user could paste into a file of their own project, so it must compile there.
// A block fenced as ```ts fragment is a piece of a larger program (a shape to
// fill in, a call inside the repository's own tests) and is left out.
import { existsSync, readFileSync } from "node:fs";

const FENCE = /^```ts[^\S\n]*(\S*)[^\n]*\n([\s\S]*?)^```$/gm;

/** The compilable `ts` blocks of a Markdown file, in order. */
export function readmeExamples(path) {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, "utf8");
  return [...text.matchAll(FENCE)]
    .filter(([, tag]) => tag !== "fragment")
    .map(([, , code]) => code);
}
