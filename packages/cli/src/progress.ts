import type { Writable } from "node:stream";

/**
 * One status line on stderr, redrawn in place while providers are read:
 * `listing… linode 52 · zcom 10`. Only on a terminal; elsewhere it writes nothing.
 */
export class Progress {
  private readonly counts = new Map<string, number>();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: Writable & { isTTY?: boolean },
    private readonly now: () => number = () => performance.now(),
  ) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  start(providers: readonly string[]): void {
    for (const provider of providers) this.counts.set(provider, 0);
    this.draw(true);
  }

  add(provider: string, backups: number): void {
    this.counts.set(provider, (this.counts.get(provider) ?? 0) + backups);
    this.draw(false);
  }

  /** Erases the line, so what follows starts on a clean one. */
  done(): void {
    if (this.drawn) this.stream.write("\r\x1b[2K");
    this.drawn = false;
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    // Redrawing more often than ~12 times a second only costs time.
    if (!force && this.now() - this.lastDraw < 80) return;
    this.lastDraw = this.now();
    const parts = [...this.counts].map(([provider, count]) => `${provider} ${count}`);
    this.stream.write(`\r\x1b[2Klisting… ${parts.join(" · ")}`);
    this.drawn = true;
  }
}
