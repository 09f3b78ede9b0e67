/**
 * Forecasts of monthly event counts and their scoring, with no database.
 *
 * - `forecastSeries(series, horizon)`: median, 80% and 95% intervals 1..horizon months ahead from a
 *   negative binomial around an adaptive combination of no-change, 3- and 12-month means and a local damped trend, its spread calibrated on the model's own
 *   past out-of-sample errors.
 * - `forecastBacktest(series[])`: rolling origin, no look-ahead; CRPS, MAE, interval coverage per horizon for
 *   the model and every baseline in the same run.
 */
export { forecastSeries, LEVELS, type ForecastPoint, type SeriesForecast } from "./forecast.ts";
export { forecastBacktest, backtestMethods, type BacktestMethod, FORECAST_BACKTEST_DEFAULTS, type BacktestSeries, type BacktestSettings, type ScoreRow } from "./backtest.ts";
export { BASELINES, fitLocalTrend, localTrend, LOCAL_TREND_DEFAULTS, type PointMethod } from "./methods.ts";
export { combinationPaths, COMBINATION_DEFAULTS, components, describeCombination, weightsAt } from "./combination.ts";
export { calibratedAt, CALIBRATION_DEFAULTS, fitAlpha, pointPaths } from "./calibrate.ts";
export { crps, pitCoverage, quantiles, type NegBin } from "./negbin.ts";
export { forecastInStore, forecastSeriesInStore, type ScopeForecast } from "./in-store.ts";
