import { setTimeout as realTimePause } from "node:timers/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { until } from "../src/index.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("until", () => {
  it("asks again after each pause until the state is reached, and no more", async () => {
    let asked = 0;
    await until(() => ++asked === 3, "the third ask");
    expect(asked).toBe(3);
  });

  it("waits on real time: a state reached while the test fakes every timer and Date", async () => {
    vi.useFakeTimers();
    let reached = false;
    void realTimePause(20).then(() => {
      reached = true;
    });
    await until(() => reached, "the flag set on real time");
    expect(reached).toBe(true);
  });
});
