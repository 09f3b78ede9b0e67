/**
 * Segment costs: −2 × the maximised log-likelihood of one segment with its own mean, from prefix sums so
 * each cost is O(1). Terms that do not depend on the segmentation (Σ log y!, and for the negative binomial
 * Σ [log Γ(y + r) − log Γ(r)]) are dropped; they cancel when segmentations are compared.
 *
 * Poisson, S events in n months, mean m = S/n:           C = −2 (S log m − S)
 * Negative binomial NB2 with fixed size r = 1/α:          C = −2 (n r log(r/(r + m)) + S log(m/(r + m)))
 * (with r fixed, the ML mean of a segment is still m = S/n). Splitting a segment never raises the cost, so
 * PELT may prune with K = 0.
 */

/** A segment cost over half-open index ranges [start, end). */
export interface CostModel {
  readonly model: "poisson" | "negbin";
  /** NB2 dispersion used by the cost; 0 for Poisson. */
  readonly alpha: number;
  readonly length: number;
  cost(start: number, end: number): number;
  /** Event total of [start, end). */
  total(start: number, end: number): number;
}

function prefixSums(counts: readonly number[]): Float64Array {
  const p = new Float64Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) p[i + 1] = (p[i] as number) + (counts[i] as number);
  return p;
}

/** Poisson segment cost. */
export function poissonCost(counts: readonly number[]): CostModel {
  const p = prefixSums(counts);
  const total = (start: number, end: number): number => (p[end] as number) - (p[start] as number);
  return {
    model: "poisson",
    alpha: 0,
    length: counts.length,
    total,
    cost(start, end) {
      const s = total(start, end);
      return s > 0 ? -2 * (s * Math.log(s / (end - start)) - s) : 0;
    },
  };
}

/** Negative-binomial segment cost with a dispersion α fixed for every segment (α = 0 gives Poisson). */
export function negBinCost(counts: readonly number[], alpha: number): CostModel {
  if (!(alpha >= 0)) throw new RangeError(`negBinCost needs alpha >= 0, got ${alpha}`);
  if (alpha === 0) return poissonCost(counts);
  const p = prefixSums(counts);
  const r = 1 / alpha;
  const total = (start: number, end: number): number => (p[end] as number) - (p[start] as number);
  return {
    model: "negbin",
    alpha,
    length: counts.length,
    total,
    cost(start, end) {
      const n = end - start;
      const s = total(start, end);
      if (s === 0) return 0;
      const m = s / n;
      return -2 * (n * r * Math.log(r / (r + m)) + s * Math.log(m / (r + m)));
    },
  };
}
