import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochMsToIso, toIsoUtc } from "../src/timestamp.js";
import { propertyRuns } from "./support/property-runs.js";

const FIRST = new Date("0000-01-01T00:00:00.000Z");
const LAST = new Date("9999-12-31T23:59:59.999Z");
const instant = fc.date({ min: FIRST, max: LAST, noInvalidDate: true });
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Writes the wall-clock time of `date` as seen at `offsetMinutes` east of UTC, without a zone. */
function wallClock(date: Date, offsetMinutes: number): string {
  const d = new Date(date.getTime() + offsetMinutes * 60_000);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`
  );
}

describe("toIsoUtc, for every instant of the years 0000–9999", () => {
  it("reads a zone-less timestamp as UTC", () => {
    fc.assert(
      fc.property(instant, (date) => {
        expect(toIsoUtc(wallClock(date, 0))).toBe(date.toISOString());
      }),
      { numRuns: propertyRuns(10_000) },
    );
  });

  it("converts any offset, or says the result is outside 0000–9999", () => {
    const offset = fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 });
    fc.assert(
      fc.property(instant, offset, fc.constantFrom(":", ""), (date, minutes, colon) => {
        const local = new Date(date.getTime() + minutes * 60_000);
        fc.pre(local >= FIRST && local <= LAST);
        const abs = Math.abs(minutes);
        const zone = `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}${colon}${pad(abs % 60)}`;
        expect(toIsoUtc(`${wallClock(date, minutes)}${zone}`)).toBe(date.toISOString());
      }),
      { numRuns: propertyRuns(10_000) },
    );
  });
});

describe("epochMsToIso", () => {
  it("writes the model's form for every finite number, or nothing", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (ms) => {
        const iso = epochMsToIso(ms);
        if (iso !== undefined) {
          expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
          expect(new Date(iso).getTime()).toBe(Math.trunc(ms) + 0);
        } else {
          const t = Math.trunc(ms);
          expect(!Number.isFinite(ms) || t < FIRST.getTime() || t > LAST.getTime()).toBe(true);
        }
      }),
      { numRuns: propertyRuns(10_000) },
    );
  });
});
