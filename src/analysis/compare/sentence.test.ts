import { describe, expect, it } from "vitest";
import { UsageError } from "../../errors.ts";
import type { Lang } from "./types.ts";
import { comparePeriods } from "./compare-periods.ts";
import { comparisonSentence } from "./sentence.ts";
import type { PeriodCount } from "./types.ts";

const both = (a: PeriodCount, b: PeriodCount, confidence?: number) => {
  const c = comparePeriods({ a, b }, { confidence });
  return [c.sentence, comparisonSentence(c, "nl")];
};
const p = (label: string, count: number, days: number) => ({ label, count, days });

// The p-values below are central exact p's computed independently (scipy 1.17, 2·min(binom.cdf, binom.sf);
// see exact/rate-ratio-golden.ts): 12@31 vs 10@29 0.9567, 3@182 vs 2@365 0.4179, 5@182 vs 0@365 0.008155,
// 1@182 vs 0@365 0.6654, 0@182 vs 40@365 1.876e-7, 30@182 vs 80@365 0.2145.
describe("comparisonSentence", () => {
  it("names the period of interest when the shorter one is the reference", () => {
    expect(both(p("2023", 121, 365), p("2024-H1", 153, 182))).toEqual([
      "2024-H1 alone already exceeds all of 2023 (153 vs 121); the annualised rate of 2023 is 0.394× that of 2024-H1 (95% CI 0.308–0.504), p < 0.001.",
      "2024-H1 alleen overtreft al heel 2023 (153 tegen 121); het tempo op jaarbasis van 2023 is 0,394× dat van 2024-H1 (95%-BI 0,308–0,504), p < 0,001.",
    ]);
  });

  it("says no significant change, giving both counts and lengths, when the rates do not differ", () => {
    expect(both(p("2024-03", 12, 31), p("2024-02", 10, 29))).toEqual([
      "12 in 2024-03 (31 days) vs 10 in 2024-02 (29 days); no significant change: the annualised rate is 1.12× (95% CI 0.444–2.90), p = 0.96.",
      "12 in 2024-03 (31 dagen) tegen 10 in 2024-02 (29 dagen); geen significante verandering: het tempo op jaarbasis is 1,12× (95%-BI 0,444–2,90), p = 0,96.",
    ]);
  });

  it("says when the shorter period exceeds the longer but the rates do not differ significantly", () => {
    expect(both(p("2024-H1", 3, 182), p("2023", 2, 365))).toEqual([
      "2024-H1 alone already exceeds all of 2023 (3 vs 2), but that is no significant change: the annualised rate is 3.01× (95% CI 0.345–36.0), p = 0.42.",
      "2024-H1 alleen overtreft al heel 2023 (3 tegen 2), maar dat is geen significante verandering: het tempo op jaarbasis is 3,01× (95%-BI 0,345–36,0), p = 0,42.",
    ]);
  });

  it("shows a bound just off 1 with the digits that keep it there, next to p just either side of 0.05", () => {
    // Central p 0.04872 and 0.05147, bounds 1.00444 and 1.00358 (scipy; exact/rate-ratio-golden.ts).
    expect(both(p("2024-H1", 14, 182), p("2023", 12, 365))[0]).toBe(
      "2024-H1 alone already exceeds all of 2023 (14 vs 12); the annualised rate is 2.34× (95% CI 1.004–5.54), p = 0.049.",
    );
    expect(both(p("2024-H1", 12, 182), p("2023", 46, 365))[0]).toBe(
      "12 in 2024-H1 (182 days) vs 46 in 2023 (365 days); no significant change: the annualised rate is 0.523× (95% CI 0.252–1.004), p = 0.051.",
    );
  });

  it("does not claim an excess between periods of equal length", () => {
    expect(both(p("2024-Q1", 90, 91), p("2023-Q1", 20, 90))[0]).toMatch(/^90 in 2024-Q1 \(91 days\) vs 20 in 2023-Q1 \(90 days\); the annualised rate is 4\.45× /);
    expect(both(p("2024-05", 40, 31), p("2024-07", 30, 31))[0]).toMatch(/^40 in 2024-05 \(31 days\) vs 30 in 2024-07/);
  });

  it("gives the lower bound of an infinite ratio when the reference period has none", () => {
    expect(both(p("2024-H1", 5, 182), p("2023", 0, 365))).toEqual([
      "5 in 2024-H1 against none in 2023; the rate ratio is infinite (95% CI lower bound 1.84), p = 0.0082.",
      "5 in 2024-H1 tegen geen enkele in 2023; de verhouding is oneindig (ondergrens 95%-BI 1,84), p = 0,0082.",
    ]);
    expect(both(p("2024-H1", 1, 182), p("2023", 0, 365))[0]).toBe(
      "1 in 2024-H1 against none in 2023; no significant change: the rate ratio is infinite (95% CI lower bound 0.0514), p = 0.67.",
    );
  });

  it("shows a zero rate as 0×", () => {
    expect(both(p("2024-H1", 0, 182), p("2023", 40, 365))[0]).toBe(
      "0 in 2024-H1 (182 days) vs 40 in 2023 (365 days); the annualised rate is 0× (95% CI 0–0.194), p < 0.001.",
    );
  });

  it("says no comparison is possible when neither period has events", () => {
    expect(both(p("2024-H1", 0, 182), p("2023", 0, 365))).toEqual([
      "No events in either 2024-H1 or 2023: no comparison possible.",
      "Geen gebeurtenissen in 2024-H1 of in 2023: vergelijken is niet mogelijk.",
    ]);
  });

  it("labels the interval with the chosen confidence", () => {
    expect(both(p("2024-H1", 30, 182), p("2023", 80, 365), 0.995)[1]).toContain("(99,5%-BI 0,391–1,37), p = 0,21.");
  });

  it("rejects a language it does not write", () => {
    const c = comparePeriods({ a: p("2024", 1, 366), b: p("2023", 1, 365) });
    expect(() => comparisonSentence(c, "de" as Lang)).toThrow(UsageError);
    expect(() => comparisonSentence(c, "de" as Lang)).toThrow('No sentences in language "de"');
  });
});
