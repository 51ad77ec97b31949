import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { stopWhenOutputCloses } from "../src/io.js";

/** A stream watched as the CLI watches stdout (or stderr, when `same`), and the exit codes it asked for. */
function watched(same = false) {
  const stderr = new PassThrough();
  const stream = same ? stderr : new PassThrough();
  const exits: number[] = [];
  stopWhenOutputCloses(stream, stderr, (code) => exits.push(code));
  const fail = (code: string) =>
    stream.emit("error", Object.assign(new Error(`write ${code}`), { code }));
  return { stderr, exits, fail };
}

describe("stopWhenOutputCloses", () => {
  it("exits with 0, printing nothing, when the reader closed the pipe (EPIPE)", () => {
    const { stderr, exits, fail } = watched();
    fail("EPIPE");
    expect(exits).toEqual([0]);
    expect(stderr.read()).toBeNull();
  });

  it("exits with 1 and one line on stderr for another write error", () => {
    const { stderr, exits, fail } = watched();
    fail("EIO");
    expect(exits).toEqual([1]);
    expect(String(stderr.read())).toBe("backupkit: cannot write the output: EIO\n");
  });

  it("writes nothing to stderr about stderr itself", () => {
    const { stderr, exits, fail } = watched(true);
    fail("EIO");
    expect(exits).toEqual([1]);
    expect(stderr.read()).toBeNull();
  });
});
