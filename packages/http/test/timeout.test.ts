/**
 * Per-attempt deadlines and the wait between retries, by themselves: when the
 * deadline fires, what an outer signal passes on, that an already aborted
 * signal ends a wait at once, and that nothing (timer, listener) is left behind.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { sleep, startDeadline } from "../src/timeout.js";

afterEach(() => {
  vi.useRealTimers();
});

/** `promise`'s outcome, or "still pending" after `ms`: a wait that never ends fails fast. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | "still pending"> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"still pending">((resolve) => {
    timer = setTimeout(() => resolve("still pending"), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe("startDeadline", () => {
  it("aborts when the deadline passes, and says it timed out", () => {
    vi.useFakeTimers();
    const deadline = startDeadline(100, []);
    vi.advanceTimersByTime(99);
    expect([deadline.signal.aborted, deadline.timedOut()]).toEqual([false, false]);
    vi.advanceTimersByTime(1);
    expect([deadline.signal.aborted, deadline.timedOut()]).toEqual([true, true]);
    deadline.end();
  });

  it("sets no timer for Infinity, and clears its timer at end", () => {
    vi.useFakeTimers();
    const endless = startDeadline(Number.POSITIVE_INFINITY, []);
    expect(vi.getTimerCount()).toBe(0);
    endless.end();
    const deadline = startDeadline(100, []);
    expect(vi.getTimerCount()).toBe(1);
    deadline.end();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect([deadline.signal.aborted, deadline.timedOut()]).toEqual([false, false]);
    deadline.end();
  });

  it("passes an outer signal's abort and reason on, without calling it a timeout", () => {
    const outer = new AbortController();
    const deadline = startDeadline(10_000, [undefined, outer.signal]);
    const reason = new Error("caller cancelled");
    outer.abort(reason);
    expect([deadline.signal.aborted, deadline.signal.reason, deadline.timedOut()]).toEqual([
      true,
      reason,
      false,
    ]);
    deadline.end();
  });

  it("starts aborted when an outer signal already is", () => {
    const reason = new Error("already gone");
    const deadline = startDeadline(10_000, [AbortSignal.abort(reason)]);
    expect([deadline.signal.aborted, deadline.signal.reason]).toEqual([true, reason]);
    deadline.end();
  });

  it("takes the reason of the first outer signal that aborts", () => {
    const first = new AbortController();
    const second = new AbortController();
    const deadline = startDeadline(10_000, [first.signal, second.signal]);
    second.abort("second");
    first.abort("first");
    expect(deadline.signal.reason).toBe("second");
    deadline.end();
  });

  it("detaches from the outer signals at end", () => {
    const outer = new AbortController();
    const deadline = startDeadline(10_000, [outer.signal]);
    deadline.end();
    outer.abort(new Error("after the attempt"));
    expect(deadline.signal.aborted).toBe(false);
    deadline.end();
  });

  it("binds a request to the deadline", () => {
    const outer = new AbortController();
    const deadline = startDeadline(10_000, [outer.signal]);
    const bound = deadline.bind(new Request("http://127.0.0.1/x", { method: "DELETE" }));
    expect([bound.method, bound.url, bound.signal.aborted]).toEqual([
      "DELETE",
      "http://127.0.0.1/x",
      false,
    ]);
    outer.abort("stop");
    expect([bound.signal.aborted, bound.signal.reason]).toEqual([true, "stop"]);
    deadline.end();
  });
});

describe("sleep", () => {
  it("waits about the time asked", async () => {
    const started = performance.now();
    await sleep(60, []);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("waits no time for 0", async () => {
    expect(await within(sleep(0, []), 1000)).toBeUndefined();
  });

  it("rejects at once, with the reason, when a signal is already aborted", async () => {
    const reason = new Error("stopped before the wait");
    const outcome = await within(
      sleep(60_000, [AbortSignal.abort(reason)]).catch((error: unknown) => error),
      1000,
    );
    expect(outcome).toBe(reason);
  });

  it("rejects with the reason as soon as a signal aborts during the wait", async () => {
    const outer = new AbortController();
    const reason = new Error("stopped during the wait");
    setTimeout(() => outer.abort(reason), 20);
    const outcome = await within(
      sleep(60_000, [undefined, outer.signal]).catch((error: unknown) => error),
      1000,
    );
    expect(outcome).toBe(reason);
  });

  it("leaves no timer or listener behind", async () => {
    vi.useFakeTimers();
    const outer = new AbortController();
    const added = vi.spyOn(outer.signal, "addEventListener");
    const removed = vi.spyOn(outer.signal, "removeEventListener");
    const wait = sleep(100, [outer.signal]);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    await wait;
    expect(vi.getTimerCount()).toBe(0);
    expect(added).toHaveBeenCalledTimes(1);
    expect(removed.mock.calls).toEqual(added.mock.calls);
  });
});
