import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth, formatIsoDay, isLeapYear, toCivil, toDayNumber } from "./calendar.ts";

const DAY_MS = 86_400_000;

describe("calendar", () => {
  it("numbers days from 1970-01-01", () => {
    expect(toDayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(toDayNumber({ year: 2000, month: 3, day: 1 })).toBe(Date.parse("2000-03-01T00:00:00Z") / DAY_MS);
    expect(formatIsoDay(-1)).toBe("1969-12-31");
  });

  it("knows the Gregorian leap years", () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it("agrees with Date on every day from year 0000 to 9999 it is asked about", () => {
    const first = Date.parse("0000-01-01T00:00:00Z") / DAY_MS;
    const last = Date.parse("9999-12-31T00:00:00Z") / DAY_MS;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        const iso = new Date(n * DAY_MS).toISOString().slice(0, 10);
        expect(formatIsoDay(n)).toBe(iso);
        expect(toDayNumber(toCivil(n))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });
});
