/**
 * Negative-binomial (NB2) dispersion estimates: variance = μ + α·μ², α ≥ 0, size r = 1/α.
 *
 * - `estimateNegBin`: for a constant mean, the method of moments α = (s² − ȳ)/ȳ² and the maximum-likelihood
 *   α (the ML mean of NB2 with a constant mean is ȳ; α maximises the profile likelihood, golden-section on
 *   log α). Both are biased upwards by any change of rate.
 * - `estimateLocalAlpha`: what the detectors use. Neighbouring months share nearly the same rate μₜ, so with
 *   independent a, b of mean μ: E[(a − b)²/2 − (a + b)/2] = α·μ² and E[a·b] = μ²; the ratio of sums over all
 *   neighbour pairs estimates α while level shifts only touch the few pairs across a change.
 */
import { logGamma } from "../stats/log-gamma.ts";

/** Moment and likelihood estimates of the NB2 dispersion α for a constant-mean series. */
export interface NegBinEstimate {
  mean: number;
  variance: number;
  alphaMoments: number;
  alphaMl: number;
}

/** Distinct counts and how often each occurs: the likelihood is a sum over values, not months. */
type Tally = ReadonlyArray<readonly [value: number, times: number]>;

function tally(counts: readonly number[]): Tally {
  const m = new Map<number, number>();
  for (const y of counts) m.set(y, (m.get(y) ?? 0) + 1);
  return [...m];
}

function profileLogLik(values: Tally, m: number, alpha: number): number {
  let ll = 0;
  if (alpha <= 0) {
    for (const [y, k] of values) ll += k * (y * Math.log(m) - m - logGamma(y + 1));
    return ll;
  }
  const r = 1 / alpha;
  const a = r * Math.log(r / (r + m));
  const b = Math.log(m / (r + m));
  const lgr = logGamma(r);
  for (const [y, k] of values) ll += k * (logGamma(y + r) - lgr - logGamma(y + 1) + a + y * b);
  return ll;
}

function maximiseAlpha(counts: Tally, m: number): number {
  // Golden-section on log α ∈ [ln 1e-6, ln 100]; compare with the Poisson boundary α = 0.
  let lo = Math.log(1e-6);
  let hi = Math.log(100);
  const g = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = profileLogLik(counts, m, Math.exp(x1));
  let f2 = profileLogLik(counts, m, Math.exp(x2));
  while (hi - lo > 1e-5) {
    if (f1 < f2) {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = profileLogLik(counts, m, Math.exp(x2));
    } else {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = profileLogLik(counts, m, Math.exp(x1));
    }
  }
  const alpha = Math.exp((lo + hi) / 2);
  return profileLogLik(counts, m, alpha) > profileLogLik(counts, m, 0) ? alpha : 0;
}

/** NB2 dispersion of a series assumed to have one constant mean. */
export function estimateNegBin(counts: readonly number[]): NegBinEstimate {
  const n = counts.length;
  const m = counts.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? counts.reduce((a, y) => a + (y - m) ** 2, 0) / (n - 1) : 0;
  if (!(m > 0)) return { mean: m, variance, alphaMoments: 0, alphaMl: 0 };
  return { mean: m, variance, alphaMoments: Math.max(0, (variance - m) / (m * m)), alphaMl: maximiseAlpha(tally(counts), m) };
}

/** NB2 α from neighbouring months, robust to changes of level (see the file comment); 0 if no evidence. */
export function estimateLocalAlpha(counts: readonly number[]): number {
  let excess = 0;
  let cross = 0;
  for (let i = 1; i < counts.length; i++) {
    const a = counts[i - 1] as number;
    const b = counts[i] as number;
    excess += (a - b) ** 2 / 2 - (a + b) / 2;
    cross += a * b;
  }
  return cross > 0 ? Math.max(0, excess / cross) : 0;
}
