/**
 * Point forecasts of a monthly count series from its history alone: the model's mean (a locally weighted
 * log-linear Poisson fit: recent level and a damped trend) and the baselines it is scored against
 * (no-change, the mean of the last 3 and 12 months, seasonal naive). Each returns the expected count for
 * 1..horizon months after the last month given; none sees a later month.
 */

/** A rule that turns the months so far into expected counts for the next `horizon` months. */
export interface PointMethod {
  /** Its name; the catalogue says what it is (messages `forecast.methods`, `forecast.localTrend`). */
  name: string;
  means(history: readonly number[], horizon: number): number[];
}

/** The model's settings, fixed before any backtest was run (not tuned on the real series). */
export const LOCAL_TREND_DEFAULTS = {
  /** Months the fit looks back at most. */
  window: 24,
  /** A month this many months older weighs half as much. */
  halfLife: 4,
  /** Each further month ahead keeps this share of the previous month's trend. */
  damping: 0.8,
  /** Ridge penalty on the monthly log-slope, so a few months of noise do not set a steep trend. */
  slopePenalty: 5,
  /** The trend may move the forecast by at most this factor either way. */
  maxTrendFactor: 3,
} as const;

export type LocalTrendSettings = { -readonly [K in keyof typeof LOCAL_TREND_DEFAULTS]: number };

/** Weighted Poisson fit of log μ_i = a + b·(i − last) by Newton's method; returns the level a and slope b. */
export function fitLocalTrend(history: readonly number[], s: LocalTrendSettings = LOCAL_TREND_DEFAULTS): { level: number; slope: number } {
  const n = Math.min(s.window, history.length);
  const ys = history.slice(history.length - n);
  const xs = ys.map((_, i) => i - (n - 1));
  const ws = xs.map((x) => 0.5 ** (-x / s.halfLife));
  const wsum = ws.reduce((p, w) => p + w, 0);
  const wmean = ys.reduce((p, y, i) => p + ws[i]! * y, 0) / wsum;
  let a = Math.log(wmean + 0.1);
  let b = 0;
  // A weak prior on the level keeps an all-zero window finite (a rate near 0.001).
  const levelPrior = { mean: Math.log(0.1), precision: 0.01 };
  for (let iter = 0; iter < 50; iter++) {
    let ga = -levelPrior.precision * (a - levelPrior.mean);
    let gb = -s.slopePenalty * b;
    let haa = levelPrior.precision;
    let hab = 0;
    let hbb = s.slopePenalty;
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const mu = Math.exp(a + b * x);
      const w = ws[i]!;
      ga += w * (ys[i]! - mu);
      gb += w * (ys[i]! - mu) * x;
      haa += w * mu;
      hab += w * mu * x;
      hbb += w * mu * x * x;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    // Damped Newton steps: a log-rate never jumps by more than 2 in one step.
    const scale = Math.min(1, 2 / Math.max(Math.abs(da), Math.abs(db) * n, 1e-12));
    a += scale * da;
    b += scale * db;
    if (Math.abs(da) < 1e-8 && Math.abs(db) < 1e-10) break;
  }
  return { level: a, slope: b };
}

/** The model's mean: recent level, times a damped trend capped at `maxTrendFactor`. */
export function localTrend(s: LocalTrendSettings = LOCAL_TREND_DEFAULTS): PointMethod {
  return {
    name: "local-trend",
    means(history, horizon) {
      if (history.length === 0) return Array.from({ length: horizon }, () => 0);
      const { level, slope } = fitLocalTrend(history, s);
      const cap = Math.log(s.maxTrendFactor);
      const out: number[] = [];
      let reach = 0;
      for (let h = 1; h <= horizon; h++) {
        reach += s.damping ** h;
        out.push(Math.exp(level + Math.max(-cap, Math.min(cap, slope * reach))));
      }
      return out;
    },
  };
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const flat = (value: number, horizon: number): number[] => Array.from({ length: horizon }, () => value);

/** The baselines of the backtest, as point forecasts. */
export const BASELINES: PointMethod[] = [
  { name: "no-change", means: (h, n) => flat(h.at(-1) ?? 0, n) },
  { name: "mean-3", means: (h, n) => flat(mean(h.slice(-3)), n) },
  { name: "mean-12", means: (h, n) => flat(mean(h.slice(-12)), n) },
  {
    name: "seasonal-naive",
    means: (h, n) => Array.from({ length: n }, (_, i) => h[h.length - 12 + (i % 12)] ?? h.at(-1) ?? 0),
  },
];
