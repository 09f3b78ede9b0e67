/**
 * The exact binomial test in its central (tail-based) form and its dual, the central Clopper–Pearson
 * interval. Both rest on the same two tails, P(X ≤ x) and P(X ≥ x), which are exactly the functions whose
 * roots in p are the interval's ends: that is what makes the test and the interval agree.
 */
import { betaQuantile } from "./beta-quantile.ts";
import { binomialLowerTail, binomialUpperTail } from "./binomial-cdf.ts";

/** The two one-sided tail probabilities of the observed x; `atMost + atLeast = 1 + P(X = x)`. */
export interface BinomialTails {
  /** P(X ≤ x): small when x is low for p. */
  atMost: number;
  /** P(X ≥ x): small when x is high for p. */
  atLeast: number;
}

/** P(X ≤ x) and P(X ≥ x) for X ~ Binomial(n, p), each computed directly; `q` = 1 − p. */
export function binomialTails(x: number, n: number, p: number, q: number = 1 - p): BinomialTails {
  return { atMost: binomialLowerTail(x, n, p, q), atLeast: binomialUpperTail(x - 1, n, p, q) };
}

/**
 * The central two-sided p-value, min(1, 2·min(P(X ≤ x), P(X ≥ x))): the doubled one-sided p. Unlike R's
 * `binom.test` (which sums all outcomes no more likely than x), it is below α exactly when p lies outside
 * the central 1 − α Clopper–Pearson interval. Doubling is exact in binary floating point, so
 * `centralTwoSidedP(t) < α` holds exactly when one tail is below α/2.
 */
export function centralTwoSidedP({ atMost, atLeast }: BinomialTails): number {
  return Math.min(1, 2 * Math.min(atMost, atLeast));
}

/**
 * Lower end of the central Clopper–Pearson interval for a binomial proportion at the given confidence:
 * the p at which P(X ≥ x) = (1 − confidence)/2. The upper end for x of n is 1 − the lower end for n − x
 * of n (the p at which P(X ≤ x) = (1 − confidence)/2).
 */
export function clopperPearsonLower(x: number, n: number, confidence: number): number {
  return x === 0 ? 0 : betaQuantile((1 - confidence) / 2, x, n - x + 1);
}
