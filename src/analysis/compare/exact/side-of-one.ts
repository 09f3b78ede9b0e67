/**
 * Ties between the interval and the test. In exact arithmetic the rate ratio's lower bound exceeds 1
 * exactly when P(X ≥ a) < α/2 at equal rates (and the upper bound is below 1 exactly when
 * P(X ≤ a) < α/2), because the bound is the root of that same tail. In floating point a bound found by
 * bisection and carried through π/(1 − π)·(eb/ea) can land a rounding error on the wrong side of 1 when
 * the tail is within ~1e-15 of α/2. The test's tail decides; the bound then moves by at most that error.
 */

/** The next doubles above and below 1. */
const ABOVE_ONE = 1 + Number.EPSILON;
const BELOW_ONE = 1 - Number.EPSILON / 2;

/** A lower bound on the rate ratio, kept above 1 when the test says `excludesOne` and at or below it otherwise. */
export function lowerBoundOnSide(bound: number, excludesOne: boolean): number {
  if (excludesOne) return bound > 1 ? bound : ABOVE_ONE;
  return bound > 1 ? 1 : bound;
}

/** An upper bound on the rate ratio, kept below 1 when the test says `excludesOne` and at or above it otherwise. */
export function upperBoundOnSide(bound: number, excludesOne: boolean): number {
  if (excludesOne) return bound < 1 ? bound : BELOW_ONE;
  return bound < 1 ? 1 : bound;
}
