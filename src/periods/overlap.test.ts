import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlapDays } from "./overlap.ts";
import { parsePeriod } from "./parse.ts";

const DAY_MS = 86_400_000;
const isoOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

describe("overlapDays", () => {
  it("counts the days two periods share", () => {
    expect(overlapDays(parsePeriod("2024-H1"), parsePeriod("2024-Q2..2024-Q3"))).toBe(91);
    expect(overlapDays(parsePeriod("2024"), parsePeriod("2024-02"))).toBe(29);
    expect(overlapDays({ start: "2024-01-31", end: "2024-02-01" }, { start: "2024-02-01", end: "2024-02-10" })).toBe(1);
  });

  it("is zero for disjoint periods, touching or not", () => {
    expect(overlapDays(parsePeriod("2023"), parsePeriod("2024"))).toBe(0);
    expect(overlapDays(parsePeriod("2024-Q3"), parsePeriod("2023-H1"))).toBe(0);
  });

  it("rejects a malformed date", () => {
    expect(() => overlapDays({ start: "2024-1-1", end: "2024-02-01" }, parsePeriod("2024"))).toThrow(/not a date/);
  });

  it("equals the number of days found in both ranges by counting them one by one", () => {
    const base = Date.parse("2023-12-01T00:00:00Z") / DAY_MS;
    const range = fc
      .tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 60 }))
      .map(([offset, length]) => ({ first: base + offset, last: base + offset + length }));
    fc.assert(
      fc.property(range, range, (a, b) => {
        let shared = 0;
        for (let d = a.first; d <= a.last; d++) if (d >= b.first && d <= b.last) shared++;
        const iso = (r: typeof a) => ({ start: isoOf(r.first), end: isoOf(r.last) });
        expect(overlapDays(iso(a), iso(b))).toBe(shared);
        expect(overlapDays(iso(b), iso(a))).toBe(shared);
      }),
      { numRuns: 1000 },
    );
  });
});
