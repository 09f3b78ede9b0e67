/**
 * Resurgence detection on monthly event counts: the statistical core, with no database.
 *
 * - `detect(series, options)`: overdispersion test and NB2 dispersion → model (Poisson or negative
 *   binomial); regimes by PELT (MBIC penalty, minimum 3 months) with 95% rate intervals; month-by-month NB
 *   CUSUM alarms (ARL₀ = 60 months); a regrouping verdict (a ≥ 12-month low, then ≥ 2× its rate).
 * - `detectAll(series[], options)`: the same over many series.
 * - `backtest(series)`: replay month by month, no look-ahead, through the CUSUM, PELT re-fitted online and
 *   the ACLED-style / HDX-style / EMA baselines; `runSyntheticBacktest` + `formatBacktestTable` score them.
 * - `sparkline(values)`: ▁▂▃▄▅▆▇█ in a terminal.
 */
export { detect, type AlarmStep, type DetectResult } from "./detect.ts";
export { detectAll } from "./detect-all.ts";
export { resolveOptions, type DetectOptions, type ResolvedOptions } from "./options.ts";
export { addMonths, assertSeries, monthRange, type MonthlySeries } from "./series.ts";
export { sparkline } from "./sparkline.ts";
export { classifyRegrouping, REGROUPING_DEFAULTS, type Regrouping, type RegroupingEpisode, type RegroupingOptions } from "./regrouping.ts";
export type { Regime, RateInterval, Penalty } from "./segment/index.ts";
export { binarySegmentation, negBinCost, pelt, poissonCost, rateInterval, segmentCounts, toRegimes } from "./segment/index.ts";
export { assessDispersion, cameronTrivediTest, estimateNegBin, pairedDispersionTest, poissonDispersionTest } from "./dispersion/index.ts";
export type { DispersionSummary, DispersionTest, NegBinEstimate } from "./dispersion/index.ts";
export { acledSurge, calibrateCusumThreshold, CUSUM_DEFAULTS, emaZScore, hdxSignal, nbCusum } from "./alarm/index.ts";
export { EMA_DEFAULTS, HDX_DEFAULTS, SURGE_DEFAULTS } from "./alarm/index.ts";
export type { AlarmTrace, CusumOptions, CusumSettings, EmaOptions, HdxOptions, SurgeOptions } from "./alarm/index.ts";
export { backtest, cusumMethod, defaultMethods, flagMethod, formatBacktestTable, peltMethod, replay } from "./backtest/index.ts";
export { runSyntheticBacktest, SCENARIOS, SIMULATION_DEFAULTS } from "./backtest/index.ts";
export type { BacktestRow, MethodAlarms, OnlineMethod, Scenario, SimulationSettings } from "./backtest/index.ts";
export { createRng, type Rng } from "./stats/index.ts";
