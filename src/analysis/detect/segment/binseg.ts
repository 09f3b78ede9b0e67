/**
 * Binary segmentation (Scott & Knott 1974): split where the cost drops most, keep the split if the drop
 * exceeds the penalty, recurse on both halves. Greedy, so its cost is never below PELT's optimum; it is
 * here as the classical comparison.
 */
import type { CostModel } from "./cost.ts";
import type { Segmentation, SegmenterOptions } from "./pelt.ts";

function split(cost: CostModel, start: number, end: number, opts: SegmenterOptions, out: number[]): void {
  const m = Math.max(1, Math.floor(opts.minSegment));
  const whole = cost.cost(start, end);
  let best = Infinity;
  let at = -1;
  for (let k = start + m; k <= end - m; k++) {
    const v = cost.cost(start, k) + cost.cost(k, end);
    if (v < best) {
      best = v;
      at = k;
    }
  }
  if (at < 0 || whole - best <= opts.penalty) return;
  out.push(at);
  split(cost, start, at, opts, out);
  split(cost, at, end, opts, out);
}

/** Segmentation by binary segmentation with the same cost, penalty and minimum length as PELT. */
export function binarySegmentation(cost: CostModel, opts: SegmenterOptions): Segmentation {
  const changepoints: number[] = [];
  split(cost, 0, cost.length, opts, changepoints);
  changepoints.sort((a, b) => a - b);
  const bounds = [0, ...changepoints, cost.length];
  let total = opts.penalty * changepoints.length;
  for (let i = 0; i + 1 < bounds.length; i++) total += cost.cost(bounds[i] as number, bounds[i + 1] as number);
  return { changepoints, cost: total };
}
