/**
 * Backtest metrics per scenario and method. Monitoring starts at `monitorFrom` (24: every method has its
 * history by then). A change counts as detected if an alarm fires in [change, change + `window`) months;
 * delay = alarm month − change month (0 = flagged in the month of the change). False alarms are alarms in
 * monitored months before the change (all monitored months for null series), per series-year.
 */
import type { OnlineMethod } from "./method.ts";
import { replay } from "./replay.ts";
import type { Scenario, SyntheticSeries } from "./synthetic.ts";

/** One line of the backtest table. */
export interface BacktestRow {
  scenario: string;
  method: string;
  series: number;
  /** Share of changed series detected within the window; null for null scenarios. */
  detectionRate: number | null;
  medianDelay: number | null;
  p90Delay: number | null;
  falseAlarmsPerYear: number;
}

function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

/** Scores every method on every series of one scenario. */
export function evaluateScenario(
  scenario: Scenario,
  series: readonly SyntheticSeries[],
  methods: readonly OnlineMethod[],
  { monitorFrom = 24, window = 12 } = {},
): BacktestRow[] {
  return methods.map((method) => {
    const delays: number[] = [];
    let falseAlarms = 0;
    let quietMonths = 0;
    for (const s of series) {
      const fired = replay(s.counts, method, monitorFrom);
      const end = s.changeAt ?? s.counts.length;
      falseAlarms += fired.filter((t) => t < end).length;
      quietMonths += Math.max(0, end - monitorFrom);
      if (s.changeAt !== null) {
        const hit = fired.find((t) => t >= (s.changeAt as number));
        if (hit !== undefined && hit < s.changeAt + window) delays.push(hit - s.changeAt);
      }
    }
    delays.sort((a, b) => a - b);
    const changed = scenario.factor !== null;
    return {
      scenario: scenario.name,
      method: method.name,
      series: series.length,
      detectionRate: changed ? delays.length / series.length : null,
      medianDelay: quantile(delays, 0.5),
      p90Delay: quantile(delays, 0.9),
      falseAlarmsPerYear: quietMonths > 0 ? (falseAlarms / quietMonths) * 12 : 0,
    };
  });
}
