/**
 * Provider timestamps are read with one regular expression into the strict
 * ISO 8601 form that `Date.parse` must accept in every engine.
 *
 * Rules: no zone means UTC (Linode documents it, Huawei's SDKs parse it so);
 * offsets such as `+03:00` are converted; fractions are cut to milliseconds;
 * `""` is no timestamp.
 */
const ISO_LIKE =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/**
 * Normalises a provider timestamp string to ISO 8601 UTC with milliseconds.
 * Returns `null` for `""`, and `undefined` when the text is not a timestamp.
 */
export function toIsoUtc(text: string): string | null | undefined {
  if (text === "") return null;
  const m = ISO_LIKE.exec(text);
  if (m === null) return undefined;
  const [
    ,
    date,
    minutes,
    seconds = "00",
    fraction = "",
    sign,
    zoneHours = "00",
    zoneMinutes = "00",
  ] = m as unknown as string[];
  const asUtc = `${date}T${minutes}:${seconds}.${fraction.padEnd(3, "0").slice(0, 3)}Z`;
  const ms = Date.parse(asUtc);
  // Date.parse rolls some impossible times over (2023-02-29 becomes March 1st,
  // 24:00 the next day): a real time reads back unchanged.
  if (Number.isNaN(ms) || new Date(ms).toISOString() !== asUtc) return undefined;
  if (Number(zoneHours) > 23 || Number(zoneMinutes) > 59) return undefined;
  const offsetMs =
    (sign === "-" ? -1 : 1) * (Number(zoneHours) * 60 + Number(zoneMinutes)) * 60_000;
  // A shift can leave the years 0000–9999 the model's form can write.
  return offsetMs === 0 ? asUtc : epochMsToIso(ms - offsetMs);
}

/** The range the common model's `YYYY-MM-DDTHH:mm:ss.sssZ` form can write. */
const MIN_ISO_MS = Date.parse("0000-01-01T00:00:00.000Z");
const MAX_ISO_MS = Date.parse("9999-12-31T23:59:59.999Z");

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
