/**
 * The exact binomial test and interval, as R's `binom.test` computes them.
 */
import { betaQuantile } from "./beta-quantile.ts";
import { binomialLowerTail, binomialUpperTail } from "./binomial-cdf.ts";
import { binomialPmf } from "./binomial-pmf.ts";

/** R's tolerance: outcomes up to this factor more likely than the observed one still count as extreme. */
const RELATIVE_ERROR = 1 + 1e-7;

/**
 * Two-sided p-value of x successes in n trials under H0: success probability p (`q` = 1 − p): the total
 * probability of all outcomes no more likely than x (within R's relative tolerance 1 + 1e-7).
 *
 * R scans every outcome on the far side of the mean; the probabilities there fall monotonically away
 * from the mean (for i ≥ ⌈np⌉ and i ≤ ⌊np⌋ alike), so a binary search finds the same cut-off.
 */
export function binomialTestTwoSided(x: number, n: number, p: number, q: number = 1 - p): number {
  const mean = n * p;
  if (x === mean) return 1;
  const threshold = binomialPmf(x, n, p, q) * RELATIVE_ERROR;
  const isExtreme = (i: number) => binomialPmf(i, n, p, q) <= threshold;
  if (x < mean) {
    // First i in [⌈np⌉, n] as unlikely as x; n + 1 when there is none.
    const cut = firstTrue(Math.ceil(mean), n, isExtreme);
    return Math.min(1, binomialLowerTail(x, n, p, q) + binomialUpperTail(cut - 1, n, p, q));
  }
  // Last i in [0, ⌊np⌋] as unlikely as x; −1 when there is none.
  const cut = firstTrue(0, Math.floor(mean), (i) => !isExtreme(i)) - 1;
  return Math.min(1, binomialLowerTail(cut, n, p, q) + binomialUpperTail(x - 1, n, p, q));
}

/** Smallest i in [lo, hi] with `test(i)`, given `test` is false then true; hi + 1 when never true. */
function firstTrue(lo: number, hi: number, test: (i: number) => boolean): number {
  let [a, b] = [lo, hi + 1];
  while (a < b) {
    const mid = Math.floor((a + b) / 2);
    if (test(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}

/**
 * Lower end of the two-sided Clopper–Pearson interval for a binomial proportion at the given
 * confidence. The upper end for x of n is 1 − the lower end for n − x of n.
 */
export function clopperPearsonLower(x: number, n: number, confidence: number): number {
  return x === 0 ? 0 : betaQuantile((1 - confidence) / 2, x, n - x + 1);
}
