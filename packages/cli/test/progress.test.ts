import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { Progress } from "../src/progress.js";

function stream(isTTY: boolean) {
  const out = { text: "" };
  const writable = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        out.text += chunk.toString();
        done();
      },
    }),
    { isTTY },
  );
  return { writable, out };
}

describe("Progress", () => {
  it("redraws one line on a terminal, at most every 80 ms, and erases it", () => {
    const { writable, out } = stream(true);
    let now = 0;
    const progress = new Progress(writable, () => now);
    progress.start(["linode", "zcom"]);
    now = 10;
    progress.add("linode", 5); // too soon: counted, not drawn
    now = 100;
    progress.add("zcom", 2);
    progress.done();
    expect(out.text).toBe(
      "\r\x1b[2Klisting… linode 0 · zcom 0\r\x1b[2Klisting… linode 5 · zcom 2\r\x1b[2K",
    );
  });

  it("writes nothing when stderr is not a terminal", () => {
    const { writable, out } = stream(false);
    const progress = new Progress(writable);
    progress.start(["linode"]);
    progress.add("linode", 3);
    progress.done();
    expect(out.text).toBe("");
  });
});
