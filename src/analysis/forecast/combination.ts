/**
 * The model's mean: an adaptive combination of simple forecasts (no-change, the mean of the last 3 and of the
 * last 12 months, the local level with damped trend). At each origin and horizon, each component weighs in
 * inverse proportion to its squared mean absolute error at that horizon over its last `window` scored
 * forecasts, recent errors weighing more (half-life `halfLife` forecasts), (only months already observed at the origin). After a regime change the short memories are the
 * ones that have been right lately and take the weight; in a steady regime the long means do.
 */
import { messages, type MessageLang } from "../../messages/index.ts";
import { BASELINES, LOCAL_TREND_DEFAULTS, localTrend, type PointMethod } from "./methods.ts";
import { pointPaths } from "./calibrate.ts";

export const COMBINATION_DEFAULTS = {
  /** Past forecasts per horizon that set the weights. */
  window: 24,
  /** Fewer past forecasts than this: equal weights. */
  minScored: 3,
  /** An error this many forecasts older counts half as much, so weights move soon after a regime change. */
  halfLife: 6,
} as const;

/** The components, each a simple rule anyone can check. */
export function components(): PointMethod[] {
  const pick = (name: string): PointMethod => BASELINES.find((b) => b.name === name)!;
  return [pick("no-change"), pick("mean-3"), pick("mean-12"), localTrend()];
}

/** What the combined mean is, in words. */
export function describeCombination(lang: MessageLang = "en"): string {
  const m = messages(lang).forecast;
  const s = LOCAL_TREND_DEFAULTS;
  const n = (x: number) => x.toLocaleString(messages(lang).locale);
  const what = (c: PointMethod) => (c.name === "local-trend" ? m.localTrend(n(s.window), n(s.halfLife), n(s.slopePenalty), n(s.damping), n(s.maxTrendFactor)) : (m.methods[c.name] ?? c.name));
  const parts = components().map((c, i) => `(${i + 1}) ${what(c)}`).join("; ");
  return m.combination(parts, n(COMBINATION_DEFAULTS.window), n(COMBINATION_DEFAULTS.halfLife));
}

/** The component weights at origin t for horizon h (index-aligned with `components()`). */
export function weightsAt(counts: readonly number[], paths: ReadonlyArray<ReadonlyArray<readonly number[] | undefined>>, t: number, h: number): number[] {
  const maes = paths.map((p) => {
    let sum = 0;
    let weight = 0;
    let n = 0;
    for (let o = t - h; o >= 0 && n < COMBINATION_DEFAULTS.window; o--) {
      const at = p[o];
      if (!at) break;
      const w = 0.5 ** (n / COMBINATION_DEFAULTS.halfLife);
      sum += w * Math.abs(counts[o + h - 1]! - at[h - 1]!);
      weight += w;
      n++;
    }
    return n >= COMBINATION_DEFAULTS.minScored ? sum / weight : NaN;
  });
  if (maes.some(Number.isNaN)) return maes.map(() => 1 / maes.length);
  // A component that was exactly right every time (all zeros) must not divide by zero.
  const inv = maes.map((m) => 1 / Math.max(m, 0.05) ** 2);
  const total = inv.reduce((a, b) => a + b, 0);
  return inv.map((w) => w / total);
}

/** The combined point forecasts at every origin from `firstOrigin` on (as `pointPaths`). */
export function combinationPaths(counts: readonly number[], horizon: number, firstOrigin: number): Array<number[] | undefined> {
  const parts = components().map((c) => pointPaths(counts, c, horizon, firstOrigin));
  const out: Array<number[] | undefined> = [];
  for (let t = 0; t <= counts.length; t++) {
    if (t < firstOrigin) {
      out.push(undefined);
      continue;
    }
    const means: number[] = [];
    for (let h = 1; h <= horizon; h++) {
      const w = weightsAt(counts, parts, t, h);
      means.push(parts.reduce((s, p, i) => s + w[i]! * p[t]![h - 1]!, 0));
    }
    out.push(means);
  }
  return out;
}
