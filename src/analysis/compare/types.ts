/** One period's event count and length, as the comparison needs it. */
export interface PeriodCount {
  count: number;
  /** Length of the period in days (its exposure). */
  days: number;
  /** How the sentence names the period, e.g. `2024-H1`. */
  label: string;
}

/** The two periods: `a` is the one of interest (usually the recent one), `b` the reference. */
export interface CompareInput {
  a: PeriodCount;
  b: PeriodCount;
}

/** Languages the sentence can be written in. */
export const langs = ["en", "nl"] as const;
export type Lang = (typeof langs)[number];

export interface CompareOptions {
  /** Confidence level of the interval, and 1 − the significance level of the test. Default 0.95. */
  confidence?: number;
  /** Language of the sentence. Default `"en"`. */
  lang?: Lang;
}

/** A period with its annualised rate. */
export interface PeriodRate extends PeriodCount {
  /** Events per year: count / days × 365.25 (`DAYS_PER_YEAR`). */
  annualRate: number;
}

/** The numbers of a comparison, without the sentence. */
export interface ComparisonStats {
  a: PeriodRate;
  b: PeriodRate;
  confidence: number;
  /**
   * Rate ratio a/b (rates per day, so also per year): `Infinity` when only b is zero, `null` when both are
   * (nothing to compare). Note that `JSON.stringify` writes `Infinity` as `null`.
   */
  rateRatio: number | null;
  /**
   * Exact central (Clopper–Pearson, conditional) interval for the rate ratio; `upper` is `Infinity` when b
   * is zero. It excludes 1 exactly when `significant`.
   */
  ci: { lower: number; upper: number } | null;
  /**
   * Two-sided exact conditional test of equal rates, central form: twice the smaller one-sided p, at most 1
   * (not R's `binom.test` minimum-likelihood p, which can disagree with the interval); `null` when both
   * counts are zero.
   */
  pValue: number | null;
  /** `pValue < 1 − confidence`, which holds exactly when `ci` excludes 1. */
  significant: boolean;
  /** The test and interval, named: `RATE_RATIO_METHOD`. */
  method: string;
  /** count_a / count_b, ignoring the lengths: `Infinity` when only b is zero, `null` when both are. */
  countRatio: number | null;
}

/** A comparison of two periods, with a plain-language sentence saying what it means. */
export interface Comparison extends ComparisonStats {
  lang: Lang;
  sentence: string;
}
