import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { stopWhenOutputCloses } from "../src/io.js";

function writeError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe("stopWhenOutputCloses", () => {
  it("exits with 0, printing nothing, when the reader closed the pipe (EPIPE)", () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const exits: number[] = [];
    stopWhenOutputCloses(stdout, stderr, (code) => exits.push(code));
    stdout.emit("error", writeError("EPIPE"));
    expect(exits).toEqual([0]);
    expect(stderr.read()).toBeNull();
  });

  it("exits with 1 and one line on stderr for another write error", () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const exits: number[] = [];
    stopWhenOutputCloses(stdout, stderr, (code) => exits.push(code));
    stdout.emit("error", writeError("EIO"));
    expect(exits).toEqual([1]);
    expect(String(stderr.read())).toBe("backupkit: cannot write the output: EIO\n");
  });

  it("writes nothing to stderr about stderr itself", () => {
    const stderr = new PassThrough();
    const exits: number[] = [];
    stopWhenOutputCloses(stderr, stderr, (code) => exits.push(code));
    stderr.emit("error", writeError("EIO"));
    expect(exits).toEqual([1]);
    expect(stderr.read()).toBeNull();
  });
});
