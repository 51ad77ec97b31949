import type { MockRoute } from "./types.js";

/**
 * The clock of a mock's state machines: `later(n, apply)` schedules a change
 * `n` steps of `paceMs` from now, and `settle()` applies the changes that are
 * due. Nothing runs on a timer: a mock that is not asked does no work, and
 * closing it leaves nothing behind.
 */
export function stepper(paceMs: number) {
  const steps: { at: number; apply: () => void }[] = [];
  return {
    later(n: number, apply: () => void): void {
      steps.push({ at: Date.now() + n * paceMs, apply });
    },
    settle(): void {
      const now = Date.now();
      for (let i = 0; i < steps.length; ) {
        const step = steps[i] as (typeof steps)[number];
        if (step.at <= now) {
          steps.splice(i, 1);
          step.apply();
        } else i++;
      }
    },
  };
}

/** Every route first applies the state changes that are due, so what it reads is current. */
export function withSettle(settle: () => void, routes: MockRoute[]): MockRoute[] {
  return routes.map((route) => ({
    ...route,
    handle(request) {
      settle();
      return route.handle(request);
    },
  }));
}
