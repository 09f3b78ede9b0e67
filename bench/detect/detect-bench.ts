/**
 * The detection speed benchmark: `detectAll` over many seeded synthetic series (default 5,000 × 180
 * months, half of them with a rate jump, half overdispersed). Generation is outside the timing.
 */
import { addMonths, createRng, detectAll, monthRange, type MonthlySeries } from "../../src/analysis/detect/index.ts";

/** One timing: what ran, how long it took, how many series. */
export interface DetectBenchResult {
  name: string;
  ms: number;
  series: number;
}

/** Seeded series for the benchmark. */
export function benchSeries(count: number, months = 180, seed = 42): MonthlySeries[] {
  const rng = createRng(seed);
  const labels = monthRange("2004-01", addMonths("2004-01", months - 1));
  return Array.from({ length: count }, (_, i) => {
    const base = 2 * 25 ** rng.uniform();
    const changeAt = i % 2 === 0 ? 36 + Math.floor(rng.uniform() * (months - 48)) : months;
    const size = i % 4 < 2 ? Infinity : 5;
    const counts = labels.map((_, t) => rng.negBin(t >= changeAt ? 2.5 * base : base, size));
    return { months: labels, counts };
  });
}

/** Times `detectAll` on `count` synthetic series of `months` months. */
export function runDetectBench(count = 5000, months = 180): DetectBenchResult {
  const series = benchSeries(count, months);
  const started = performance.now();
  detectAll(series);
  return { name: `detectAll ${count} series × ${months} months`, ms: Math.round(performance.now() - started), series: count };
}
