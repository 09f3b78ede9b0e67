import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../errors.ts";
import { comparePeriods } from "./compare-periods.ts";

const h1 = { count: 153, days: 182, label: "2024-H1" };
const y2023 = { count: 121, days: 365, label: "2023" };

describe("comparePeriods", () => {
  it("annualises a half-year against a full year", () => {
    const c = comparePeriods({ a: h1, b: y2023 });
    expect(c.a).toEqual({ ...h1, annualRate: (153 / 182) * 365.25 });
    expect(c.b.annualRate).toBeCloseTo(121.0829, 4);
    expect(c.rateRatio).toBeCloseTo(2.5359, 4);
    expect(c.rateRatio).toBeCloseTo(c.a.annualRate / c.b.annualRate, 14);
    expect(c.countRatio).toBeCloseTo(153 / 121, 15);
    expect(c.confidence).toBe(0.95);
    expect(c.significant).toBe(true);
  });

  it("takes its interval and p-value from the exact conditional test, central form (golden values from scipy)", () => {
    // scipy 1.17: 2·binom.sf(152, 274, 182/547) = 3.0813564327730495e-14 (exact rational sum 3.0813564327730205e-14);
    // lower/upper = π/(1 − π)·365/182 with π from beta.ppf(0.025, 153, 122) and 1 − beta.ppf(0.025, 121, 154).
    const c = comparePeriods({ a: h1, b: y2023 });
    expect(c.pValue! / 3.0813564327730205e-14).toBeCloseTo(1, 12);
    expect(c.ci!.lower).toBeCloseTo(1.984820515673526, 12);
    expect(c.ci!.upper).toBeCloseTo(3.2458946573132055, 12);
    expect(c.method).toBe(
      "exact conditional binomial test, central two-sided (doubled one-sided) p, with its matching Clopper–Pearson interval",
    );
  });

  it("does not call 10 in 2024-H1 vs 7 in 2023 significant: p = 0.054, CI 0.984–8.87 (golden values from scipy)", () => {
    // scipy 1.17: 2·binom.sf(9, 17, 182/547) = 0.05386770756645024; the old minimum-likelihood p was 0.037.
    const c = comparePeriods({ a: { count: 10, days: 182, label: "2024-H1" }, b: { count: 7, days: 365, label: "2023" } });
    expect(c.pValue).toBeCloseTo(0.05386770756645023, 14);
    expect(c.ci!.lower).toBeCloseTo(0.9844212545279494, 12);
    expect(c.significant).toBe(false);
    expect(c.sentence).toBe(
      "2024-H1 alone already exceeds all of 2023 (10 vs 7), but that is no significant change: the annualised rate is 2.86× (95% CI 0.984–8.87), p = 0.054.",
    );
  });

  it("calls a difference significant exactly when the interval excludes 1, over counts 0–60 and six pairs of lengths", () => {
    const lengths = [[182, 365], [181, 365], [365, 365], [91, 365], [30, 365], [366, 730]] as const;
    const count = fc.integer({ min: 0, max: 60 });
    fc.assert(
      fc.property(count, count, fc.constantFrom(...lengths), fc.constantFrom(0.95, 0.9, 0.99), (ca, cb, [da, db], confidence) => {
        const c = comparePeriods({ a: { count: ca, days: da, label: "a" }, b: { count: cb, days: db, label: "b" } }, { confidence });
        const excludesOne = c.ci !== null && (c.ci.lower > 1 || c.ci.upper < 1);
        expect(c.significant).toBe(excludesOne);
        expect(c.significant).toBe(c.pValue !== null && c.pValue < 1 - confidence);
      }),
      { numRuns: 3000 },
    );
  });

  it("says the half-year alone already exceeds the whole year, in English and Dutch", () => {
    expect(comparePeriods({ a: h1, b: y2023 }).sentence).toBe(
      "2024-H1 alone already exceeds all of 2023 (153 vs 121); the annualised rate is 2.54× (95% CI 1.98–3.25), p < 0.001.",
    );
    expect(comparePeriods({ a: h1, b: y2023 }, { lang: "nl" })).toMatchObject({
      lang: "nl",
      sentence:
        "2024-H1 alleen overtreft al heel 2023 (153 tegen 121); het tempo op jaarbasis is 2,54× (95%-BI 1,98–3,25), p < 0,001.",
    });
  });

  it("narrows the interval's level with the confidence option", () => {
    const c = comparePeriods({ a: h1, b: y2023 }, { confidence: 0.9 });
    const wide = comparePeriods({ a: h1, b: y2023 });
    expect(c.ci!.lower).toBeGreaterThan(wide.ci!.lower);
    expect(c.sentence).toContain("(90% CI ");
  });

  it("gives an infinite ratio with a finite lower bound when the reference period has no events", () => {
    const c = comparePeriods({ a: { count: 5, days: 182, label: "2024-H1" }, b: { count: 0, days: 365, label: "2023" } });
    expect([c.rateRatio, c.countRatio, c.ci!.upper]).toEqual([Infinity, Infinity, Infinity]);
    expect(Number.isFinite(c.ci!.lower)).toBe(true);
    expect(c.pValue).toBeGreaterThan(0);
  });

  it("compares nothing when both periods have no events", () => {
    const c = comparePeriods({ a: { count: 0, days: 182, label: "2024-H1" }, b: { count: 0, days: 365, label: "2023" } });
    expect(c).toMatchObject({ rateRatio: null, ci: null, pValue: null, countRatio: null, significant: false });
    expect(c.a.annualRate).toBe(0);
  });

  it.each([
    [{ a: { ...h1, count: -1 } }, /Count for "2024-H1" must be a whole number ≥ 0, not -1/],
    [{ a: { ...h1, count: 1.5 } }, /not 1.5/],
    [{ b: { ...y2023, days: 0 } }, /Length of "2023" must be a whole number of days > 0, not 0/],
    [{ b: { ...y2023, days: Number.NaN } }, /not NaN/],
  ])("rejects bad counts and lengths with a UsageError (%#)", (patch, message) => {
    const call = () => comparePeriods({ a: h1, b: y2023, ...patch });
    expect(call).toThrow(UsageError);
    expect(call).toThrow(message);
  });

  it("rejects a confidence outside (0, 1)", () => {
    expect(() => comparePeriods({ a: h1, b: y2023 }, { confidence: 95 })).toThrow(/Confidence must be between 0 and 1, not 95/);
    expect(() => comparePeriods({ a: h1, b: y2023 }, { confidence: 1 })).toThrow(UsageError);
  });
});
