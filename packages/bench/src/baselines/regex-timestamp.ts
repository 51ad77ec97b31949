/**
 * The model's `toIsoUtc` before it read character codes: one regular
 * expression that also checks the fields' ranges, UTC text with whole seconds
 * or three or more fraction digits tested without captures and reused, and
 * `Date` for any other offset. Kept so every benchmark run times the
 * model's reader against what it replaced.
 */
const ISO_LIKE =
  /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))[T ]((?:[01]\d|2[0-3]):[0-5]\d)(?::([0-5]\d)(?:[.,](\d+))?)?\s*(?:[Zz]|([+-])([01]\d|2[0-3])(?::?([0-5]\d))?)?$/;

/** What follows the seconds of `…:ss.fffZ`, `…:ss.ffffff` and the like. */
const FRACTION_UTC = /^\.\d{3,}Z?$/;

/**
 * Normalises a provider timestamp string to ISO 8601 UTC with milliseconds.
 * Returns `null` for `""`, and `undefined` when the text is not a timestamp.
 */
export function regexToIsoUtc(text: string): string | null | undefined {
  if (text === "") return null;
  if (!ISO_LIKE.test(text) || !dayExists(text)) return undefined;
  // Whole seconds in UTC (Linode's zone-less text, Z.com's `Z`, OnApp's
  // `+00:00`), milliseconds or more in UTC (Northflank's canonical text,
  // Huawei's microseconds) need no captures. (84 "T", 58 ":", 90 "Z".)
  if (text.charCodeAt(10) === 84 && text.charCodeAt(16) === 58) {
    const rest = text.slice(19);
    if (rest === "" || rest === "Z" || rest === "+00:00") return `${text.slice(0, 19)}.000Z`;
    if (FRACTION_UTC.test(rest)) {
      return rest.length === 5 && rest.charCodeAt(4) === 90 ? text : `${text.slice(0, 23)}Z`;
    }
  }
  const [, date, minutes, seconds = "00", fraction = "", sign, zoneHours, zoneMinutes = "00"] =
    ISO_LIKE.exec(text) as unknown as string[];
  const asUtc = `${date}T${minutes}:${seconds}.${fraction.padEnd(3, "0").slice(0, 3)}Z`;
  const offsetMinutes =
    (sign === "-" ? -1 : 1) * (Number(zoneHours ?? 0) * 60 + Number(zoneMinutes));
  if (offsetMinutes === 0) return asUtc;
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
  if (day <= 28) return true;
  const year = 2000 + (Number(text.slice(0, 4)) % 400);
  return day <= new Date(Date.UTC(year, Number(text.slice(5, 7)), 0)).getUTCDate();
}

/** The range the common model's `YYYY-MM-DDTHH:mm:ss.sssZ` form can write. */
const MIN_ISO_MS = -62_167_219_200_000; // 0000-01-01T00:00:00.000Z
const MAX_ISO_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

/** Whether the form can write `ms` (NaN fails both comparisons; infinities fail one). */
function inIsoRange(ms: number): boolean {
  return ms >= MIN_ISO_MS && ms <= MAX_ISO_MS;
}
