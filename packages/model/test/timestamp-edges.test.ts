/**
 * Timestamp texts at the edges of what toIsoUtc accepts: junk around a
 * timestamp, each part of the zone, each fast path's boundary, and the day
 * check's leap years. Each case is a value the model either writes or
 * refuses, so a changed character class or bound fails here.
 */
import { describe, expect, it } from "vitest";
import { epochMsToIso, toIsoUtc } from "../src/timestamp.js";

type TestCase = [name: string, { given: string; want: string | undefined }];

const accepted: TestCase[] = [
  ["an hour-only offset", { given: "2013-12-24T14:34:06+03", want: "2013-12-24T11:34:06.000Z" }],
  [
    "a negative hour-only offset",
    { given: "2013-12-24T14:34:06-11", want: "2013-12-25T01:34:06.000Z" },
  ],
  [
    "an offset of minutes only",
    { given: "2013-12-24T14:34:06+00:45", want: "2013-12-24T13:49:06.000Z" },
  ],
  [
    "a negative offset with minutes",
    { given: "2013-12-24T14:34:06-03:30", want: "2013-12-24T18:04:06.000Z" },
  ],
  ["the largest offset", { given: "2013-12-24T23:59:59+23:59", want: "2013-12-24T00:00:59.000Z" }],
  ["+00 alone", { given: "2013-12-24T14:34:06+00", want: "2013-12-24T14:34:06.000Z" }],
  ["+0000", { given: "2013-12-24T14:34:06+0000", want: "2013-12-24T14:34:06.000Z" }],
  [
    "a comma before the fraction",
    { given: "2013-12-24T14:34:06,25Z", want: "2013-12-24T14:34:06.250Z" },
  ],
  [
    "a fraction with an offset",
    { given: "2013-12-24T14:34:06.123456+01:00", want: "2013-12-24T13:34:06.123Z" },
  ],
  [
    "a two-digit fraction, zone-less",
    { given: "2013-12-24T14:34:06.12", want: "2013-12-24T14:34:06.120Z" },
  ],
  [
    "three fraction digits, zone-less",
    { given: "2013-12-24T14:34:06.123", want: "2013-12-24T14:34:06.123Z" },
  ],
  [
    "six fraction digits and Z",
    { given: "2013-12-24T14:34:06.123456Z", want: "2013-12-24T14:34:06.123Z" },
  ],
  ["no seconds, zone-less", { given: "2013-12-24T14:34", want: "2013-12-24T14:34:00.000Z" }],
  [
    "no seconds, with an offset",
    { given: "2013-12-24T14:34+01:00", want: "2013-12-24T13:34:00.000Z" },
  ],
  ["a space and no seconds", { given: "2013-12-24 14:34", want: "2013-12-24T14:34:00.000Z" }],
  [
    "a space, whole seconds and Z",
    { given: "2013-12-24 14:34:06Z", want: "2013-12-24T14:34:06.000Z" },
  ],
  ["a space and +00:00", { given: "2013-12-24 14:34:06+00:00", want: "2013-12-24T14:34:06.000Z" }],
  [
    "spaces before the offset",
    { given: "2013-12-24T14:34:06  +01:00", want: "2013-12-24T13:34:06.000Z" },
  ],
  [
    "a space before Z after a fraction",
    { given: "2013-12-24T14:34:06.5 Z", want: "2013-12-24T14:34:06.500Z" },
  ],
  ["23:59:59", { given: "2013-12-31T23:59:59", want: "2013-12-31T23:59:59.000Z" }],
  ["00:00:00", { given: "2013-01-01T00:00:00", want: "2013-01-01T00:00:00.000Z" }],
  ["hour 19", { given: "2013-01-01T19:00:00", want: "2013-01-01T19:00:00.000Z" }],
  ["the 10th, 20th and 28th", { given: "2013-02-28T10:20:30", want: "2013-02-28T10:20:30.000Z" }],
  ["month 10", { given: "2013-10-10T00:00:00", want: "2013-10-10T00:00:00.000Z" }],
  ["month 12, day 31", { given: "2013-12-31T00:00:00Z", want: "2013-12-31T00:00:00.000Z" }],
  ["January 31st", { given: "2013-01-31T00:00:00", want: "2013-01-31T00:00:00.000Z" }],
  ["April 30th", { given: "2013-04-30T00:00:00", want: "2013-04-30T00:00:00.000Z" }],
  ["February 29th of 2000", { given: "2000-02-29T00:00:00", want: "2000-02-29T00:00:00.000Z" }],
  [
    "February 29th of year 0000",
    { given: "0000-02-29T00:00:00", want: "0000-02-29T00:00:00.000Z" },
  ],
  ["February 29th of 0400", { given: "0400-02-29T12:00:00", want: "0400-02-29T12:00:00.000Z" }],
  [
    "February 29th of 1996, with an offset",
    { given: "1996-02-29T01:00:00+02:00", want: "1996-02-28T23:00:00.000Z" },
  ],
  ["the last instant", { given: "9999-12-31T23:59:59.999Z", want: "9999-12-31T23:59:59.999Z" }],
  [
    "an offset back into year 9999",
    { given: "9999-12-31T23:59:59+01:00", want: "9999-12-31T22:59:59.000Z" },
  ],
  [
    "an offset forward into year 0000",
    { given: "0000-01-01T00:30:00-01:00", want: "0000-01-01T01:30:00.000Z" },
  ],
  [
    "a comma before three fraction digits and Z",
    { given: "2013-12-24T14:34:06,250Z", want: "2013-12-24T14:34:06.250Z" },
  ],
  [
    "a comma before six fraction digits, zone-less",
    { given: "2013-12-24T14:34:06,123456", want: "2013-12-24T14:34:06.123Z" },
  ],
  [
    "a tab before the offset",
    { given: "2013-12-24T14:34:06\t+01:00", want: "2013-12-24T13:34:06.000Z" },
  ],
  [
    "a carriage return before Z",
    { given: "2013-12-24T14:34:06\rZ", want: "2013-12-24T14:34:06.000Z" },
  ],
];

