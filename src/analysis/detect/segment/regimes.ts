/** From changepoints to regimes a reader can check: dates, totals, rates and their intervals. */
import type { MonthlySeries } from "../series.ts";
import { rateInterval, type RateInterval } from "./rate-interval.ts";

/** A stretch of months with one event rate. */
export interface Regime {
  /** First month, "YYYY-MM". */
  start: string;
  /** Last month, "YYYY-MM" (inclusive). */
  end: string;
  months: number;
  total: number;
  /** Total deaths, when the series carries deaths. */
  deaths?: number;
  /** Mean events per month. */
  rate: number;
  /** 95% interval for the rate: exact Poisson, or NB-adjusted when alpha > 0. */
  ci: RateInterval;
}

/** Regimes between the changepoints of `series`, with intervals from dispersion `alpha`. */
export function toRegimes(series: MonthlySeries, changepoints: readonly number[], alpha: number): Regime[] {
  const bounds = [0, ...changepoints, series.counts.length];
  const regimes: Regime[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] as number;
    const to = bounds[i + 1] as number;
    const counts = series.counts.slice(from, to);
    const total = counts.reduce((a, b) => a + b, 0);
    const regime: Regime = {
      start: series.months[from] as string,
      end: series.months[to - 1] as string,
      months: to - from,
      total,
      rate: total / (to - from),
      ci: rateInterval(total, to - from, alpha),
    };
    if (series.deaths) regime.deaths = series.deaths.slice(from, to).reduce((a, b) => a + b, 0);
    regimes.push(regime);
  }
  return regimes;
}
