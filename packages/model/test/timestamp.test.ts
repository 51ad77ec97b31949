import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochMsToIso, toIsoUtc } from "../src/timestamp.js";

type TestCase = [name: string, { given: string; want: string | null | undefined }];

const cases: TestCase[] = [
  ["zone-less is UTC (Linode)", { given: "2018-01-15T00:01:01", want: "2018-01-15T00:01:01.000Z" }],
  ["Z", { given: "2021-01-20T11:19:53.175Z", want: "2021-01-20T11:19:53.175Z" }],
  [
    "microseconds are cut (Huawei)",
    { given: "2019-05-10T07:59:12.084695", want: "2019-05-10T07:59:12.084Z" },
  ],
  ["+00:00 (OnApp)", { given: "2015-08-13T02:00:49+00:00", want: "2015-08-13T02:00:49.000Z" }],
  ["+03:00 is converted", { given: "2013-12-24T14:34:06+03:00", want: "2013-12-24T11:34:06.000Z" }],
  [
    "-05:30 crosses midnight",
    { given: "2020-02-28T22:00:00-05:30", want: "2020-02-29T03:30:00.000Z" },
  ],
  ["+0300 without colon", { given: "2013-12-24T14:34:06+0300", want: "2013-12-24T11:34:06.000Z" }],
  ["space separator", { given: "2020-02-05 10:38:34", want: "2020-02-05T10:38:34.000Z" }],
  ["no seconds", { given: "2020-02-05T10:38Z", want: "2020-02-05T10:38:00.000Z" }],
  ["one fraction digit", { given: "2020-02-05T10:38:34.5Z", want: "2020-02-05T10:38:34.500Z" }],
  ["leap day", { given: "2024-02-29T00:00:00Z", want: "2024-02-29T00:00:00.000Z" }],
  ["empty string is no timestamp", { given: "", want: null }],
  ["not a leap year", { given: "2023-02-29T00:00:00Z", want: undefined }],
  ["month 13", { given: "2023-13-01T00:00:00Z", want: undefined }],
  ["hour 24", { given: "2023-01-01T24:00:00Z", want: undefined }],
  ["date only", { given: "2023-01-01", want: undefined }],
  ["words", { given: "yesterday", want: undefined }],
  ["zone offset out of range", { given: "2023-01-01T00:00:00+25:00", want: undefined }],
  [
    "Z with microseconds",
    { given: "2019-05-10T07:59:12.084695Z", want: "2019-05-10T07:59:12.084Z" },
  ],
  ["-00:00 is UTC", { given: "2015-08-13T02:00:49-00:00", want: "2015-08-13T02:00:49.000Z" }],
  [
    "+05:45 crosses into the previous year",
    { given: "2021-01-01T03:00:00.250+05:45", want: "2020-12-31T21:15:00.250Z" },
  ],
  [
    "-10:00 crosses into the next month",
    { given: "2021-04-30T20:30:00-10:00", want: "2021-05-01T06:30:00.000Z" },
  ],
  ["lowercase z", { given: "2020-02-05T10:38:34z", want: "2020-02-05T10:38:34.000Z" }],
  [
    "two fraction digits with an offset",
    { given: "2020-02-05T10:38:34.25+01:00", want: "2020-02-05T09:38:34.250Z" },
  ],
  ["offset minutes out of range", { given: "2023-01-01T00:00:00+01:60", want: undefined }],
  ["trailing text", { given: "2023-01-01T00:00:00Zulu", want: undefined }],
  ["day 32", { given: "2023-01-32T00:00:00", want: undefined }],
];

/** Fraction digits as providers send them: none, ms, µs; and the short ones. */
const FRACTION_DIGITS = [0, 1, 2, 3, 6] as const;

describe("toIsoUtc", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(toIsoUtc(given)).toBe(want);
  });

  it("agrees with Date for every zone-less instant it accepts", () => {
    for (let t = Date.UTC(1999, 11, 31); t < Date.UTC(2001, 0, 2); t += 86_399_123) {
      const iso = new Date(t).toISOString();
      expect(toIsoUtc(iso.replace("Z", ""))).toBe(iso);
    }
  });

  it("agrees with Date for random instants, offsets and fractions", () => {
    const instant = fc.integer({ min: Date.UTC(1000, 0, 2), max: Date.UTC(9999, 11, 30) });
    const offsetMinutes = fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 });
    const utcZone = fc.constantFrom("", "Z", "+00:00", "-00:00");
    fc.assert(
      fc.property(
        instant,
        offsetMinutes,
        fc.constantFrom(...FRACTION_DIGITS),
        utcZone,
        (ms, offset, digits, utc) => {
          const wall = new Date(ms + offset * 60_000).toISOString();
          const millis = wall.slice(20, 23);
          const fraction = digits === 0 ? "" : `.${`${millis}789`.slice(0, digits)}`;
          const sign = offset < 0 ? "-" : "+";
          const abs = Math.abs(offset);
          const zone =
            offset === 0
              ? utc
              : `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
          const kept = digits === 0 ? 0 : Number(millis.slice(0, digits).padEnd(3, "0"));
          const want = new Date(Math.floor(ms / 1000) * 1000 + kept).toISOString();
          expect(toIsoUtc(`${wall.slice(0, 19)}${fraction}${zone}`)).toBe(want);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("epochMsToIso", () => {
  it("agrees with Date across its whole range", () => {
    fc.assert(
      fc.property(fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true }), (ms) => {
        expect(epochMsToIso(ms)).toBe(new Date(Math.trunc(ms)).toISOString());
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(10_000, 0, 1) + 1000 }), (ms) => {
        expect(epochMsToIso(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["epoch ms", 1729232400000, "2024-10-18T06:20:00.000Z"],
    ["fraction is cut", 1729232400000.9, "2024-10-18T06:20:00.000Z"],
    ["NaN", Number.NaN, undefined],
    ["beyond Date", 9e15, undefined],
  ] as const)("%s", (_name, given, want) => {
    expect(epochMsToIso(given)).toBe(want);
  });
});
