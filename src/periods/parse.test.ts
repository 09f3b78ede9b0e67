import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import { sayError } from "../messages/words.ts";
import { parsePeriod } from "./parse.ts";

const DAY_MS = 86_400_000;
const pad = (n: number, w: number) => String(n).padStart(w, "0");

/** Last day of a month by `Date` (an independent reference); `setUTCFullYear` keeps years < 100 literal. */
function lastDayIso(year: number, month: number): string {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.toISOString().slice(0, 10);
}

/** A valid single spec with the range it must parse to, built without the code under test. */
const singleSpec = fc.integer({ min: 0, max: 9999 }).chain((year) => {
  const y = pad(year, 4);
  const months = (spec: string, from: number, to: number) => ({
    spec,
    start: `${y}-${pad(from, 2)}-01`,
    end: lastDayIso(year, to),
  });
  return fc.oneof(
    fc.constant(months(y, 1, 12)),
    fc.integer({ min: 1, max: 2 }).map((h) => months(`${y}-H${h}`, h * 6 - 5, h * 6)),
    fc.integer({ min: 1, max: 4 }).map((q) => months(`${y}-Q${q}`, q * 3 - 2, q * 3)),
    fc.integer({ min: 1, max: 12 }).map((m) => months(`${y}-${pad(m, 2)}`, m, m)),
    fc
      .integer({ min: 1, max: 12 })
      .chain((m) => fc.integer({ min: 1, max: Number(lastDayIso(year, m).slice(8)) }).map((d) => [m, d] as const))
      .map(([m, d]) => {
        const iso = `${y}-${pad(m, 2)}-${pad(d, 2)}`;
        return { spec: iso, start: iso, end: iso };
      }),
  );
});

