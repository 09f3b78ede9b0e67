/**
 * The backtest harness: replay a series month by month, giving each method only the months up to the
 * current one, and collect the months where its alarms fire.
 */
import { UsageError } from "../../../errors.ts";
import { assertSeries, type MonthlySeries } from "../series.ts";
import type { OnlineMethod } from "./method.ts";
import { defaultMethods } from "./methods.ts";

/** Indices at which `method` fires, monitoring from index `from` (earlier months are history only). */
export function replay(counts: readonly number[], method: OnlineMethod, from = 0): number[] {
  const step = method.start();
  const fired: number[] = [];
  for (let t = 0; t < counts.length; t++) {
    const seen = Object.freeze(counts.slice(0, t + 1));
    if (step(seen) && t >= from) fired.push(t);
  }
  return fired;
}

/** When each method's alarms fired on one series. */
export interface MethodAlarms {
  method: string;
  alarms: string[];
  firstAlarm: string | null;
}

/**
 * Replays `series` through each method without look-ahead.
 * @example backtest(series).map((m) => `${m.method}: ${m.firstAlarm ?? "never"}`)
 */
export function backtest(series: MonthlySeries, options: { methods?: OnlineMethod[]; fromMonth?: string } = {}): MethodAlarms[] {
  assertSeries(series);
  const from = options.fromMonth === undefined ? 0 : series.months.indexOf(options.fromMonth);
  if (from < 0) throw new UsageError(`fromMonth ${options.fromMonth} is not in the series`);
  return (options.methods ?? defaultMethods()).map((method) => {
    const alarms = replay(series.counts, method, from).map((t) => series.months[t] as string);
    return { method: method.name, alarms, firstAlarm: alarms[0] ?? null };
  });
}
