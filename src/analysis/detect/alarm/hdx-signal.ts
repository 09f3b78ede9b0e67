/**
 * OCHA HDX Signals style rule. HDX Signals alerts when monthly (rolling 30-day) ACLED fatalities reach a
 * level not seen in the past one or three years, and never below 100 fatalities. Monthly analogue used here,
 * on the event counts: a month is flagged when its count exceeds every count of the previous `windowMonths`
 * (12, or 36) months and is at least `minCount`. Our default floor is 10 events, our own choice: an order
 * of magnitude below HDX's 100 fatalities because an event carries several deaths on average; it only
 * matters for quiet series.
 */
import type { AlarmTrace } from "./trace.ts";

/** Settings of the HDX-style rule. */
export interface HdxOptions {
  windowMonths: number;
  minCount: number;
}

/** Defaults: 12-month window, floor 10 events. */
export const HDX_DEFAULTS: HdxOptions = { windowMonths: 12, minCount: 10 };

/** Statistic: count − max of the window (NaN during the first `windowMonths` months). */
export function hdxSignal(counts: readonly number[], opts: HdxOptions = HDX_DEFAULTS): AlarmTrace {
  const statistic = new Array<number>(counts.length).fill(NaN);
  const alarm = new Array<boolean>(counts.length).fill(false);
  for (let t = opts.windowMonths; t < counts.length; t++) {
    let max = -Infinity;
    for (let k = t - opts.windowMonths; k < t; k++) max = Math.max(max, counts[k] as number);
    const y = counts[t] as number;
    statistic[t] = y - max;
    alarm[t] = y > max && y >= opts.minCount;
  }
  return { statistic, alarm };
}
