/**
 * The model's `toIsoUtc` as it was before timestamps were read by character
 * codes (one regular expression, `Number()` per field, a template for the
 * result; `git show acb32d5:packages/model/src/timestamp.ts`). Kept only so
 * every benchmark run times the change against what it replaced.
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
export function regexToIsoUtc(text: string): string | null | undefined {
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
    Date.UTC(year, month - 1, day, hour, minute, second, Number(ms)) -
    (sign === "-" ? -1 : 1) * offsetMinutes * 60_000;
  const date = new Date(Math.trunc(utc));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