const refused: TestCase[] = [
  ["junk before", { given: "x2018-01-15T00:01:01", want: undefined }],
  ["a space before", { given: " 2018-01-15T00:01:01", want: undefined }],
  ["junk after", { given: "2018-01-15T00:01:01x", want: undefined }],
  ["junk after Z", { given: "2018-01-15T00:01:01Zx", want: undefined }],
  ["a newline after", { given: "2018-01-15T00:01:01\nx", want: undefined }],
  ["a lower-case t", { given: "2018-01-15t00:01:01", want: undefined }],
  ["two spaces for T", { given: "2018-01-15  00:01:01", want: undefined }],
  ["a five-digit year", { given: "12018-01-15T00:01:01", want: undefined }],
  ["a one-digit month", { given: "2018-1-15T00:01:01", want: undefined }],
  ["month 00", { given: "2018-00-15T00:01:01", want: undefined }],
  ["day 00", { given: "2018-01-00T00:01:01", want: undefined }],
  ["day 32", { given: "2018-01-32T00:01:01", want: undefined }],
  ["day 40", { given: "2018-01-40T00:01:01", want: undefined }],
  ["minute 60", { given: "2018-01-15T00:60:01", want: undefined }],
  ["second 60", { given: "2018-01-15T00:01:60", want: undefined }],
  ["hour 30", { given: "2018-01-15T30:01:01", want: undefined }],
  ["a one-digit hour", { given: "2018-01-15T0:01:01", want: undefined }],
  ["a fraction without digits", { given: "2018-01-15T00:01:01.Z", want: undefined }],
  ["a fraction without seconds", { given: "2018-01-15T00:01.5Z", want: undefined }],
  ["a one-digit offset", { given: "2018-01-15T00:01:01+3", want: undefined }],
  ["offset hour 24", { given: "2018-01-15T00:01:01+24:00", want: undefined }],
  ["offset minute 60", { given: "2018-01-15T00:01:01+01:60", want: undefined }],
  ["a zone name", { given: "2018-01-15T00:01:01 UTC", want: undefined }],
  ["Z and an offset", { given: "2018-01-15T00:01:01Z+01:00", want: undefined }],
  ["February 29th of 1900", { given: "1900-02-29T00:00:00", want: undefined }],
  ["February 29th of 2100, canonical", { given: "2100-02-29T00:00:00.000Z", want: undefined }],
  [
    "February 29th of 2023, with an offset",
    { given: "2023-02-29T00:00:00+01:00", want: undefined },
  ],
  ["September 31st", { given: "2023-09-31T00:00:00", want: undefined }],
  ["November 31st", { given: "2023-11-31T00:00:00Z", want: undefined }],
  ["no dash after the year", { given: "2018x01-15T00:01:01", want: undefined }],
  ["no dash after the month", { given: "2018-01x15T00:01:01", want: undefined }],
  ["no colon after the hour", { given: "2018-01-15T00x01:01", want: undefined }],
  ["a sign that is neither + nor -", { given: "2018-01-15T00:01:01*01:00", want: undefined }],
  ["an offset with a digit too many", { given: "2018-01-15T00:01:01+01:000", want: undefined }],
  ["an offset of three digits", { given: "2018-01-15T00:01:01+010", want: undefined }],
  ["a backspace before the offset", { given: "2018-01-15T00:01:01\b+01:00", want: undefined }],
  [
    "character 14, past the carriage return, before the offset",
    { given: "2018-01-15T00:01:01\x0e+01:00", want: undefined },
  ],
];

