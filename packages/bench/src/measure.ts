/**
 * Timing and memory helpers shared by the suites. Every figure is a median of
 * several runs taken after a warm-up, so one slow run (a GC pause, the other
 * core busy) does not decide a result.
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Runs `fn` once and returns how long it took, in ms. */
export async function timeOnce(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export interface Contender {
  name: string;
  /** One run of the workload. */
  run: () => unknown;
}

/**
 * Times several ways of doing the same work, interleaved so a drift of the
 * machine's speed over time hits every contender alike, and each round
 * starting one contender later (A B C, B C A, C A B, …) so none always runs
 * after the same one and pays for its garbage or its cooled caches. Returns
 * each contender's run times in ms, warm-up runs excluded.
 */
export async function timeInterleaved(
  contenders: readonly Contender[],
  options: { warmup: number; runs: number; beforeEach?: () => void },
): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < options.warmup + options.runs; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const contender = contenders[(round + k) % contenders.length] as Contender;
      options.beforeEach?.();
      const ms = await timeOnce(contender.run);
      if (round >= options.warmup) times.get(contender.name)?.push(ms);
    }
  }
  return times;
}

/** Collects garbage when the process runs with `--expose-gc` (the suites do). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
}

export const MB = 1024 * 1024;

export function rssBytes(): number {
  return process.memoryUsage.rss();
}

/**
 * Samples the resident set size while work runs, to find its peak: the
 * process's own `maxRSS` cannot be reset between runs. The sampler runs on the
 * event loop, so it sees every point at which the work awaits I/O.
 */
export class RssSampler {
  private peak = 0;
  private timer: NodeJS.Timeout | undefined;

  start(intervalMs = 5): void {
    this.peak = rssBytes();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  sample(): void {
    const rss = rssBytes();
    if (rss > this.peak) this.peak = rss;
  }

  /** Stops sampling and returns the peak RSS seen, in bytes. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function formatMb(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

export function formatRatio(ratio: number): string {
  return `${ratio < 0.1 ? ratio.toPrecision(2) : ratio.toFixed(2)}×`;
}

/** 12345.6 → "12,346" */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}
