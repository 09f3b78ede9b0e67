/**
 * Exact comparison of two Poisson rates by conditioning on the total: given count_a + count_b = n,
 * count_a ~ Binomial(n, π) with π = λa·ea / (λa·ea + λb·eb). Equal rates mean π = ea / (ea + eb), and
 * the rate ratio is (π / (1 − π)) · (eb / ea). This is R's `poisson.test(c(ca, cb), c(ea, eb))`.
 */
import { binomialTestTwoSided, clopperPearsonLower } from "./binomial-test.ts";

/** Counts and exposures (days) of the two periods; counts are integers ≥ 0 with a positive sum. */
export interface RateRatioInput {
  countA: number;
  exposureA: number;
  countB: number;
  exposureB: number;
}

/** Rate ratio a/b with its exact confidence interval and two-sided p-value for equal rates. */
export interface RateRatioTest {
  /** (countA / exposureA) / (countB / exposureB); `Infinity` when countB is 0. */
  ratio: number;
  /** Clopper–Pearson bounds on π, transformed to the rate ratio; upper is `Infinity` when countB is 0. */
  lower: number;
  upper: number;
  pValue: number;
}

/** The exact conditional test and interval for a ratio of two Poisson rates. */
export function rateRatioTest(input: RateRatioInput, confidence: number): RateRatioTest {
  const { countA, exposureA, countB, exposureB } = input;
  const n = countA + countB;
  const total = exposureA + exposureB;
  const scale = exposureB / exposureA;
  // The lower bound on B's share is one minus the upper bound on A's: computing it directly keeps the
  // small quantity 1 − π exact, which the odds π/(1 − π) divide by.
  const lowA = clopperPearsonLower(countA, n, confidence);
  const lowB = clopperPearsonLower(countB, n, confidence);
  return {
    ratio: countB === 0 ? Infinity : (countA / exposureA / (countB / exposureB)),
    lower: (lowA / (1 - lowA)) * scale,
    upper: countB === 0 ? Infinity : ((1 - lowB) / lowB) * scale,
    pValue: binomialTestTwoSided(countA, n, exposureA / total, exposureB / total),
  };
}
