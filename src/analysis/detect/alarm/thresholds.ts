/**
 * The CUSUM threshold h for the in-control rate in force: bilinear interpolation in (α, ln μ₀) over the
 * simulated tables in threshold-table.ts, clamped at the grid's edges. Valid only for the grid's own
 * settings (factor, baseline length, μ₀ floor) and the tabulated ARL₀ targets; others must calibrate.
 */
import { THRESHOLD_GRID, THRESHOLD_TABLES } from "./threshold-table.ts";

function bracket(grid: readonly number[], x: number): [number, number, number] {
  if (x <= (grid[0] as number)) return [0, 0, 0];
  const last = grid.length - 1;
  if (x >= (grid[last] as number)) return [last, last, 0];
  let i = 0;
  while ((grid[i + 1] as number) < x) i++;
  return [i, i + 1, (x - (grid[i] as number)) / ((grid[i + 1] as number) - (grid[i] as number))];
}

const LOG_RATES = THRESHOLD_GRID.rates.map(Math.log);

/** The ARL₀ targets that have a table. */
export const TABULATED_ARLS: readonly number[] = THRESHOLD_TABLES.map((t) => t.targetArl);

/** h for in-control ARL₀ `targetArl` (a tabulated one) with dispersion `alpha` at in-control rate `mu0`. */
export function tableThreshold(alpha: number, mu0: number, targetArl = 60): number {
  const table = THRESHOLD_TABLES.find((t) => t.targetArl === targetArl);
  if (!table) throw new RangeError(`no threshold table for ARL0 ${targetArl}; tabulated: ${TABULATED_ARLS.join(", ")}`);
  const [a0, a1, wa] = bracket(THRESHOLD_GRID.alphas, alpha);
  const [r0, r1, wr] = bracket(LOG_RATES, Math.log(Math.max(mu0, 1e-9)));
  const at = (a: number, r: number): number => (table.h[a] as readonly number[])[r] as number;
  const lowAlpha = at(a0, r0) * (1 - wr) + at(a0, r1) * wr;
  const highAlpha = at(a1, r0) * (1 - wr) + at(a1, r1) * wr;
  return lowAlpha * (1 - wa) + highAlpha * wa;
}

/** True when the settings are those a table was simulated for. */
export function tableApplies(s: { factor: number; baselineMonths: number; minRate: number; targetArl: number }): boolean {
  const g = THRESHOLD_GRID;
  return s.factor === g.factor && s.baselineMonths === g.baselineMonths && s.minRate === g.minRate && TABULATED_ARLS.includes(s.targetArl);
}
