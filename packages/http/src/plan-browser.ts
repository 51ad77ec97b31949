/**
 * The browser's plan.ts (`#plan` in package.json "imports", `browser`
 * condition): a browser's fetch builds its Requests natively, so every call
 * keeps openapi-fetch's own Request, and PLANS, false, lets the bundler drop
 * the planned path from the client and the attempt loop.
 */
export type { DispatchDeadline, PlannedRequest } from "./plan.js";

/** plan.ts's constant: this module plans nothing. */
export const PLANS = false;

/** plan.ts's signature; never called where PLANS is false. */
export function plannerFor(_headers?: Readonly<Record<string, string>>): undefined {
  return undefined;
}

/** plan.ts's signature; never called where PLANS is false. */
export function planFor(_headers?: Readonly<Record<string, string>>): undefined {
  return undefined;
}

/** plan.ts's signature; never called where PLANS is false. */
export function plannedPath(_url: string, _params: Record<string, unknown>): undefined {
  return undefined;
}

/** plan.ts's signature; never called where PLANS is false. */
export function dispatchDeadline(_request: unknown, _client: unknown, _outer: unknown): undefined {
  return undefined;
}
