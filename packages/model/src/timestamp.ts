/**
 * Provider timestamps are read with one regular expression that also checks
 * the fields' ranges; only a day past the 28th needs its month's length. A
 * body holds tens of thousands of timestamps, so text in UTC with whole
 * seconds (Linode's, Z.com's, OnApp's `+00:00`) or with a fraction of three
 * digits or more (Northflank's canonical text, Huawei's microseconds) is
 * tested without captures and reused, and only an offset other than zero
 * goes through `Date`.
 *
 * Rules: no zone means UTC (Linode documents it, Huawei's SDKs parse it so);
 * offsets such as `+03:00` are converted; fractions are cut to milliseconds;
 * `""` is no timestamp.
 */
const ISO_LIKE =
  /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))[T ]((?:[01]\d|2[0-3]):[0-5]\d)(?::([0-5]\d)(?:[.,](\d+))?)?\s*(?:[Zz]|([+-])([01]\d|2[0-3])(?::?([0-5]\d))?)?$/;

/** What follows the seconds of `…:ss.fffZ`, `…:ss.ffffff` and the like. */
// Stryker disable next-line Regex: the test of a fast path; ISO_LIKE has checked the text, and the general path gives the same result for whatever it lets through or holds back
const FRACTION_UTC = /^\.\d{3,}Z?$/;

/**
 * Normalises a provider timestamp string to ISO 8601 UTC with milliseconds.
 * Returns `null` for `""`, and `undefined` when the text is not a timestamp.
 */
export function toIsoUtc(text: string): string | null | undefined {
  if (text === "") return null;
  if (!ISO_LIKE.test(text) || !dayExists(text)) return undefined;
  // Whole seconds in UTC (Linode's zone-less text, Z.com's `Z`, OnApp's
  // `+00:00`), milliseconds or more in UTC (Northflank's canonical text,
  // Huawei's microseconds) need no captures. (84 "T", 58 ":", 90 "Z".)
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: a fast path: the general path below gives the same text
  if (text.charCodeAt(10) === 84 && text.charCodeAt(16) === 58) {
    // Stryker disable next-line MethodExpression: a fast path: the general path below gives the same text
    const rest = text.slice(19);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a fast path: the general path below gives the same text
    if (rest === "" || rest === "Z" || rest === "+00:00") return `${text.slice(0, 19)}.000Z`;
    // Stryker disable next-line ConditionalExpression,BlockStatement: a fast path: the general path below gives the same text
    if (FRACTION_UTC.test(rest)) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a fraction ending in Z at index 4 has length 5, and then both branches give `text`
      return rest.length === 5 && rest.charCodeAt(4) === 90 ? text : `${text.slice(0, 23)}Z`;
    }
  }
  // Stryker disable next-line StringLiteral: zoneMinutes: Number("") and Number("00") are both 0
  const [, date, minutes, seconds = "00", fraction = "", sign, zoneHours, zoneMinutes = "00"] =
    ISO_LIKE.exec(text) as unknown as string[];
  const asUtc = `${date}T${minutes}:${seconds}.${fraction.padEnd(3, "0").slice(0, 3)}Z`;
  const offsetMinutes =
    (sign === "-" ? -1 : 1) * (Number(zoneHours ?? 0) * 60 + Number(zoneMinutes));
  // Stryker disable next-line ConditionalExpression: a fast path: Date gives the same text for a zero offset
  if (offsetMinutes === 0) return asUtc;
  // Date applies the offset. Not `epochMsToIso`: its day cache would then be
  // in every provider's browser bundle, not only Northflank's.
  const ms = Date.parse(asUtc) - offsetMinutes * 60_000;
  return inIsoRange(ms) ? new Date(ms).toISOString() : undefined;
}

/**
 * Whether the day of a `YYYY-MM-DD…` text exists in its month: day 0 of the
 * next month is the month's last day (counted in a year at the same place of
 * the 400-year cycle, as Date.UTC reads the years 0–99 as 1900–1999).
 */
function dayExists(text: string): boolean {
  const day = (text.charCodeAt(8) - 48) * 10 + text.charCodeAt(9) - 48;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path: every month has days 1–28
  if (day <= 28) return true;
  // Stryker disable next-line ArithmeticOperator: 2000 − r is a leap year exactly when 2000 + r is (both ≡ ±r mod 4, 100, 400)
  const year = 2000 + (Number(text.slice(0, 4)) % 400);
  return day <= new Date(Date.UTC(year, Number(text.slice(5, 7)), 0)).getUTCDate();
}

/** The range the common model's `YYYY-MM-DDTHH:mm:ss.sssZ` form can write. */
const MIN_ISO_MS = -62_167_219_200_000; // 0000-01-01T00:00:00.000Z
const MAX_ISO_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
const DAY_MS = 86_400_000;

/** Whether the form can write `ms` (NaN fails both comparisons; infinities fail one). */
function inIsoRange(ms: number): boolean {
  return ms >= MIN_ISO_MS && ms <= MAX_ISO_MS;
}

/**
 * `YYYY-MM-DD` by day number since 1970, for the days written so far: the
 * timestamps of one body fall on few days, and `toISOString` (about 700 ns
 * here) costs several times the arithmetic for the time of day. Emptied when
 * it holds 1,000 days, so it stays small in a long-running process.
 */
const dates = new Map<number, string>();

function twoDigits(n: number): string {
  return String(Math.trunc(n)).padStart(2, "0");
}

/**
 * Formats epoch milliseconds as ISO 8601 UTC; `undefined` outside the years
 * 0000–9999, where `toISOString` would switch to the `+275760-…` form.
 */
export function epochMsToIso(ms: number): string | undefined {
  const whole = Math.trunc(ms);
  if (!inIsoRange(whole)) return undefined;
  const day = Math.floor(whole / DAY_MS);
  let date = dates.get(day);
  // Stryker disable next-line ConditionalExpression: a cache: writing the date afresh gives the same text
  if (date === undefined) {
    // Stryker disable next-line EqualityOperator,ConditionalExpression: when the cache is emptied bounds memory only; every date is written the same
    if (dates.size >= 1000) dates.clear();
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dates.set(day, date);
  }
  const time = whole - day * DAY_MS;
  const millis = String(time % 1000).padStart(3, "0");
  return `${date}T${twoDigits(time / 3_600_000)}:${twoDigits((time / 60_000) % 60)}:${twoDigits((time / 1000) % 60)}.${millis}Z`;
}
