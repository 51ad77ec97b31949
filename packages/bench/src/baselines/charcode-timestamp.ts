/**
 * A faster `toIsoUtc` that reads timestamps by character codes and reuses
 * canonical text instead of running a regular expression and `Date.parse`
 * (first written for the model, `git show ea62ddd:packages/model/src/timestamp.ts`).
 * It is not shipped: it adds about 350 bytes gzipped to every provider's
 * browser bundle, which the 8 kB budget cannot carry. Kept here so every
 * benchmark run times the model's normaliser against it.
 */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The number the two ASCII digits at `i` spell; NaN (which fails every range check) otherwise. */
function twoDigits(text: string, i: number): number {
  const tens = text.charCodeAt(i);
  const ones = text.charCodeAt(i + 1);
  return isDigit(tens) && isDigit(ones) ? (tens - 48) * 10 + ones - 48 : Number.NaN;
}

// Character codes below: 32 space, 43 "+", 44 ",", 45 "-", 46 ".", 58 ":", 84 "T",
// 90 "Z", 122 "z" (and `code | 32` is 122 for both "Z" and "z").

/**
 * Normalises a provider timestamp string to ISO 8601 UTC with milliseconds.
 * Accepts `YYYY-MM-DD[T ]HH:MM[:SS[.f…]]` (`,` for `.` too), then optional
 * spaces and a zone: `Z`, `z`, `±HH`, `±HHMM` or `±HH:MM`. Returns `null` for
 * `""`, and `undefined` when the text is not such a timestamp.
 */
export function charCodeToIsoUtc(text: string): string | null | undefined {
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
      day <= daysIn(year, month) &&
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
  while (text.charCodeAt(at) === 32) at++;

  const zone = text.length - at;
  let offsetMinutes = 0;
  const zulu = zone === 1 && (text.charCodeAt(at) | 32) === 122;
  if (zone > 0 && !zulu) {
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
  if (offsetMinutes === 0 && separator === 84) {
    if (end === 19) return `${text.length === 19 ? text : text.slice(0, 19)}.000Z`;
    if (end > 22 && text.charCodeAt(19) === 46) {
      return text.length === 24 && text.charCodeAt(23) === 90 ? text : `${text.slice(0, 23)}Z`;
    }
  }
  // Date.UTC reads years 0–99 as 1900–1999: count from 400 years later (the calendar
  // repeats every 400 years) and take those years back off.
  const local = Date.UTC(year + 400, month - 1, day, hour, minute, second, ms) - FOUR_CENTURIES;
  return epochMsToIso(local - offsetMinutes * 60_000);
}

/** 400 Gregorian years, 146,097 days, in ms. */
const FOUR_CENTURIES = 146_097 * 86_400_000;

/** Formats epoch milliseconds as ISO 8601 UTC; `undefined` when out of `Date`'s range. */
function epochMsToIso(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(Math.trunc(ms));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
