/**
 * The CUSUM threshold h for the in-control rate in force: bilinear interpolation in (α, ln μ₀) over the
 * simulated table in threshold-table.ts, clamped at the table's edges. Valid only for the table's own
 * settings (factor, baseline length, μ₀ floor, ARL₀); other settings must calibrate.
 */
import { THRESHOLD_TABLE } from "./threshold-table.ts";

function bracket(grid: readonly number[], x: number): [number, number, number] {
  if (x <= (grid[0] as number)) return [0, 0, 0];
  const last = grid.length - 1;
  if (x >= (grid[last] as number)) return [last, last, 0];
  let i = 0;
  while ((grid[i + 1] as number) < x) i++;
  return [i, i + 1, (x - (grid[i] as number)) / ((grid[i + 1] as number) - (grid[i] as number))];
}

/** h for ARL₀ = 60 months with dispersion `alpha` at in-control rate `mu0`. */
export function tableThreshold(alpha: number, mu0: number): number {
  const { alphas, rates, h } = THRESHOLD_TABLE;
  const [a0, a1, wa] = bracket(alphas, alpha);
  const [r0, r1, wr] = bracket(rates.map(Math.log), Math.log(Math.max(mu0, 1e-9)));
  const at = (a: number, r: number): number => (h[a] as readonly number[])[r] as number;
  const lowAlpha = at(a0, r0) * (1 - wr) + at(a0, r1) * wr;
  const highAlpha = at(a1, r0) * (1 - wr) + at(a1, r1) * wr;
  return lowAlpha * (1 - wa) + highAlpha * wa;
}

/** True when the settings are those the table was simulated for. */
export function tableApplies(s: { factor: number; baselineMonths: number; minRate: number; targetArl: number }): boolean {
  const t = THRESHOLD_TABLE;
  return s.factor === t.factor && s.baselineMonths === t.baselineMonths && s.minRate === t.minRate && s.targetArl === t.targetArl;
}
