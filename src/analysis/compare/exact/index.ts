/**
 * Exact small-count statistics without runtime dependencies: binomial probabilities and tails, the
 * incomplete beta and its quantile, the central binomial test with its dual Clopper–Pearson interval, and
 * the conditional test for two Poisson rates built on them. Private to `analysis/compare`.
 */
export { RATE_RATIO_METHOD, rateRatioTest, type RateRatioInput, type RateRatioTest } from "./rate-ratio-test.ts";
