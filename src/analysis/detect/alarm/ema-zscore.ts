/**
 * Exponentially weighted z-score: m and v are EWMA estimates of the mean and variance (weight `lambda` on
 * the newest month), z_t = (y_t − m_{t−1}) / √max(v_{t−1}, m_{t−1}) — the variance floored at the Poisson
 * variance so a calm stretch cannot make every event extreme. Flag when z ≥ `z` after `warmupMonths`.
 */
import type { AlarmTrace } from "./trace.ts";

/** Settings of the EMA z-score rule. */
export interface EmaOptions {
  lambda: number;
  z: number;
  warmupMonths: number;
}

/** Defaults: λ = 0.1 (≈ 19-month memory), z ≥ 3, 12 months of warm-up. */
export const EMA_DEFAULTS: EmaOptions = { lambda: 0.1, z: 3, warmupMonths: 12 };

/** Statistic: the z-score (NaN during warm-up). */
export function emaZScore(counts: readonly number[], opts: EmaOptions = EMA_DEFAULTS): AlarmTrace {
  const statistic = new Array<number>(counts.length).fill(NaN);
  const alarm = new Array<boolean>(counts.length).fill(false);
  const { lambda } = opts;
  let m = counts[0] ?? 0;
  let v = 0;
  for (let t = 1; t < counts.length; t++) {
    const y = counts[t] as number;
    if (t >= opts.warmupMonths) {
      const sd = Math.sqrt(Math.max(v, m, 1e-9));
      statistic[t] = (y - m) / sd;
      alarm[t] = (statistic[t] as number) >= opts.z;
    }
    const d = y - m;
    m += lambda * d;
    v = (1 - lambda) * (v + lambda * d * d);
  }
  return { statistic, alarm };
}
