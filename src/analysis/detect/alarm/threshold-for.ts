/**
 * Which threshold the CUSUM uses, in order: an explicit number; the simulated table (interpolated at the
 * μ₀ in force) when the settings are the table's; otherwise a calibration by simulation at `rateHint`,
 * cached per setting because it takes about a second.
 */
import { calibrateCusumThreshold } from "./calibrate.ts";
import { tableApplies, tableThreshold } from "./thresholds.ts";

/** The CUSUM settings a caller may choose. */
export interface CusumSettings {
  factor: number;
  baselineMonths: number;
  minRate: number;
  /** Target in-control average run length in months (sets h unless `threshold` is given). */
  targetArl: number;
  /** A fixed h, overriding the ARL₀ calibration. */
  threshold?: number;
}

const cache = new Map<string, number>();

/** h as a function of μ₀ for dispersion `alpha`. */
export function thresholdFor(s: CusumSettings, alpha: number, rateHint: number): (mu0: number) => number {
  if (s.threshold !== undefined) {
    const h = s.threshold;
    return () => h;
  }
  if (tableApplies(s)) return (mu0) => tableThreshold(alpha, mu0, s.targetArl);
  const rate = Math.max(s.minRate, Number(rateHint.toPrecision(2)));
  const a = Number(alpha.toPrecision(2));
  const key = JSON.stringify([s.factor, s.baselineMonths, s.minRate, s.targetArl, a, rate]);
  let h = cache.get(key);
  if (h === undefined) {
    h = calibrateCusumThreshold({ factor: s.factor, baselineMonths: s.baselineMonths, minRate: s.minRate, targetArl: s.targetArl, alpha: a, rate });
    cache.set(key, h);
  }
  const fixed = h;
  return () => fixed;
}
