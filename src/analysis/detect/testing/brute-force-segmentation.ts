/**
 * Test helper: the optimal penalised segmentation by exhaustive search over every changepoint set
 * (2^(n−1) sets), independent of PELT's recursion and pruning. Only for n ≤ ~14.
 */
import type { CostModel } from "../segment/cost.ts";

/** Minimum of Σ costs + penalty × #changepoints over all sets with segments ≥ minSegment. */
export function bruteForceSegmentation(cost: CostModel, penalty: number, minSegment: number): { cost: number; changepoints: number[] } {
  const n = cost.length;
  let best = { cost: Infinity, changepoints: [] as number[] };
  for (let mask = 0; mask < 1 << (n - 1); mask++) {
    const cps: number[] = [];
    for (let i = 1; i < n; i++) if (mask & (1 << (i - 1))) cps.push(i);
    const bounds = [0, ...cps, n];
    let total = penalty * cps.length;
    let ok = true;
    for (let j = 0; j + 1 < bounds.length; j++) {
      const a = bounds[j] as number;
      const b = bounds[j + 1] as number;
      if (b - a < minSegment) ok = false;
      total += cost.cost(a, b);
    }
    if (ok && total < best.cost) best = { cost: total, changepoints: cps };
  }
  return best;
}
