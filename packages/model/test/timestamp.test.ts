import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochMsToIso, toIsoUtc } from "../src/timestamp.js";
import { propertyRuns } from "./support/property-runs.js";

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
  [
    "four fraction digits, zone-less",
    { given: "2020-02-05T10:38:34.1234", want: "2020-02-05T10:38:34.123Z" },
  ],
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
    "year 0050 with an offset",
    { given: "0050-06-01T12:00:00+02:00", want: "0050-06-01T10:00:00.000Z" },
  ],
  ["shifted before year 0000", { given: "0000-01-01T00:30:00+01:00", want: undefined }],
  ["shifted past year 9999", { given: "9999-12-31T23:59:59-01:00", want: undefined }],
  ["the 31st of a 30-day month, whole seconds", { given: "2023-04-31T00:00:00", want: undefined }],
  ["the 31st of a 30-day month, canonical", { given: "2023-06-31T00:00:00.000Z", want: undefined }],
  ["February 30th with +00:00", { given: "2024-02-30T00:00:00+00:00", want: undefined }],
  ["lower-case z", { given: "2023-01-01T00:00:00z", want: "2023-01-01T00:00:00.000Z" }],
  ["a space before Z", { given: "2023-01-01T00:00:00 Z", want: "2023-01-01T00:00:00.000Z" }],
  ["-00:00", { given: "2023-01-01T00:00:00-00:00", want: "2023-01-01T00:00:00.000Z" }],
];

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
});

describe("toIsoUtc against Date", () => {
  // Every written form of random instants in the years 0000–9999, read back;
  // forms that drop the milliseconds read back as whole seconds.
  const whole = (iso: string) => `${iso.slice(0, 19)}.000Z`;
  const forms: [string, (iso: string) => string, (iso: string) => string][] = [
    ["zone-less whole seconds", (iso) => iso.slice(0, 19), whole],
    ["Z, whole seconds", (iso) => `${iso.slice(0, 19)}Z`, whole],
    ["+00:00, whole seconds", (iso) => `${iso.slice(0, 19)}+00:00`, whole],
    ["canonical", (iso) => iso, (iso) => iso],
    ["microseconds, zone-less", (iso) => `${iso.slice(0, 23)}417`, (iso) => iso],
    ["a space for T", (iso) => `${iso.slice(0, 10)} ${iso.slice(11)}`, (iso) => iso],
  ];
  const anyInstant = fc.date({
    min: new Date("0000-01-01T00:00:00Z"),
    max: new Date("9999-12-31T23:59:59.999Z"),
    noInvalidDate: true,
  });
  it.each(forms)("reads %s", (_name, write, read) => {
    fc.assert(
      fc.property(anyInstant, (date) => {
        const iso = date.toISOString();
        expect(toIsoUtc(write(iso))).toBe(read(iso));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it("converts offsets as Date does", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1000-01-01T00:00:00Z"),
          max: new Date("9000-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (date, offset) => {
          const sign = offset < 0 ? "-" : "+";
          const abs = Math.abs(offset);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
          const text = `${date.toISOString().slice(0, 23)}${zone}`;
          expect(toIsoUtc(text)).toBe(new Date(Date.parse(text)).toISOString());
        },
      ),
      { numRuns: propertyRuns(2000) },
    );
  });
});

describe("epochMsToIso", () => {
  it.each([
    ["epoch ms", 1729232400000, "2024-10-18T06:20:00.000Z"],
    ["fraction is cut", 1729232400000.9, "2024-10-18T06:20:00.000Z"],
    ["NaN", Number.NaN, undefined],
    ["beyond Date", 9e15, undefined],
    ["beyond year 9999", 8.64e15, undefined],
    ["before year 0000", -62_167_219_200_001, undefined],
    ["the first ms of year 0000", -62_167_219_200_000, "0000-01-01T00:00:00.000Z"],
  ] as const)("%s", (_name, given, want) => {
    expect(epochMsToIso(given)).toBe(want);
  });

  it("agrees with Date hour by hour over more days than its day cache keeps, twice", () => {
    const start = Date.UTC(1969, 0, 1) + 123; // before 1970 too: negative day numbers
    const end = start + 1_500 * 86_400_000;
    for (let pass = 0; pass < 2; pass++) {
      // Compared in a loop and asserted once: 36,000 expect calls took seconds.
      const wrong: string[] = [];
      for (let t = start; t < end; t += 3_599_999) {
        const want = new Date(t).toISOString();
        const got = epochMsToIso(t);
        if (got !== want) wrong.push(`${t}: ${got} instead of ${want}`);
      }
      expect({ wrong: wrong.length, first: wrong.slice(0, 3) }).toEqual({ wrong: 0, first: [] });
    }
  });
});
