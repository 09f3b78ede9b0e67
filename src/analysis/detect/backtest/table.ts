/** The backtest rows as one Markdown table (also readable in a terminal). */
import type { BacktestRow } from "./evaluate.ts";

const dash = "–";

/** Formats rows with delays in months and false alarms per series-year. */
export function formatBacktestTable(rows: readonly BacktestRow[]): string {
  const head = ["scenario", "method", "series", "detected ≤12 mo", "median delay", "p90 delay", "false alarms / series-year"];
  const body = rows.map((r) => [
    r.scenario,
    r.method,
    String(r.series),
    r.detectionRate === null ? dash : `${(100 * r.detectionRate).toFixed(0)}%`,
    r.medianDelay === null ? dash : String(r.medianDelay),
    r.p90Delay === null ? dash : String(r.p90Delay),
    r.falseAlarmsPerYear.toFixed(3),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
