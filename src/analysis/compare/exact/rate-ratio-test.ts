/**
 * Exact comparison of two Poisson rates by conditioning on the total: given count_a + count_b = n,
 * count_a ~ Binomial(n, π) with π = λa·ea / (λa·ea + λb·eb). Equal rates mean π0 = ea / (ea + eb), and
 * the rate ratio is (π / (1 − π)) · (eb / ea). The p-value is the central one (doubled one-sided) and the
 * interval the central Clopper–Pearson one mapped to the ratio, so the test rejects at α exactly when the
 * 1 − α interval excludes 1. (R's `poisson.test` gives the same interval but the minimum-likelihood p,
 * which can disagree with it: 10 in 182 days vs 7 in 365 gives p = 0.037 with an interval reaching 0.98.)
 */
import { binomialTails, centralTwoSidedP, clopperPearsonLower } from "./binomial-test.ts";
import { lowerBoundOnSide, upperBoundOnSide } from "./side-of-one.ts";

/** How the p-value and interval are computed, for a reader of the result. */
export const RATE_RATIO_METHOD =
  "exact conditional binomial test, central two-sided (doubled one-sided) p, with its matching Clopper–Pearson interval";

/** Counts and exposures (days) of the two periods; counts are integers ≥ 0 with a positive sum. */
export interface RateRatioInput {
  countA: number;
  exposureA: number;
  countB: number;
  exposureB: number;
}

/** Rate ratio a/b with its exact confidence interval, the two-sided p-value for equal rates, and the verdict. */
export interface RateRatioTest {
  /** (countA / exposureA) / (countB / exposureB); `Infinity` when countB is 0. */
  ratio: number;
  /** Central Clopper–Pearson bounds on π, transformed to the rate ratio; upper is `Infinity` when countB is 0. */
  lower: number;
  upper: number;
  /** min(1, 2·min(P(X ≤ countA), P(X ≥ countA))) at π0. */
  pValue: number;
  /** `pValue < 1 − confidence`, which is exactly when [lower, upper] excludes 1. */
  significant: boolean;
}

/** The exact conditional test and its dual interval for a ratio of two Poisson rates. */
export function rateRatioTest(input: RateRatioInput, confidence: number): RateRatioTest {
  const { countA, exposureA, countB, exposureB } = input;
  const n = countA + countB;
  const total = exposureA + exposureB;
  const scale = exposureB / exposureA;
  const alpha = 1 - confidence;
  const tails = binomialTails(countA, n, exposureA / total, exposureB / total);
  const pValue = centralTwoSidedP(tails);
  // The lower bound on B's share is one minus the upper bound on A's: computing it directly keeps the
  // small quantity 1 − π exact, which the odds π/(1 − π) divide by.
  const lowA = clopperPearsonLower(countA, n, confidence);
  const lowB = clopperPearsonLower(countB, n, confidence);
  return {
    ratio: countB === 0 ? Infinity : countA / exposureA / (countB / exposureB),
    lower: lowerBoundOnSide((lowA / (1 - lowA)) * scale, tails.atLeast < alpha / 2),
    upper: countB === 0 ? Infinity : upperBoundOnSide(((1 - lowB) / lowB) * scale, tails.atMost < alpha / 2),
    pValue,
    significant: pValue < alpha,
  };
}
