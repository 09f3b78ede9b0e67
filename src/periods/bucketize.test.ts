import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import { bucketize, isPartial } from "./bucketize.ts";
import { parsePeriod } from "./parse.ts";
import { granularities, type Granularity } from "./types.ts";

const DAY_MS = 86_400_000;
const isoOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const nextDay = (iso: string) => isoOf(Date.parse(`${iso}T00:00:00Z`) / DAY_MS + 1);

describe("bucketize", () => {
  it("splits a range into months, clipping the first and last", () => {
    const buckets = bucketize("2024-02-15", "2024-04-10", "month");
    expect(buckets.map((b) => [b.label, b.start, b.end, b.days, isPartial(b)])).toEqual([
      ["2024-02", "2024-02-15", "2024-02-29", 15, true],
      ["2024-03", "2024-03-01", "2024-03-31", 31, false],
      ["2024-04", "2024-04-01", "2024-04-10", 10, true],
    ]);
    expect(buckets[0]).toMatchObject({ granularity: "month", fullDays: 29 });
  });

  it("splits a range into quarters and years", () => {
    expect(bucketize("2023-07-01", "2024-06-30", "quarter").map((b) => `${b.label}:${b.days}`)).toEqual([
      "2023-Q3:92",
      "2023-Q4:92",
      "2024-Q1:91",
      "2024-Q2:91",
    ]);
    const years = bucketize("2023-07-01", "2024-06-30", "year");
    expect(years.map((b) => [b.label, b.days, b.fullDays, isPartial(b)])).toEqual([
      ["2023", 184, 365, true],
      ["2024", 182, 366, true],
    ]);
  });

  it("gives one partial bucket for a single day", () => {
    const [only, ...rest] = bucketize("2024-12-31", "2024-12-31", "year");
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ label: "2024", days: 1, fullDays: 366 });
  });

  it("rejects malformed dates, an unknown granularity and an end before the start", () => {
    expect(() => bucketize("2024-02-30", "2024-03-01", "month")).toThrow(/Start "2024-02-30" is not a date/);
    expect(() => bucketize("2024-01-01", "2024-H1", "month")).toThrow(UsageError);
    expect(() => bucketize("2024-01-01", "2024-02-01", "week" as Granularity)).toThrow(/Unknown bucket size "week"/);
    expect(() => bucketize("2024-02-01", "2024-01-31", "month")).toThrow(/ends \(2024-01-31\) before it starts/);
  });

  it("covers any range exactly: in order, no gaps, no overlaps, each bucket inside its own calendar unit", () => {
    const from = Date.parse("1900-01-01T00:00:00Z") / DAY_MS;
    const to = Date.parse("2100-12-31T00:00:00Z") / DAY_MS;
    const range = fc
      .tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 0, max: 3 * 366 }))
      .map(([first, length]) => ({ start: isoOf(first), end: isoOf(first + length), days: length + 1 }));
    fc.assert(
      fc.property(range, fc.constantFrom(...granularities), ({ start, end, days }, granularity) => {
        const buckets = bucketize(start, end, granularity);
        if (buckets[0]?.start !== start || buckets.at(-1)?.end !== end) throw new Error("ends not covered");
        let total = 0;
        buckets.forEach((b, i) => {
          const next = buckets[i + 1];
          if (next && next.start !== nextDay(b.end)) throw new Error(`gap or overlap after ${b.end}`);
          const unit = parsePeriod(b.label);
          if (b.start < unit.start || b.end > unit.end || b.fullDays !== unit.days) throw new Error(`${b.label} escapes its unit`);
          if (isPartial(b) && i !== 0 && i !== buckets.length - 1) throw new Error("partial bucket in the middle");
          total += b.days;
        });
        expect(total).toBe(days);
      }),
      { numRuns: 2500 },
    );
  });
});
