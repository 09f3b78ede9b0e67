import { RATE_RATIO_METHOD, rateRatioTest } from "./exact/index.ts";
import { annualRate } from "./rates.ts";
import { comparisonSentence } from "./sentence.ts";
import type { CompareInput, CompareOptions, Comparison, ComparisonStats, PeriodCount, PeriodRate } from "./types.ts";
import { validateInput } from "./validate.ts";

/**
 * Compares two periods' event counts fairly for their different lengths: annualised rates
 * (count / days × 365.25), the rate ratio a/b with an exact confidence interval (central Clopper–Pearson
 * on count_a / (count_a + count_b), transformed by the ratio of lengths), the matching two-sided exact
 * conditional test of equal rates (binomial with p0 = days_a / (days_a + days_b), central p: twice the
 * smaller tail), the raw count ratio, and a sentence saying what it means. `significant` holds exactly
 * when the interval excludes 1.
 *
 * @throws UsageError for a negative or fractional count, a non-positive length, or a confidence outside (0, 1).
 * @example
 * const c = comparePeriods({ a: { count: 153, days: 182, label: "2024-H1" }, b: { count: 121, days: 365, label: "2023" } });
 * c.sentence;
 * // "2024-H1 alone already exceeds all of 2023 (153 vs 121); the annualised rate is 2.54× (95% CI 1.98–3.25), p < 0.001."
 */
export function comparePeriods(input: CompareInput, options: CompareOptions = {}): Comparison {
  const { confidence = 0.95, lang = "en" } = options;
  const stats = comparisonStats(input, confidence);
  return { ...stats, lang, sentence: comparisonSentence(stats, lang) };
}

function comparisonStats({ a, b }: CompareInput, confidence: number): ComparisonStats {
  validateInput(a, b, confidence);
  const rated = { a: withRate(a), b: withRate(b), confidence, method: RATE_RATIO_METHOD };
  if (a.count === 0 && b.count === 0) {
    return { ...rated, rateRatio: null, ci: null, pValue: null, significant: false, countRatio: null };
  }
  const test = rateRatioTest(
    { countA: a.count, exposureA: a.days, countB: b.count, exposureB: b.days },
    confidence,
  );
  return {
    ...rated,
    rateRatio: test.ratio,
    ci: { lower: test.lower, upper: test.upper },
    pValue: test.pValue,
    significant: test.significant,
    countRatio: b.count === 0 ? Infinity : a.count / b.count,
  };
}

function withRate(period: PeriodCount): PeriodRate {
  return { ...period, annualRate: annualRate(period.count, period.days) };
}
