import { describe, expect, it } from "vitest";
import { createRng } from "../detect/index.ts";
import { fitAlpha } from "./calibrate.ts";
import { weightsAt } from "./combination.ts";
import { pointPaths } from "./calibrate.ts";
import { BASELINES, fitLocalTrend, localTrend } from "./methods.ts";
import { components } from "./combination.ts";

describe("fitLocalTrend", () => {
  it("recovers the level and growth of an exact exponential series", () => {
    const ys = Array.from({ length: 24 }, (_, i) => 10 * 1.1 ** i);
    const { level, slope } = fitLocalTrend(ys);
    expect(slope).toBeCloseTo(Math.log(1.1), 2);
    expect(Math.exp(level)).toBeCloseTo(ys.at(-1)!, -1);
  });
  it("keeps an all-zero history near zero instead of failing", () => {
    const [m] = localTrend().means([0, 0, 0, 0, 0, 0], 1);
    expect(m).toBeLessThan(0.01);
  });
  it("damps the trend: six months ahead of a rising series grows less than 1.1⁶", () => {
    const ys = Array.from({ length: 24 }, (_, i) => 10 * 1.1 ** i);
    const means = localTrend().means(ys, 6);
    expect(means[5]! / means[0]!).toBeGreaterThan(1.05);
    expect(means[5]! / ys.at(-1)!).toBeLessThan(1.1 ** 6);
  });
});

describe("BASELINES", () => {
  it("forecast by their textbook definitions", () => {
    const ys = Array.from({ length: 24 }, (_, i) => i + 1);
    const by = Object.fromEntries(BASELINES.map((b) => [b.name, b.means(ys, 13)]));
    expect(by["no-change"]![0]).toBe(24);
    expect(by["mean-3"]![2]).toBe(23);
    expect(by["mean-12"]![12]).toBe(18.5);
    // Seasonal naive: month 25 is like month 13, month 37 (13 ahead) like month 25's forecast, 13 again.
    expect(by["seasonal-naive"]!.slice(0, 2)).toEqual([13, 14]);
    expect(by["seasonal-naive"]![12]).toBe(13);
  });
});

describe("fitAlpha", () => {
  it("recovers the dispersion of seeded NB draws", () => {
    const rng = createRng(7);
    const means = Array.from({ length: 3000 }, (_, i) => 5 + (i % 30));
    const ys = means.map((m) => rng.negBin(m, 1 / 0.4));
    expect(fitAlpha(means, ys)).toBeGreaterThan(0.35);
    expect(fitAlpha(means, ys)).toBeLessThan(0.45);
  });
  it("finds almost none in Poisson draws", () => {
    const rng = createRng(8);
    const means = Array.from({ length: 3000 }, () => 12);
    expect(fitAlpha(means, means.map((m) => rng.poisson(m)))).toBeLessThan(0.01);
  });
});

describe("weightsAt", () => {
  it("gives no-change the most weight after a level shift that stays", () => {
    const counts = [...Array.from({ length: 30 }, () => 5), ...Array.from({ length: 20 }, () => 50)];
    const paths = components().map((c) => pointPaths(counts, c, 1, 3));
    const w = weightsAt(counts, paths, counts.length, 1);
    const names = components().map((c) => c.name);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(w[names.indexOf("no-change")]!).toBeGreaterThan(0.4);
    expect(w[names.indexOf("mean-12")]!).toBeLessThan(0.05);
  });
  it("weighs equally before enough forecasts are scored", () => {
    const counts = [1, 2, 3, 4, 5];
    const paths = components().map((c) => pointPaths(counts, c, 1, 3));
    expect(weightsAt(counts, paths, 4, 1)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});