const dayDiff = (start: string, end: string) => (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS;

function usageErrorOf(spec: string): UsageError {
  try {
    parsePeriod(spec);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error(`"${spec}" parsed without error`);
}

describe("parsePeriod", () => {
  it("parses a half-year, counting the leap day", () => {
    expect(parsePeriod("2024-H1")).toEqual({
      spec: "2024-H1",
      label: "2024-H1",
      start: "2024-01-01",
      end: "2024-06-30",
      days: 182,
    });
    expect(parsePeriod("2023-H1").days).toBe(181);
    expect(parsePeriod("2024-H2").days).toBe(184);
  });

  it("parses years, quarters, months and days", () => {
    expect(parsePeriod("2023")).toMatchObject({ start: "2023-01-01", end: "2023-12-31", days: 365 });
    expect(parsePeriod("2024").days).toBe(366);
    expect(parsePeriod("2024-Q1")).toMatchObject({ start: "2024-01-01", end: "2024-03-31", days: 91 });
    expect(parsePeriod("2024-Q4")).toMatchObject({ start: "2024-10-01", end: "2024-12-31", days: 92 });
    expect(parsePeriod("2024-02")).toMatchObject({ end: "2024-02-29", days: 29 });
    expect(parsePeriod("1900-02").days).toBe(28);
    expect(parsePeriod("2024-02-29")).toMatchObject({ start: "2024-02-29", end: "2024-02-29", days: 1 });
  });

  it("runs a range from its first spec's start to its second spec's end", () => {
    expect(parsePeriod("2023-07..2024-Q1")).toEqual({
      spec: "2023-07..2024-Q1",
      label: "2023-07..2024-Q1",
      start: "2023-07-01",
      end: "2024-03-31",
      days: 275,
    });
    expect(parsePeriod("2024-H1..2024-H1").days).toBe(182);
    expect(parsePeriod("2024-03-15 .. 2024-03").days).toBe(17);
  });

  it("accepts lower-case h and q and canonicalises the label", () => {
    expect(parsePeriod(" 2024-h2 ").label).toBe("2024-H2");
    expect(parsePeriod("2024-q3..2025-h1")).toMatchObject({ spec: "2024-q3..2025-h1", label: "2024-Q3..2025-H1" });
  });

  it.each([
    ["2024-H3", /"2024-H3".*H1 or H2/],
    ["2024-Q5", /"2024-Q5".*Q1 to Q4/],
    ["2023-13", /"2023-13".*month must be 01 to 12, not 13/],
    ["2023-00-10", /month must be 01 to 12, not 00/],
    ["2024-02-30", /"2024-02-30".*February 2024 has days 01 to 29, not 30/],
    ["2023-02-29", /February 2023 has days 01 to 28/],
    ["24", /"24".*not in any accepted form/],
    ["2024-1", /"2024-1"/],
    ["last year", /"last year"/],
    ["2024-H1..2024-Q5", /"2024-H1..2024-Q5" \("2024-Q5"\): quarter/],
    ["2024..", /"2024\.\." is not a range/],
    ["2023..2024..2025", /is not a range/],
  ])("rejects %s, naming it and what is wrong", (spec, message) => {
    const e = usageErrorOf(spec);
    expect(e.message).toMatch(message);
    expect(e.hint).toMatch(/YYYY-H1\/H2, YYYY-Q1\.\.Q4, YYYY-MM, YYYY-MM-DD \(or DD-MM-YYYY\), or FROM\.\.TO/);
  });

  it("rejects an empty spec", () => {
    expect(usageErrorOf("").message).toBe("Empty period spec");
    expect(usageErrorOf("   ").hint).toMatch(/Accepted forms/);
  });

  it("rejects a range that ends before it starts, saying both dates", () => {
    expect(usageErrorOf("2024..2023-Q4").message).toBe(
      'Period "2024..2023-Q4" ends (2023-12-31) before it starts (2024-01-01)',
    );
  });

  it("parses any valid single spec to its calendar unit, days = date difference + 1", () => {
    fc.assert(
      fc.property(singleSpec, ({ spec, start, end }) => {
        const p = parsePeriod(spec);
        expect(p).toMatchObject({ spec, label: spec, start, end });
        expect(p.start <= p.end).toBe(true);
        expect(p.days).toBe(dayDiff(p.start, p.end) + 1);
      }),
      { numRuns: 3000 },
    );
  });

  it("parses any ordered range of valid specs from FROM's start to TO's end, and its label back to itself", () => {
    // If a does not start by b's end, b lies wholly before a: swapping always gives an ordered pair.
    const ordered = fc.tuple(singleSpec, singleSpec).map(([a, b]) => (a.start <= b.end ? { from: a, to: b } : { from: b, to: a }));
    fc.assert(
      fc.property(ordered, ({ from, to }) => {
        const p = parsePeriod(`${from.spec}..${to.spec}`);
        expect(p).toMatchObject({ start: from.start, end: to.end });
        expect(p.days).toBe(dayDiff(p.start, p.end) + 1);
        expect(parsePeriod(p.label)).toMatchObject({ start: p.start, end: p.end, days: p.days });
      }),
      { numRuns: 2000 },
    );
  });

  it("takes a day written the Dutch way, DD-MM-YYYY, as that day, labelled YYYY-MM-DD", () => {
    expect(parsePeriod("17-07-2024")).toMatchObject({ label: "2024-07-17", start: "2024-07-17", end: "2024-07-17", days: 1 });
    expect(parsePeriod("01-07-2024..17-07-2024")).toMatchObject({ label: "2024-07-01..2024-07-17", days: 17 });
    expect(() => parsePeriod("07-17-2024")).toThrow(/month must be 01 to 12, not 17/);
  });

  it("says what is wrong with a period in Dutch from the catalogue, English staying the error's own message", () => {
    const e = usageErrorOf("2024-02-30");
    expect(e.message).toBe('Bad period "2024-02-30": February 2024 has days 01 to 29, not 30');
    const nl = sayError(e, "nl");
    expect(nl.message).toBe('Ongeldige periode "2024-02-30": februari 2024 heeft dagen 01 tot en met 29, niet 30');
    expect(nl.hint).toMatch(/^Toegestane vormen: JJJJ, JJJJ-H1\/H2/);
    expect(sayError(usageErrorOf("2024..2023"), "nl").message).toBe('Periode "2024..2023" eindigt (2023-12-31) voordat ze begint (2024-01-01)');
  });
});
