/**
 * `detect`: the whole retrospective-plus-online reading of one monthly series. Dispersion is assessed once;
 * its verdict picks the model (Poisson or NB2 with α), and that one α is used by the segment costs, the
 * regime intervals and the CUSUM. Regimes come from PELT (or binary segmentation) with the MBIC penalty by
 * default; alarms from the NB CUSUM month by month; regrouping from the regimes.
 */
import { UsageError } from "../../errors.ts";
import { nbCusum } from "./alarm/cusum.ts";
import { thresholdFor } from "./alarm/threshold-for.ts";
import { assessDispersion, type DispersionSummary } from "./dispersion/assess.ts";
import { resolveOptions, type DetectOptions } from "./options.ts";
import { classifyRegrouping, type Regrouping } from "./regrouping.ts";
import type { Penalty } from "./segment/penalty.ts";
import { toRegimes, type Regime } from "./segment/regimes.ts";
import { segmentCounts } from "./segment/segment-counts.ts";
import { assertSeries, type MonthlySeries } from "./series.ts";

/** The CUSUM's verdict for one month; baseline and threshold are null during the warm-up. */
export interface AlarmStep {
  month: string;
  count: number;
  /** In-control rate μ₀ in force. */
  baseline: number | null;
  statistic: number;
  threshold: number | null;
  alarm: boolean;
}

/** Everything `detect` finds in one series. */
export interface DetectResult {
  dispersion: DispersionSummary;
  model: "poisson" | "negbin";
  /** The NB2 α used throughout (0 for Poisson). */
  alpha: number;
  penalty: { criterion: Penalty; value: number };
  regimes: Regime[];
  alarms: AlarmStep[];
  regrouping: Regrouping;
}

function chooseModel(d: DispersionSummary, model: "auto" | "poisson" | "negbin", fixed: number | undefined): { model: "poisson" | "negbin"; alpha: number } {
  const alpha = model === "poisson" ? 0 : model === "negbin" ? (fixed ?? d.alpha) : d.overdispersed ? (fixed ?? d.alpha) : 0;
  return { model: alpha > 0 ? "negbin" : "poisson", alpha };
}

/**
 * Regimes, online alarms and a regrouping verdict for one monthly series.
 * @example
 * const r = detect({ months: monthRange("2004-01", "2018-12"), counts });
 * r.regimes.map((g) => `${g.start}–${g.end}: ${g.rate.toFixed(1)}/month`);
 * r.alarms.filter((a) => a.alarm).map((a) => a.month);
 */
export function detect(series: MonthlySeries, options: DetectOptions = {}): DetectResult {
  assertSeries(series);
  if (series.counts.length === 0) throw new UsageError("cannot detect anything in an empty series");
  const o = resolveOptions(options);
  const dispersion = assessDispersion(series.counts);
  const { model, alpha } = chooseModel(dispersion, o.model, o.alpha);
  const { changepoints, penalty } = segmentCounts(series.counts, { alpha, penalty: o.penalty, minSegment: o.minSegment, segmenter: o.segmenter });
  const regimes = toRegimes(series, changepoints, alpha);
  const mean = series.counts.reduce((a, b) => a + b, 0) / series.counts.length;
  const threshold = thresholdFor(o.cusum, alpha, mean);
  const trace = nbCusum(series.counts, { ...o.cusum, alpha, threshold });
  const alarms = series.months.map((month, t) => ({
    month,
    count: series.counts[t] as number,
    baseline: Number.isNaN(trace.baseline[t]) ? null : (trace.baseline[t] as number),
    statistic: trace.statistic[t] as number,
    threshold: Number.isNaN(trace.threshold[t]) ? null : (trace.threshold[t] as number),
    alarm: trace.alarm[t] as boolean,
  }));
  return {
    dispersion,
    model,
    alpha,
    penalty: { criterion: o.penalty, value: penalty },
    regimes,
    alarms,
    regrouping: classifyRegrouping(regimes, o.regrouping),
  };
}
