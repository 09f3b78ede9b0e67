/**
 * Quantile of the Gamma(shape, scale 1) distribution: the x with P(shape, x) = p. Bracketed Newton steps
 * (falling back to bisection when a step leaves the bracket), started from the Wilson–Hilferty guess.
 */
import { regularizedGammaP } from "./incomplete-gamma.ts";
import { logGamma } from "./log-gamma.ts";
import { normalQuantile } from "./normal.ts";

/**
 * The p-quantile of Gamma(shape, 1). Exact Poisson (Garwood) limits are gamma quantiles:
 * lower = gammaQuantile(α/2, k), upper = gammaQuantile(1 − α/2, k + 1).
 * @example gammaQuantile(0.975, 1) // ≈ 3.6889 (= −ln 0.025)
 */
export function gammaQuantile(p: number, shape: number): number {
  if (!(shape > 0)) throw new RangeError(`gammaQuantile needs shape > 0, got ${shape}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`gammaQuantile needs 0 <= p <= 1, got ${p}`);
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  const z = normalQuantile(p);
  const wh = shape * (1 - 1 / (9 * shape) + z / (3 * Math.sqrt(shape))) ** 3;
  let x = wh > 0 ? wh : Math.max(1e-300, (p * Math.exp(logGamma(shape + 1))) ** (1 / shape));
  let lo = 0;
  let hi = Infinity;
  const logNorm = logGamma(shape);
  for (let i = 0; i < 200; i++) {
    const f = regularizedGammaP(shape, x) - p;
    if (f < 0) lo = x;
    else hi = x;
    if (Math.abs(f) < 1e-14 || (hi - lo) <= 1e-14 * x) break;
    const density = Math.exp((shape - 1) * Math.log(x) - x - logNorm);
    let next = x - f / density;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) next = hi === Infinity ? Math.max(2 * x, 1) : (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-15 * Math.max(1, x)) break;
    x = next;
  }
  return x;
}
