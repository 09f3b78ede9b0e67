/**
 * Exact small-count statistics without runtime dependencies: binomial probabilities and tails, the
 * incomplete beta and its quantile, R's two-sided binomial test, and the conditional test for two
 * Poisson rates built on them. Private to `analysis/compare`.
 */
export { rateRatioTest, type RateRatioInput, type RateRatioTest } from "./rate-ratio-test.ts";
