import { regularizedIncompleteBeta } from "./incomplete-beta.ts";

/**
 * The x with I_x(a, b) = prob (the Beta(a, b) quantile), by bisection on [0, 1]. While the lower end
 * is still 0 each step halves x, so a small quantile is found by its order of magnitude first and then
 * refined to relative (not only absolute) precision. Bisection is slower than Newton but cannot
 * diverge, and each step costs one incomplete beta.
 */
export function betaQuantile(prob: number, a: number, b: number): number {
  if (!(prob >= 0 && prob <= 1) || !(a > 0 && b > 0)) return Number.NaN;
  if (prob === 0) return 0;
  if (prob === 1) return 1;
  let lo = 0;
  let hi = 1;
  while (hi - lo > Number.EPSILON * hi) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break; // no double left between them
    if (regularizedIncompleteBeta(mid, a, b) < prob) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
