/**
 * Choosing the CUSUM threshold h for a target in-control average run length (ARL₀, months between false
 * alarms when nothing changes), by simulation with a seeded RNG. The simulation runs the real procedure,
 * baseline estimation included, on stationary NB series; the noise of a 24-month baseline is part of
 * what h must absorb.
 *
 * Before its first alarm the CUSUM path does not depend on h, so each run's path is simulated once and its
 * running maximum gives the first-passage month for every h; ARL₀(h) is then monotone and bisection exact
 * for the simulated sample (common random numbers).
 */
import { createRng } from "../stats/random.ts";
import { nbCusum, type CusumOptions } from "./cusum.ts";

/** What the calibration simulates. */
export interface CalibrationSetting extends Omit<CusumOptions, "threshold"> {
  /** In-control rate of the simulated series. */
  rate: number;
  /** Target in-control ARL in months. */
  targetArl: number;
  runs?: number;
  seed?: number;
}

/** The h whose simulated ARL₀ equals the target (runs censored at 10 × target). */
export function calibrateCusumThreshold(setting: CalibrationSetting): number {
  const { rate, targetArl, runs = 2000, seed = 1, ...opts } = setting;
  const horizon = Math.ceil(10 * targetArl);
  const rng = createRng(seed);
  const size = opts.alpha > 0 ? 1 / opts.alpha : Infinity;
  const maxima: Float64Array[] = [];
  for (let run = 0; run < runs; run++) {
    const counts = Array.from({ length: opts.baselineMonths + horizon }, () => rng.negBin(rate, size));
    const { statistic } = nbCusum(counts, { ...opts, threshold: Infinity });
    const running = new Float64Array(horizon);
    let max = 0;
    for (let k = 0; k < horizon; k++) running[k] = max = Math.max(max, statistic[opts.baselineMonths + k] as number);
    maxima.push(running);
  }
  const arl = (h: number): number => {
    let sum = 0;
    for (const running of maxima) {
      let lo = 0;
      let hi = horizon;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((running[mid] as number) >= h) hi = mid;
        else lo = mid + 1;
      }
      sum += lo + 1;
    }
    return sum / maxima.length;
  };
  let lo = 0;
  let hi = 50;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (arl(mid) < targetArl) lo = mid;
    else hi = mid;
  }
  return hi;
}
