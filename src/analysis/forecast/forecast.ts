/**
 * `forecastSeries`: monthly counts 1..horizon months past a series' last month, each as a median and 80% and
 * 95% intervals of a calibrated NB2 distribution around an adaptive combination of simple means (see combination.ts).
 */
import { addMonths, type MonthlySeries } from "../detect/index.ts";
import { calibratedAt, CALIBRATION_DEFAULTS } from "./calibrate.ts";
import { combinationPaths, COMBINATION_DEFAULTS, describeCombination } from "./combination.ts";
import { LOCAL_TREND_DEFAULTS } from "./methods.ts";
import { messages, type MessageLang } from "../../messages/index.ts";
import { quantiles } from "./negbin.ts";

export interface ForecastPoint {
  month: string;
  median: number;
  pi80: [number, number];
  pi95: [number, number];
  /** The model's expected count. */
  mean: number;
  /** The NB2 dispersion for this horizon (variance mean + α·mean²). */
  alpha: number;
  /** Past out-of-sample errors at this horizon the dispersion was fitted on. */
  errors: number;
}

export interface SeriesForecast {
  points: ForecastPoint[];
  /** What the mean is: in words, with its fixed settings. */
  model: string;
  settings: { localTrend: typeof LOCAL_TREND_DEFAULTS; combination: typeof COMBINATION_DEFAULTS; calibration: typeof CALIBRATION_DEFAULTS };
}

/** The quantiles every forecast reports: 2.5, 10, 50, 90, 97.5%. */
export const LEVELS = [0.025, 0.1, 0.5, 0.9, 0.975] as const;

/**
 * Forecasts the months after the series' last month from the whole series.
 * @example forecastSeries({ months: ["2018-01", …], counts: [12, …] }, 6).points[0] // { month: "2019-01", median, pi80, pi95, … }
 */
/** The model in words, in the reader's language. */
export function describeModel(lang: MessageLang = "en"): string {
  return messages(lang).forecast.model(describeCombination(lang), CALIBRATION_DEFAULTS.errors.toLocaleString(messages(lang).locale));
}

export function forecastSeries(series: Pick<MonthlySeries, "months" | "counts">, horizon: number, lang: MessageLang = "en"): SeriesForecast {
  const { counts, months } = series;
  if (counts.length < CALIBRATION_DEFAULTS.firstOrigin) throw new RangeError(`a forecast needs at least ${CALIBRATION_DEFAULTS.firstOrigin} months, got ${counts.length}`);
  const paths = combinationPaths(counts, horizon, CALIBRATION_DEFAULTS.firstOrigin);
  const dists = calibratedAt(counts, paths, counts.length, horizon);
  const last = months.at(-1)!;
  const points = dists.map((d, i) => {
    const [q025, q10, q50, q90, q975] = quantiles(d, LEVELS) as [number, number, number, number, number];
    return { month: addMonths(last, i + 1), median: q50, pi80: [q10, q90] as [number, number], pi95: [q025, q975] as [number, number], mean: d.mean, alpha: d.alpha, errors: d.errors };
  });
  return {
    points,
    model: describeModel(lang),
    settings: { localTrend: LOCAL_TREND_DEFAULTS, combination: COMBINATION_DEFAULTS, calibration: CALIBRATION_DEFAULTS },
  };
}
