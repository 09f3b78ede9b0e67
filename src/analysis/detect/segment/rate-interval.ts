/**
 * 95% (or other) intervals for a monthly event rate from a total over some months.
 *
 * - Poisson: Garwood's exact interval, [G⁻¹(α/2; S), G⁻¹(1 − α/2; S + 1)] / n with G the Gamma(·, 1) CDF.
 * - Negative binomial NB2 with dispersion α: the monthly variance is m(1 + α·m), i.e. each month carries only
 *   1/(1 + α·m) of a Poisson month's information. The same gamma interval is taken on the effective total
 *   S/φ over n/φ effective months, φ = 1 + α·m (a quasi-Poisson interval, asymmetric like the exact one).
 */
import { gammaQuantile } from "../stats/gamma-quantile.ts";

/** Lower and upper bound of a rate per month. */
export type RateInterval = [number, number];

/** Exact or NB-adjusted interval for the rate S/n; `alpha` 0 gives the exact Poisson interval. */
export function rateInterval(total: number, months: number, alpha = 0, level = 0.95): RateInterval {
  if (!(months > 0)) throw new RangeError(`rateInterval needs months > 0, got ${months}`);
  const tail = (1 - level) / 2;
  const phi = 1 + alpha * (total / months);
  const s = total / phi;
  const n = months / phi;
  const lower = s > 0 ? gammaQuantile(tail, s) / n : 0;
  return [lower, gammaQuantile(1 - tail, s + 1) / n];
}
