/**
 * From point forecasts to calibrated count distributions: at each origin, a point method's means become NB2
 * distributions whose dispersion for each horizon is fitted (maximum likelihood) to the method's own
 * out-of-sample errors at that horizon over the preceding origins — only forecasts whose month had already
 * been observed at the origin. The dispersion so carries everything the mean misses: noise, level shifts
 * and the uncertainty of the fitted parameters.
 */
import { logGamma } from "../detect/stats/index.ts";
import { ALPHA_RANGE, logPmf, type NegBin } from "./negbin.ts";
import type { PointMethod } from "./methods.ts";

export const CALIBRATION_DEFAULTS = {
  /** Past errors per horizon the dispersion is fitted on (the most recent ones). */
  errors: 48,
  /** Fewer past errors than this: the dispersion is the prior below. */
  minErrors: 6,
  /** Dispersion used before enough errors exist: wide (sd ≈ the mean). */
  priorAlpha: 1,
  /** First origin at which a point forecast is made (months of history). */
  firstOrigin: 3,
} as const;

export type CalibrationSettings = { -readonly [K in keyof typeof CALIBRATION_DEFAULTS]: number };

/** ML dispersion of NB2 outcomes `ys` with known means, by golden-section search on log α. */
export function fitAlpha(means: readonly number[], ys: readonly number[]): number {
  const ll = (logAlpha: number): number => {
    const alpha = Math.exp(logAlpha);
    let s = 0;
    for (let i = 0; i < ys.length; i++) s += logPmf({ mean: Math.max(means[i]!, 0.01), alpha }, ys[i]!, logGamma);
    return s;
  };
  let lo = Math.log(ALPHA_RANGE[0]);
  let hi = Math.log(ALPHA_RANGE[1]);
  const g = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = ll(x1);
  let f2 = ll(x2);
  for (let i = 0; i < 30; i++) {
    if (f1 < f2) {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = ll(x2);
    } else {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = ll(x1);
    }
  }
  return Math.exp((lo + hi) / 2);
}

/** Point forecasts at every origin t (history = counts[0..t−1]) from `firstOrigin` to counts.length. */
export function pointPaths(counts: readonly number[], method: PointMethod, horizon: number, firstOrigin: number): Array<number[] | undefined> {
  const out: Array<number[] | undefined> = [];
  for (let t = 0; t <= counts.length; t++) out.push(t >= firstOrigin ? method.means(counts.slice(0, t), horizon) : undefined);
  return out;
}

/**
 * The calibrated NB2 forecasts at origin t (1..horizon months ahead), from the point paths of every origin:
 * the dispersion for horizon h is fitted on the errors of origins o with o + h ≤ t.
 */
export function calibratedAt(
  counts: readonly number[],
  paths: ReadonlyArray<readonly number[] | undefined>,
  t: number,
  horizon: number,
  s: CalibrationSettings = CALIBRATION_DEFAULTS,
): Array<NegBin & { errors: number }> {
  const out: Array<NegBin & { errors: number }> = [];
  const at = paths[t];
  if (!at) throw new Error(`no point forecast at origin ${t}`);
  for (let h = 1; h <= horizon; h++) {
    const means: number[] = [];
    const ys: number[] = [];
    for (let o = t - h; o >= 0 && means.length < s.errors; o--) {
      const p = paths[o];
      if (!p) break;
      means.push(p[h - 1]!);
      ys.push(counts[o + h - 1]!);
    }
    const alpha = means.length >= s.minErrors ? fitAlpha(means, ys) : s.priorAlpha;
    out.push({ mean: Math.max(at[h - 1]!, 0.01), alpha, errors: means.length });
  }
  return out;
}
