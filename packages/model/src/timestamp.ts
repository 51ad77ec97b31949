/**
 * Provider timestamps are read by character codes: a body holds tens of
 * thousands of them, and a regular expression with captures plus `Date`
 * cost several times this. Text that is already canonical up to its fraction
 * (Linode's zone-less whole seconds, Z.com's `Z`, OnApp's `+00:00`,
 * Northflank's canonical text, Huawei's microseconds) is reused as it is;
 * anything else is written from its fields by `epochMsToIso`.
 *
 * Rules: no zone means UTC (Linode documents it, Huawei's SDKs parse it so);
 * offsets such as `+03:00` are converted; fractions are cut to milliseconds;
 * `""` is no timestamp.
 */

/** The number the two ASCII digits at `i` spell; NaN (which fails every range check) otherwise. */
function twoDigits(text: string, i: number): number {
  const tens = text.charCodeAt(i) - 48;
  const ones = text.charCodeAt(i + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : NaN;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** 400 Gregorian years, 146,097 days, in ms: `Date.UTC` reads the years 0–99 as 1900–1999. */
const FOUR_CENTURIES_MS = 146_097 * 86_400_000;

// Character codes below: 32 space, 43 "+", 44 ",", 45 "-", 46 ".", 58 ":",
// 84 "T", 90 "Z" (and `code | 32` is 122 for both "Z" and "z").

/**
 * Normalises a provider timestamp string to ISO 8601 UTC with milliseconds.
 * Accepts `YYYY-MM-DD[T ]HH:MM[:SS[.f…]]` (`,` for `.` too), then optional
 * whitespace and a zone: `Z`, `z`, `±HH`, `±HHMM` or `±HH:MM`. Returns `null`
 * for `""`, and `undefined` when the text is not such a timestamp or its
 * instant falls outside the years 0000–9999.
 */
export function toIsoUtc(text: string): string | null | undefined {
  if (text === "") return null;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const separator = text.charCodeAt(10);
  if (
    !(
      text.charCodeAt(4) === 45 &&
      text.charCodeAt(7) === 45 &&
      (separator === 84 || separator === 32) &&
      text.charCodeAt(13) === 58 &&
      year >= 0 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      // A day past the month's end rolls over into the next month (years counted 400 later: see below).
      // Stryker disable next-line ConditionalExpression,EqualityOperator: every month has at least 28 days, so `day <= 28` only spares the Date.UTC calls
      (day <= 28 || Date.UTC(year + 400, month - 1, day) < Date.UTC(year + 400, month)) &&
      hour <= 23 &&
      minute <= 59
    )
  ) {
    return undefined;
  }
  let at = 16;
  let second = 0;
  let ms = 0;
  if (text.charCodeAt(at) === 58) {
    second = twoDigits(text, 17);
    if (!(second <= 59)) return undefined;
    at = 19;
    const mark = text.charCodeAt(at);
    if (mark === 46 || mark === 44) {
      const start = ++at;
      while (isDigit(text.charCodeAt(at))) at++;
      if (at === start) return undefined;
      // The first three digits are the milliseconds: ".5" is 500, ".084695" is 84.
      for (let i = start; i < start + 3; i++) ms = ms * 10 + (i < at ? text.charCodeAt(i) - 48 : 0);
    }
  }
  const end = at;
  while (isSpace(text.charCodeAt(at))) at++;

  const zone = text.length - at;
  let offsetMinutes = 0;
  if (zone > 0 && !(zone === 1 && (text.charCodeAt(at) | 32) === 122)) {
    const sign = text.charCodeAt(at);
    const colon = text.charCodeAt(at + 3) === 58 ? 1 : 0;
    const hours = twoDigits(text, at + 1);
    const minutes = zone === 3 ? 0 : twoDigits(text, at + 3 + colon);
    if (
      !(
        (sign === 43 || sign === 45) &&
        (zone === 3 || zone === 5 + colon) &&
        hours <= 23 &&
        minutes <= 59
      )
    ) {
      return undefined;
    }
    offsetMinutes = (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
  }
  // Most providers' text is canonical up to its fraction: reuse it rather than rewrite it.
  // Stryker disable BlockStatement: an emptied fast path leaves the text to the long way, which writes the same
  // Stryker disable next-line ConditionalExpression: skipping the fast paths writes the same text the long way
  if (offsetMinutes === 0 && separator === 84) {
    // Stryker disable next-line ConditionalExpression: skipping this fast path, or its copy-free case, writes the same text
    if (end === 19) return `${text.length === 19 ? text : text.slice(0, 19)}.000Z`;
    if (
      // Stryker disable next-line ConditionalExpression: skipping this fast path writes the same text the long way
      end > 22 &&
      text.charCodeAt(19) === 46
    ) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a 24-character text ending in Z is its own first 23 characters and Z
      return text.length === 24 && text.charCodeAt(23) === 90 ? text : `${text.slice(0, 23)}Z`;
    }
  }
  // Stryker restore BlockStatement
  // Counted from 400 years later (the calendar repeats every 400 years), then taken back.
  const local = Date.UTC(year + 400, month - 1, day, hour, minute, second, ms) - FOUR_CENTURIES_MS;
  return epochMsToIso(local - offsetMinutes * 60_000);
}

/** Whitespace allowed between the time and its zone: ASCII space, and tab to carriage return. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
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

/** Two digits of `n` (0 ≤ n < 100), its fraction dropped: `| 0` truncates, and no `padStart` call. */
function padTwo(n: number): string {
  return (n < 10 ? "0" : "") + (n | 0);
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
  // Stryker disable next-line ConditionalExpression: a date written afresh is the date the cache held
  if (date === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the cache is emptied changes its size, not a date written
    if (dates.size >= 1000) dates.clear();
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dates.set(day, date);
  }
  const time = whole - day * DAY_MS;
  // The milliseconds as two digits of tens and one of ones.
  return `${date}T${padTwo(time / 3_600_000)}:${padTwo((time / 60_000) % 60)}:${padTwo((time / 1000) % 60)}.${padTwo((time % 1000) / 10)}${time % 10}Z`;
}
