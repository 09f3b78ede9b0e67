/**
 * ACLED Surge Tracker style rule, adapted to months. ACLED flags a first-order division when last week's
 * violent events are ≥ 100% above the weekly average of the past month, and only where that four-week
 * average is at least one event. Monthly analogue used here: a month is flagged when its count is at least
 * `ratio` (2) × the mean of the previous `priorMonths` (3) months and that prior mean is at least
 * `minPriorMean` (1 event per month, ACLED's floor carried over per period).
 */
import type { AlarmTrace } from "./trace.ts";

/** Settings of the ACLED-style surge rule. */
export interface SurgeOptions {
  priorMonths: number;
  ratio: number;
  minPriorMean: number;
}

/** Defaults: 3 prior months, ratio 2 (= +100%), prior mean ≥ 1. */
export const SURGE_DEFAULTS: SurgeOptions = { priorMonths: 3, ratio: 2, minPriorMean: 1 };

/** Statistic: count / prior mean (NaN in the first `priorMonths` months). */
export function acledSurge(counts: readonly number[], opts: SurgeOptions = SURGE_DEFAULTS): AlarmTrace {
  const statistic = new Array<number>(counts.length).fill(NaN);
  const alarm = new Array<boolean>(counts.length).fill(false);
  let sum = 0;
  for (let t = 0; t < counts.length; t++) {
    const y = counts[t] as number;
    if (t >= opts.priorMonths) {
      const prior = sum / opts.priorMonths;
      statistic[t] = prior > 0 ? y / prior : y > 0 ? Infinity : NaN;
      alarm[t] = prior >= opts.minPriorMean && y >= opts.ratio * prior;
      sum -= counts[t - opts.priorMonths] as number;
    }
    sum += y;
  }
  return { statistic, alarm };
}
