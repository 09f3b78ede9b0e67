/**
 * Property tests of parsePeriod on anything a user might type: random strings over the characters specs are
 * made of (and some look-alikes), and valid specs with a character changed. Either a UsageError with the
 * accepted forms as its hint, or a period that is a well-formed range whose label parses back to it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import { parsePeriod } from "./parse.ts";

/** Days from 0000-03-01, by a count independent of the code under test and of Date's two-digit years. */
function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const yy = m <= 2 ? y - 1 : y;
  const mm = (m + 9) % 12;
  return 365 * yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + Math.floor((306 * mm + 5) / 10) + d - 1;
}

function check(spec: string): void {
  let p;
  try {
    p = parsePeriod(spec);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).hint).toMatch(/YYYY|FROM\.\.TO/);
    expect((e as Error).message).not.toMatch(/\n/);
    return;
  }
  expect(p.spec).toBe(spec.trim());
  expect(p.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(p.start <= p.end).toBe(true);
  expect(p.days).toBe(dayNumber(p.end) - dayNumber(p.start) + 1);
  expect(parsePeriod(p.label)).toMatchObject({ start: p.start, end: p.end, days: p.days, label: p.label });
}

const typed = fc.string({ unit: fc.constantFrom("0", "1", "2", "9", "-", "H", "h", "Q", "q", ".", " ", "/", "W", "٢", "２", "\t"), maxLength: 16 });
const valid = fc.constantFrom("2024", "2024-H1", "2023-q4", "2024-02", "2024-02-29", "1999-12-31", "0000-01", "2023-07..2024-06", "2024-H2..2025-Q1");
const mutated = fc.tuple(valid, fc.nat(), fc.constantFrom("", "0", "9", "-", ".", "H", "Q", " ", "3")).map(([s, i, ch]) => {
  const at = i % (s.length + 1);
  return i % 3 === 0 ? s.slice(0, at) + ch + s.slice(at) : s.slice(0, at) + ch + s.slice(at + 1);
});

describe("parsePeriod on any input", () => {
  it("returns a well-formed range that its label gives back, or a one-line UsageError", () => {
    fc.assert(fc.property(typed, check), { numRuns: 6000 });
  });

  it("does the same for valid specs with one character added, changed or removed", () => {
    fc.assert(fc.property(mutated, check), { numRuns: 4000 });
  });

  it("accepts exactly the specs whose parts are real calendar units", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const iso = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
        const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
        const real = m >= 1 && m <= 12 && d >= 1 && d <= days;
        if (real) expect(parsePeriod(iso)).toMatchObject({ start: iso, end: iso, days: 1 });
        else expect(() => parsePeriod(iso)).toThrow(UsageError);
      }),
      { numRuns: 3000 },
    );
  });
});
