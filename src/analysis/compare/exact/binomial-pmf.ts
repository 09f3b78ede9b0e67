import { deviance, stirlingError } from "./saddle-point.ts";

const LN_2PI = 1.8378770664093456;

/**
 * P(X = k) for X ~ Binomial(n, p), with full relative precision far into the tails (Loader's method).
 * `q` is 1 − p, passed separately so a caller who knows it exactly (as a ratio of exposures) loses
 * nothing to the subtraction. Also defined for non-integer k and n, which the incomplete beta uses.
 */
export function binomialPmf(k: number, n: number, p: number, q: number = 1 - p): number {
  if (k < 0 || k > n) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) {
    if (n === 0) return 1;
    return Math.exp(p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q));
  }
  if (k === n) {
    return Math.exp(q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p));
  }
  const logCore =
    stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
  const logScale = LN_2PI + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(logCore - 0.5 * logScale);
}
