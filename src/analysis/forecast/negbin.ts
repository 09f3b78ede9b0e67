/**
 * The negative binomial (NB2: variance μ + αμ²) as a forecast distribution over counts: its probabilities,
 * quantiles, the continuous ranked probability score and the PIT-based coverage of a central interval.
 * Probabilities run in logs from k = 0 upward, so large means and near-Poisson dispersions do not underflow.
 */

/** A predictive distribution for one month's count: NB2 with this mean and dispersion (α → 0 is Poisson). */
export interface NegBin {
  mean: number;
  alpha: number;
}

/** Smallest and largest dispersion used: below 1e-4 the NB is a Poisson to any printed digit. */
export const ALPHA_RANGE = [1e-4, 20] as const;

/** Tail mass left out when a sum over k stops. */
const TAIL = 1e-9;

/**
 * Calls `visit(k, pmf, cdf)` for k = 0, 1, … until the cdf is within 1e-9 of 1 and k ≥ `atLeast`.
 * Returns nothing; the visitor collects what it needs.
 */
export function walk(d: NegBin, visit: (k: number, pmf: number, cdf: number) => boolean | void, atLeast = 0): void {
  const mean = Math.max(d.mean, 1e-9);
  const alpha = Math.min(Math.max(d.alpha, ALPHA_RANGE[0]), ALPHA_RANGE[1]);
  const r = 1 / alpha;
  const logQ = Math.log(mean / (r + mean));
  let logP = r * Math.log(r / (r + mean));
  let cdf = 0;
  for (let k = 0; ; k++) {
    if (k > 0) logP += Math.log((k - 1 + r) / k) + logQ;
    const pmf = Math.exp(logP);
    cdf = Math.min(1, cdf + pmf);
    if (visit(k, pmf, cdf) === true) return;
    // Past the mean the pmf only falls, so a tiny remainder stays tiny.
    if (k >= atLeast && k > mean && 1 - cdf < TAIL) return;
    if (k > 1e7) return;
  }
}

/** The p-quantiles (each the smallest k with F(k) ≥ p), for p ascending. */
export function quantiles(d: NegBin, ps: readonly number[]): number[] {
  const out: number[] = [];
  walk(d, (k, _pmf, cdf) => {
    while (out.length < ps.length && cdf >= ps[out.length]! - 1e-12) out.push(k);
    return out.length === ps.length;
  });
  while (out.length < ps.length) out.push(out.at(-1) ?? 0);
  return out;
}

/** Log-probability of `y` (for fitting α). */
export function logPmf(d: NegBin, y: number, logGamma: (x: number) => number): number {
  const mean = Math.max(d.mean, 1e-9);
  const alpha = Math.min(Math.max(d.alpha, ALPHA_RANGE[0]), ALPHA_RANGE[1]);
  const r = 1 / alpha;
  return logGamma(y + r) - logGamma(r) - logGamma(y + 1) + r * Math.log(r / (r + mean)) + y * Math.log(mean / (r + mean));
}

/**
 * CRPS of a count distribution at the outcome y: Σ_k (F(k) − 1{y ≤ k})² — in events, lower is better; for a
 * point forecast it is the absolute error.
 */
export function crps(d: NegBin, y: number): number {
  let s = 0;
  walk(
    d,
    (k, _pmf, cdf) => {
      const step = k >= y ? 1 : 0;
      s += (cdf - step) ** 2;
    },
    y,
  );
  return s;
}

/**
 * How much of a central `level` interval the outcome covers, read on the PIT scale: the share of
 * [F(y−1), F(y)] inside [(1−level)/2, (1+level)/2]. For a continuous forecast this is 0 or 1; for counts it
 * removes the free coverage that whole-number interval ends give (a [0, 0] interval "covering" a zero).
 */
export function pitCoverage(d: NegBin, y: number, level: number): number {
  let below = 0;
  let upTo = 0;
  walk(
    d,
    (k, _pmf, cdf) => {
      if (k === y - 1) below = cdf;
      if (k === y) {
        upTo = cdf;
        return true;
      }
      return false;
    },
    y,
  );
  const lo = (1 - level) / 2;
  const hi = (1 + level) / 2;
  const width = upTo - below;
  if (width <= 0) return below >= lo && below <= hi ? 1 : 0;
  return Math.max(0, Math.min(upTo, hi) - Math.max(below, lo)) / width;
}
