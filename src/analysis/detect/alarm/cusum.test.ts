import { describe, expect, it } from "vitest";
import { createRng } from "../stats/random.ts";
import { cusumIncrement, nbCusum, type CusumOptions } from "./cusum.ts";

const opts: CusumOptions = { factor: 2, baselineMonths: 24, alpha: 0, threshold: 3, minRate: 0.5 };

describe("cusumIncrement", () => {
  it("is y·ln 2 − μ₀ for a Poisson doubling", () => {
    expect(cusumIncrement(7, 5, 2, 0)).toBeCloseTo(7 * Math.LN2 - 5, 12);
  });

  it("matches the NB2 log-likelihood ratio by hand (y = 10, μ₀ = 5, r = 2 → 0.463514)", () => {
    // 10·ln(10·7 / (5·12)) + 2·ln(7/12)
    expect(cusumIncrement(10, 5, 2, 0.5)).toBeCloseTo(0.463514, 6);
    expect(cusumIncrement(10, 5, 2, 1e-9)).toBeCloseTo(cusumIncrement(10, 5, 2, 0), 6);
  });
});

describe("nbCusum", () => {
  it("alarms within three months of a doubling from 10 to 20 events a month", () => {
    const delays: number[] = [];
    for (let seed = 1; seed <= 30; seed++) {
      const rng = createRng(seed);
      const counts = Array.from({ length: 96 }, (_, t) => rng.poisson(t < 60 ? 10 : 20));
      const first = nbCusum(counts, opts).alarm.findIndex((a, t) => a && t >= 60);
      delays.push(first < 0 ? Infinity : first - 60);
    }
    delays.sort((a, b) => a - b);
    expect(delays[15]).toBeLessThanOrEqual(2);
    expect(delays[27]).toBeLessThanOrEqual(5);
  });

  it("uses data up to each month only: a prefix gives the same trace as the full series", () => {
    const rng = createRng(9);
    const counts = Array.from({ length: 80 }, (_, t) => rng.negBin(t < 50 ? 6 : 15, 4));
    const full = nbCusum(counts, { ...opts, alpha: 0.25 });
    const prefix = nbCusum(counts.slice(0, 55), { ...opts, alpha: 0.25 });
    expect(prefix.statistic).toEqual(full.statistic.slice(0, 55));
    expect(prefix.alarm).toEqual(full.alarm.slice(0, 55));
  });

  it("freezes the baseline during a run and restarts from zero after an alarm", () => {
    const counts = [...new Array<number>(24).fill(5), 12, 12, 12, 12, 5];
    const trace = nbCusum(counts, { ...opts, threshold: 6 });
    // Each 12 adds 12·ln 2 − 5 = 3.318 against a frozen μ₀ = 5: 3.318, 6.636 → alarm at index 25.
    expect(trace.statistic[24]).toBeCloseTo(12 * Math.LN2 - 5, 9);
    expect(trace.alarm.slice(24, 27)).toEqual([false, true, false]);
    expect(trace.baseline[25]).toBe(5);
    // After the reset the baseline rolls on: index 26 sees the mean of months 2..25 = (22·5 + 24)/24.
    expect(trace.baseline[26]).toBeCloseTo((22 * 5 + 24) / 24, 12);
    expect(trace.statistic[26]).toBeCloseTo(cusumIncrement(12, (22 * 5 + 24) / 24, 2, 0), 9);
  });

  it("stays silent during the baseline warm-up and never alarms at S = 0 even with h = 0", () => {
    const trace = nbCusum(new Array<number>(30).fill(3), { ...opts, threshold: 0 });
    expect(trace.alarm.every((a) => !a)).toBe(true);
    expect(Number.isNaN(trace.baseline[23])).toBe(true);
  });
});
