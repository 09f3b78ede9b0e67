/**
 * `detect` over many series, e.g. every actor × province. Sequential and allocation-light per series; the
 * CUSUM thresholds come from the precomputed table, so no simulation runs unless non-tabulated CUSUM
 * settings are asked for (then one calibration per distinct setting, cached).
 */
import { detect, type DetectResult } from "./detect.ts";
import type { DetectOptions } from "./options.ts";
import type { MonthlySeries } from "./series.ts";

/**
 * Runs `detect` on each series with the same options.
 * @example detectAll(perProvince).filter((r) => r.regrouping.found)
 */
export function detectAll(series: readonly MonthlySeries[], options: DetectOptions = {}): DetectResult[] {
  return series.map((s) => detect(s, options));
}