/**
 * A timestamp with one digit replaced by the character just below "0" ("/")
 * or just above "9" (":"): read as a digit, each would still spell a
 * plausible number (a year 2009, an hour 10).
 */
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24];
const notDigits = DIGIT_POSITIONS.flatMap((at) =>
  ["/", ":"].map((junk) => {
    const text = "2018-01-15T10:11:12+03:30";
    return `${text.slice(0, at)}${junk}${text.slice(at + 1)}`;
  }),
);

describe("toIsoUtc at its edges", () => {
  it.each(accepted)("reads %s", (_name, { given, want }) => {
    expect(toIsoUtc(given)).toBe(want);
  });

  it.each(refused)("refuses %s", (_name, { given, want }) => {
    expect(toIsoUtc(given)).toBe(want);
  });

  it("reads the timestamp the junk is put in", () => {
    expect(toIsoUtc("2018-01-15T10:11:12+03:30")).toBe("2018-01-15T06:41:12.000Z");
  });

  it.each(notDigits)("refuses a character next to the digits: %j", (given) => {
    expect(toIsoUtc(given)).toBeUndefined();
  });
});

describe("epochMsToIso at its edges", () => {
  it.each([
    ["zero", 0, "1970-01-01T00:00:00.000Z"],
    ["-1 ms", -1, "1969-12-31T23:59:59.999Z"],
    ["-0.5 ms, cut toward zero", -0.5, "1970-01-01T00:00:00.000Z"],
    ["one day less 1 ms", 86_399_999, "1970-01-01T23:59:59.999Z"],
    ["the last ms of year 9999", 253_402_300_799_999, "9999-12-31T23:59:59.999Z"],
    ["one past it", 253_402_300_800_000, undefined],
    ["Infinity", Number.POSITIVE_INFINITY, undefined],
    ["-Infinity", Number.NEGATIVE_INFINITY, undefined],
    ["12:34:56.789", Date.UTC(2024, 0, 2, 12, 34, 56, 789), "2024-01-02T12:34:56.789Z"],
    ["single digits", Date.UTC(2024, 0, 2, 1, 2, 3, 4), "2024-01-02T01:02:03.004Z"],
  ] as const)("writes %s", (_name, given, want) => {
    expect(epochMsToIso(given)).toBe(want);
  });

  it("writes the right date for days written before and after its cache is emptied", () => {
    const day = 86_400_000;
    const first = Date.UTC(2001, 0, 1, 6);
    // 1,001 days fill the cache and empty it once; the first day is then written afresh.
    for (let i = 0; i <= 1001; i++) {
      expect(epochMsToIso(first + i * day)).toBe(new Date(first + i * day).toISOString());
    }
    expect(epochMsToIso(first)).toBe("2001-01-01T06:00:00.000Z");
    expect(epochMsToIso(first + 500 * day)).toBe(new Date(first + 500 * day).toISOString());
  });
});
