/**
 * Rolling-origin backtest, no look-ahead: at every origin t from `firstScored` on, each method sees
 * counts[0..t−1] only and forecasts 1..horizon months ahead; each forecast is scored against the month it
 * named once observed. Scores per method and horizon: mean CRPS, MAE of the median, and the coverage of the
 * 80% and 95% intervals — strict (PIT-based, see `pitCoverage`) and as printed (the interval's whole-number
 * ends included).
 *
 * The methods: the model; each baseline with the same calibrated NB2 spread as the model (so the comparison
 * is of means, not of who has intervals); each baseline as a bare point forecast (CRPS = absolute error); and
 * a Poisson around the 12-month mean.
 */
import { calibratedAt, CALIBRATION_DEFAULTS, pointPaths } from "./calibrate.ts";
import { combinationPaths } from "./combination.ts";
import { BASELINES, localTrend, type PointMethod } from "./methods.ts";
import { ALPHA_RANGE, crps, pitCoverage, quantiles, type NegBin } from "./negbin.ts";

export interface BacktestSeries {
  label: string;
  counts: readonly number[];
}

export interface ScoreRow {
  method: string;
  horizon: number;
  forecasts: number;
  crps: number;
  mae: number;
  /** Strict coverage (PIT-based); null for a point forecast. */
  cover80: number | null;
  cover95: number | null;
  /** Coverage of the printed interval [lo, hi], ends included; null for a point forecast. */
  cover80Printed: number | null;
  cover95Printed: number | null;
}

export interface BacktestSettings {
  horizons: number[];
  /** First origin scored (months of history); earlier origins only feed the calibration. */
  firstScored: number;
}

export const FORECAST_BACKTEST_DEFAULTS: BacktestSettings = { horizons: [1, 3, 6], firstScored: 24 };

interface Acc {
  n: number;
  crps: number;
  ae: number;
  c80: number;
  c95: number;
  p80: number;
  p95: number;
}

/** A method of the backtest: its point forecasts at every origin, and how they become a distribution. */
export interface BacktestMethod {
  name: string;
  /** calibrated: NB2 with the dispersion fitted to its own past errors; point: no distribution; poisson: Poisson around the point. */
  kind: "calibrated" | "point" | "poisson";
  paths(counts: readonly number[], horizon: number, firstOrigin: number): Array<number[] | undefined>;
}

const of = (m: PointMethod) => (counts: readonly number[], horizon: number, firstOrigin: number) => pointPaths(counts, m, horizon, firstOrigin);

/** Every method of the backtest, the model first. */
export function backtestMethods(): BacktestMethod[] {
  const mean12 = BASELINES.find((b) => b.name === "mean-12")!;
  return [
    { name: "model (adaptive combination, NB)", kind: "calibrated", paths: combinationPaths },
    { name: "local-trend alone + calibrated NB", kind: "calibrated", paths: of(localTrend()) },
    ...BASELINES.map((b) => ({ name: `${b.name} + calibrated NB`, kind: "calibrated" as const, paths: of(b) })),
    ...BASELINES.map((b) => ({ name: `${b.name} (point)`, kind: "point" as const, paths: of(b) })),
    { name: "Poisson(mean-12)", kind: "poisson", paths: of(mean12) },
  ];
}

/** Scores every method on every series; rows per method × horizon, pooled over series and origins. */
export function forecastBacktest(series: readonly BacktestSeries[], settings: BacktestSettings = FORECAST_BACKTEST_DEFAULTS, methods: BacktestMethod[] = backtestMethods()): ScoreRow[] {
  const horizon = Math.max(...settings.horizons);
  const acc = new Map<string, Acc>();
  const add = (key: string, a: Omit<Acc, "n">): void => {
    const cur = acc.get(key) ?? { n: 0, crps: 0, ae: 0, c80: 0, c95: 0, p80: 0, p95: 0 };
    acc.set(key, { n: cur.n + 1, crps: cur.crps + a.crps, ae: cur.ae + a.ae, c80: cur.c80 + a.c80, c95: cur.c95 + a.c95, p80: cur.p80 + a.p80, p95: cur.p95 + a.p95 });
  };
  for (const s of series) {
    const counts = s.counts;
    for (const m of methods) {
      const paths = m.paths(counts, horizon, CALIBRATION_DEFAULTS.firstOrigin);
      for (let t = settings.firstScored; t < counts.length; t++) {
        const dists = m.kind === "calibrated" ? calibratedAt(counts, paths, t, horizon) : undefined;
        for (const h of settings.horizons) {
          const target = t + h - 1;
          if (target >= counts.length) continue;
          const y = counts[target]!;
          const point = paths[t]![h - 1]!;
          if (m.kind === "point") {
            add(`${m.name}|${h}`, { crps: Math.abs(y - point), ae: Math.abs(y - point), c80: NaN, c95: NaN, p80: NaN, p95: NaN });
            continue;
          }
          const d: NegBin = dists ? dists[h - 1]! : { mean: Math.max(point, 0.01), alpha: ALPHA_RANGE[0] };
          add(`${m.name}|${h}`, scoreOne(d, y));
        }
      }
    }
  }
  return methods.flatMap((m) =>
    settings.horizons.map((h) => {
      const a = acc.get(`${m.name}|${h}`) ?? { n: 0, crps: NaN, ae: NaN, c80: NaN, c95: NaN, p80: NaN, p95: NaN };
      const share = (x: number): number | null => (Number.isNaN(x) ? null : x / a.n);
      return { method: m.name, horizon: h, forecasts: a.n, crps: a.crps / a.n, mae: a.ae / a.n, cover80: share(a.c80), cover95: share(a.c95), cover80Printed: share(a.p80), cover95Printed: share(a.p95) };
    }),
  );
}

function scoreOne(d: NegBin, y: number): Omit<Acc, "n"> {
  const [q025, q10, q50, q90, q975] = quantiles(d, [0.025, 0.1, 0.5, 0.9, 0.975]) as [number, number, number, number, number];
  return {
    crps: crps(d, y),
    ae: Math.abs(y - q50),
    c80: pitCoverage(d, y, 0.8),
    c95: pitCoverage(d, y, 0.95),
    p80: y >= q10 && y <= q90 ? 1 : 0,
    p95: y >= q025 && y <= q975 ? 1 : 0,
  };
}
