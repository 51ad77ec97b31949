import { setTimeout as realTimePause } from "node:timers/promises";

/**
 * Waits for a state rather than a time: polls `reached` after each millisecond
 * of real time (node:timers/promises, which a fake clock leaves alone, where
 * vi.waitFor would move it), and fails naming `what` after 20,000 polls, at
 * least 20 s, whatever clock the test has faked.
 */
export async function until(reached: () => boolean, what: string): Promise<void> {
  for (let polls = 0; !reached(); polls++) {
    if (polls === 20_000) throw new Error(`never reached: ${what}`);
    await realTimePause(1);
  }
}
