/** Which requests a fault applies to. Every field narrows; none means every request. */
export interface FaultMatch {
  /** Only this provider's server. */
  provider?: string;
  /**
   * A spec path template (`/linode/instances/{linodeId}/backups`), a concrete
   * path below the base path (`/linode/instances/123/backups`), or a RegExp
   * tested against the concrete path.
   */
  path?: string | RegExp;
  /** Let this many matching requests through before the fault starts. Default 0. */
  after?: number;
  /** Apply to this many matching requests, then stop. Default: all of them. */
  times?: number;
}

/** What happens to a matching request. */
export type FaultAction =
  /** Wait before answering normally (per-path latency). */
  | { type: "delay"; ms: number }
  /** Answer with this status and the provider's own error body (5xx, 403…). */
  | { type: "status"; status: number; message?: string }
  /** Answer 429 with `Retry-After` and the provider's own error body. */
  | { type: "rate-limit"; retryAfterSeconds?: number }
  /** Never answer; the connection stays open until the client gives up or the mock closes. */
  | { type: "hang" }
  /** Drop the connection without an answer. */
  | { type: "reset" };

export type Fault = FaultMatch & FaultAction;

/** A fault that ends the request (anything but a delay). */
export type TerminalFault = Exclude<FaultAction, { type: "delay" }>;

/** The scripted faults of one mock run, with how often each has matched. */
export class FaultScript {
  private readonly entries: { fault: Fault; seen: number; fired: number }[];

  constructor(faults: readonly Fault[]) {
    this.entries = faults.map((fault) => ({ fault, seen: 0, fired: 0 }));
  }

  /** The delays to add and the fault that ends this request, if any. */
  apply(
    provider: string,
    template: string | undefined,
    path: string,
  ): { delayMs: number; fault?: TerminalFault } {
    let delayMs = 0;
    for (const entry of this.entries) {
      const { fault } = entry;
      if (fault.provider !== undefined && fault.provider !== provider) continue;
      if (!pathMatches(fault.path, template, path)) continue;
      entry.seen++;
      if (entry.seen <= (fault.after ?? 0)) continue;
      if (entry.fired >= (fault.times ?? Number.POSITIVE_INFINITY)) continue;
      entry.fired++;
      if (fault.type === "delay") delayMs += fault.ms;
      else return { delayMs, fault };
    }
    return { delayMs };
  }
}

function pathMatches(
  wanted: string | RegExp | undefined,
  template: string | undefined,
  path: string,
): boolean {
  if (wanted === undefined) return true;
  if (typeof wanted === "string") return wanted === template || wanted === path;
  wanted.lastIndex = 0;
  return wanted.test(path);
}
