/**
 * PELT (Killick, Fearnhead & Eckley 2012): the exact minimiser of Σ segment costs + β × #changepoints,
 * with every segment at least `minSegment` long.
 *
 * F(t) = min over τ of F(τ) + C(τ, t) + β, F(0) = −β. Candidate τ is pruned once
 * F(τ) + C(τ, t) > F(t) (K = 0, valid since splitting never raises the cost). With a minimum segment length
 * the split at t is only usable for ends T ≥ t + minSegment, so a pruning decision made at t takes effect at
 * t + minSegment; pruning at once would be wrong for ends in between.
 *
 * F(t) uses data before t only, so backtracking from any t gives the optimal segmentation of the first t
 * months: the forward pass is itself an online procedure.
 */
import type { CostModel } from "./cost.ts";

/** A segmentation: changepoints are the indices where a new segment starts (0 < c < n). */
export interface Segmentation {
  changepoints: number[];
  /** Σ segment costs + penalty × number of changepoints. */
  cost: number;
}

/** Options shared by the segmenters. */
export interface SegmenterOptions {
  /** Penalty per changepoint, in cost units. */
  penalty: number;
  /** Shortest allowed segment, in months (≥ 1). */
  minSegment: number;
}

const EPS = 1e-9;

/** Optimal segmentation by PELT. A series shorter than 2 × minSegment is one segment. */
export function pelt(cost: CostModel, { penalty, minSegment }: SegmenterOptions): Segmentation {
  const n = cost.length;
  const m = Math.max(1, Math.floor(minSegment));
  if (n < 2 * m) return { changepoints: [], cost: cost.cost(0, n) };
  const f = new Float64Array(n + 1).fill(Infinity);
  const last = new Int32Array(n + 1);
  const pruneAt = new Float64Array(n + 1).fill(Infinity);
  f[0] = -penalty;
  // Alive candidates, compacted in place; `own` holds F(τ) + C(τ, t) for the pruning pass.
  const candidates = new Int32Array(n + 1);
  const own = new Float64Array(n + 1);
  let size = 0;
  for (let t = m; t <= n; t++) {
    const fresh = t - m;
    if (fresh === 0 || fresh >= m) candidates[size++] = fresh;
    let kept = 0;
    for (let i = 0; i < size; i++) {
      const tau = candidates[i] as number;
      if ((pruneAt[tau] as number) > t) candidates[kept++] = tau;
    }
    size = kept;
    let best = Infinity;
    let arg = 0;
    for (let i = 0; i < size; i++) {
      const tau = candidates[i] as number;
      const v = (f[tau] as number) + cost.cost(tau, t);
      own[i] = v;
      if (v + penalty < best) {
        best = v + penalty;
        arg = tau;
      }
    }
    f[t] = best;
    last[t] = arg;
    for (let i = 0; i < size; i++) {
      const tau = candidates[i] as number;
      if ((own[i] as number) > best + EPS) pruneAt[tau] = Math.min(pruneAt[tau] as number, t + m);
    }
  }
  const changepoints: number[] = [];
  for (let t = last[n] as number; t > 0; t = last[t] as number) changepoints.unshift(t);
  return { changepoints, cost: f[n] as number };
}
