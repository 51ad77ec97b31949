/**
 * Timestamps are the hot spot of conversion, so the common shapes are
 * normalised with one regular expression and integer arithmetic; `Date` is
 * only used to shift a zone offset.
 *
 * Rules: no zone means UTC (Linode documents it, Huawei's SDKs parse it so);
 * offsets such as `+03:00` are converted; fractions are cut to milliseconds;
 * `""` is no timestamp.
 */
const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

const ZONE_OFFSET = /^([+-])(\d{2}):?(\d{2})?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/**
 * Normalises a provider timestamp string to ISO 8601 UTC with milliseconds.
 * Returns `null` for `""`, and `undefined` when the text is not a timestamp.
 */
export function toIsoUtc(text: string): string | null | undefined {
  if (text === "") return null;
  const m = ISO_LIKE.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s = "00", frac = "", zone] = m as unknown as string[];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = frac.padEnd(3, "0").slice(0, 3);

  if (zone === undefined || zone === "Z" || zone === "z" || /^[+-]00:?(00)?$/.test(zone)) {
    return `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
  }
  const offset = ZONE_OFFSET.exec(zone);
  if (offset === null) return undefined;
  const [, sign, oh, om = "00"] = offset as unknown as string[];
  const offsetMinutes = Number(oh) * 60 + Number(om);
  if (Number(oh) > 23 || Number(om) > 59) return undefined;
  const utc =
    utcMs(year, month, day, hour, minute, second, Number(ms)) -
    (sign === "-" ? -1 : 1) * offsetMinutes * 60_000;
  return epochMsToIso(utc);
}

/** `Date.UTC`, except that years 0–99 are not moved to 1900–1999. */
function utcMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/** The range the common model's `YYYY-MM-DDTHH:mm:ss.sssZ` form can write. */
const MIN_ISO_MS = utcMs(0, 1, 1, 0, 0, 0, 0);
const MAX_ISO_MS = utcMs(9999, 12, 31, 23, 59, 59, 999);

/**
 * Formats epoch milliseconds as ISO 8601 UTC; `undefined` outside the years
 * 0000–9999, where `toISOString` would switch to the `+275760-…` form.
 */
export function epochMsToIso(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const whole = Math.trunc(ms);
  if (whole < MIN_ISO_MS || whole > MAX_ISO_MS) return undefined;
  return new Date(whole).toISOString();
}
