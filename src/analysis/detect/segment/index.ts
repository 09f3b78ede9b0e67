/**
 * Segmentation of a monthly count series into regimes of constant rate: Poisson or negative-binomial costs,
 * PELT (exact) or binary segmentation (greedy), BIC or MBIC penalties, and rate intervals per regime.
 */
export { negBinCost, poissonCost, type CostModel } from "./cost.ts";
export { penaltyValue, type Penalty } from "./penalty.ts";
export { pelt, type Segmentation, type SegmenterOptions } from "./pelt.ts";
export { binarySegmentation } from "./binseg.ts";
export { rateInterval, type RateInterval } from "./rate-interval.ts";
export { toRegimes, type Regime } from "./regimes.ts";
export { segmentCounts, type SegmentSettings } from "./segment-counts.ts";
