/**
 * Negative-binomial CUSUM for "is the rate rising now?" (Lucas 1985 for counts; Page's log-likelihood-ratio
 * CUSUM with an NB2 likelihood). Month by month, causal: the value at t uses counts[0..t] only.
 *
 * In-control rate μ₀: mean of the `baselineMonths` months before t, floored at `minRate`. While a run is in
 * progress (S > 0) μ₀ is frozen at its value when the run began, so the rise under test does not leak into
 * its own baseline. Out-of-control rate μ₁ = factor × μ₀. With size r = 1/α the log-likelihood ratio of a
 * count y is
 *   y · log(μ₁(r + μ₀) / (μ₀(r + μ₁))) + r · log((r + μ₀)/(r + μ₁))     (α = 0: y log(μ₁/μ₀) − (μ₁ − μ₀))
 * and S_t = max(0, S_{t−1} + LLR_t); alarm when S_t ≥ threshold.
 *
 * After an alarm S restarts at 0 next month and the baseline rolls on. During a sustained rise the alarm
 * therefore repeats every few months until the new level fills the baseline window: read a repeat as
 * "still high against the past `baselineMonths` months", not as a new event.
 */

/** Settings of the NB CUSUM. */
export interface CusumOptions {
  /** Rate multiple to detect quickly (μ₁ = factor × μ₀), > 1. */
  factor: number;
  /** Months in the trailing baseline window; no statistic before this many months exist. */
  baselineMonths: number;
  /** NB2 dispersion α of the monthly counts; 0 means Poisson. */
  alpha: number;
  /**
   * Alarm level h, or h as a function of the in-control rate μ₀ in force (see `calibrateCusumThreshold`
   * and `tableThreshold`).
   */
  threshold: number | ((mu0: number) => number);
  /** Floor for μ₀ so an empty baseline does not make every event an alarm. */
  minRate: number;
}

/** Per-month output, index-aligned with the counts; NaN baseline and threshold during warm-up. */
export interface CusumTrace {
  statistic: number[];
  baseline: number[];
  threshold: number[];
  alarm: boolean[];
}

/** The LLR increment of one count (exported for tests). */
export function cusumIncrement(y: number, mu0: number, factor: number, alpha: number): number {
  const mu1 = factor * mu0;
  if (alpha <= 0) return y * Math.log(factor) - (mu1 - mu0);
  const r = 1 / alpha;
  return y * Math.log((mu1 * (r + mu0)) / (mu0 * (r + mu1))) + r * Math.log((r + mu0) / (r + mu1));
}

/** Runs the CUSUM over `counts`. */
export function nbCusum(counts: readonly number[], opts: CusumOptions): CusumTrace {
  const { factor, baselineMonths: w, alpha, threshold, minRate } = opts;
  const n = counts.length;
  const statistic = new Array<number>(n).fill(0);
  const baseline = new Array<number>(n).fill(NaN);
  const h = new Array<number>(n).fill(NaN);
  const alarm = new Array<boolean>(n).fill(false);
  let windowSum = 0;
  let s = 0;
  let mu0 = NaN;
  for (let t = 0; t < n; t++) {
    if (t >= w) {
      if (s === 0) mu0 = Math.max(minRate, windowSum / w);
      s = Math.max(0, s + cusumIncrement(counts[t] as number, mu0, factor, alpha));
      statistic[t] = s;
      baseline[t] = mu0;
      h[t] = typeof threshold === "number" ? threshold : threshold(mu0);
      // S = 0 never alarms, even for h ≈ 0 (large Poisson rates calibrate to tiny h).
      if (s > 0 && s >= (h[t] as number)) {
        alarm[t] = true;
        s = 0;
      }
    }
    windowSum += counts[t] as number;
    if (t >= w) windowSum -= counts[t - w] as number;
  }
  return { statistic, baseline, threshold: h, alarm };
}
