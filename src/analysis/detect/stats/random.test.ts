import { describe, expect, it } from "vitest";
import { createRng } from "./random.ts";

function moments(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

describe("createRng", () => {
  it("repeats the same stream for the same seed and differs for another", () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const xs = [a.uniform(), a.uniform()];
    expect([b.uniform(), b.uniform()]).toEqual(xs);
    expect(c.uniform()).not.toBe(xs[0]);
  });

  it.each([0.7, 4, 25, 300])("draws Poisson(%f) with mean and variance equal to the rate", (mu) => {
    const rng = createRng(1234);
    const { mean, variance } = moments(Array.from({ length: 40_000 }, () => rng.poisson(mu)));
    // Standard error of the mean is √(μ/40000); allow 4 of them; the variance gets 5%.
    expect(Math.abs(mean - mu)).toBeLessThan(4 * Math.sqrt(mu / 40_000));
    expect(variance / mu).toBeGreaterThan(0.95);
    expect(variance / mu).toBeLessThan(1.05);
  });

  it("draws Poisson(3) with the exact probability of zero", () => {
    const rng = createRng(99);
    const zeros = Array.from({ length: 50_000 }, () => rng.poisson(3)).filter((k) => k === 0).length;
    expect(zeros / 50_000).toBeCloseTo(Math.exp(-3), 2);
  });

  it("draws negative binomial counts with variance μ + μ²/r", () => {
    const rng = createRng(5);
    const { mean, variance } = moments(Array.from({ length: 40_000 }, () => rng.negBin(20, 4)));
    expect(mean).toBeGreaterThan(19.7);
    expect(mean).toBeLessThan(20.3);
    expect(variance / (20 + 400 / 4)).toBeGreaterThan(0.93);
    expect(variance / (20 + 400 / 4)).toBeLessThan(1.07);
  });
});
