const UNITS_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** `90m`, `24h`, `7d`, `2w`, `30s`: a whole number and one unit. */
const SHORT = /^(\d+)([smhdw])$/;
/**
 * ISO 8601 durations without years and months (their length varies):
 * `PT24H`, `P7D`, `P1W`, `P1DT12H`, `PT0.5H`.
 */
const ISO =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Milliseconds of a duration written as `90m`, `24h`, `7d` or ISO 8601
 * (`PT24H`); `0` is zero. Throws a RangeError that quotes the text otherwise.
 */
export function parseDuration(text: string): number {
  const value = text.trim();
  if (value === "0") return 0;
  const short = SHORT.exec(value);
  if (short) return Number(short[1]) * UNITS_MS[short[2] as keyof typeof UNITS_MS];
  const iso = ISO.exec(value.toUpperCase());
  if (iso && value.length > 1 && !/T$/i.test(value)) {
    const [, w, d, h, m, s] = iso;
    const parts = [w, d, h, m, s];
    if (parts.some((p) => p !== undefined)) {
      const units = [UNITS_MS.w, UNITS_MS.d, UNITS_MS.h, UNITS_MS.m, UNITS_MS.s];
      return Math.round(parts.reduce((sum, p, i) => sum + Number(p ?? 0) * (units[i] ?? 0), 0));
    }
  }
  throw new RangeError(
    `${JSON.stringify(text)} is not a duration: write 90m, 24h, 7d or ISO 8601 such as PT24H`,
  );
}

/** A duration for people: `3d 4h`, `25m`, `0s`; the two largest units. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(Math.round(ms / 1000));
  const parts: string[] = [];
  for (const [unit, seconds] of [
    ["d", 86_400],
    ["h", 3_600],
    ["m", 60],
    ["s", 1],
  ] as const) {
    if (rest >= seconds || (unit === "s" && parts.length === 0)) {
      parts.push(`${Math.floor(rest / seconds)}${unit}`);
      rest %= seconds;
    }
  }
  return sign + parts.slice(0, 2).join(" ");
}
