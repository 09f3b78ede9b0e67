import binomialTest from "@stdlib/stats-binomial-test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goldenCases } from "./rate-ratio-golden.ts";
import { rateRatioTest, type RateRatioInput } from "./rate-ratio-test.ts";

/**
 * The same test through stdlib: the central p as twice its smaller one-sided p on count_a of the total with
 * p = exposure share, and its two-sided (central Clopper–Pearson) interval transformed to the ratio.
 */
function viaStdlib({ countA, exposureA, countB, exposureB }: RateRatioInput, confidence: number) {
  const run = (alternative: "less" | "greater" | "two-sided") =>
    binomialTest(countA, countA + countB, { p: exposureA / (exposureA + exposureB), alpha: 1 - confidence, alternative });
  const [lo, hi] = run("two-sided").ci as [number, number];
  const toRatio = (pi: number) => (pi / (1 - pi)) * (exposureB / exposureA);
  const pValue = Math.min(1, 2 * Math.min(run("less").pValue, run("greater").pValue));
  return { pValue, lower: toRatio(lo), upper: toRatio(hi) };
}

const headline = { countA: 153, exposureA: 182, countB: 121, exposureB: 365 };
const relative = (x: number, ref: number) => (ref === 0 || ref === Infinity ? (x === ref ? 0 : Infinity) : Math.abs(x / ref - 1));

describe("rateRatioTest", () => {
  it.each(goldenCases)("gives %i in %i days vs %i in %i at %d the golden p and interval (scipy, mpmath)", (a, da, b, db, conf, p, lower, upper) => {
    const t = rateRatioTest({ countA: a, exposureA: da, countB: b, exposureB: db }, conf);
    expect(relative(t.pValue, p)).toBeLessThan(1e-12);
    expect(relative(t.lower, lower)).toBeLessThan(1e-12);
    expect(relative(t.upper, upper)).toBeLessThan(1e-12);
    expect(t.significant).toBe(p < 1 - conf);
  });

  it("no longer calls 10 in 182 days vs 7 in 365 significant while its interval reaches 0.984", () => {
    // The minimum-likelihood p (R's binom.test, the old method) was 0.0367; the central p is 0.0539.
    const t = rateRatioTest({ countA: 10, exposureA: 182, countB: 7, exposureB: 365 }, 0.95);
    expect(t.pValue).toBeGreaterThan(0.05);
    expect(t.lower).toBeLessThan(1);
    expect(t.significant).toBe(false);
  });

  it("compares 153 in 182 days with 121 in 365: ratio 2.54, 95% CI 1.98–3.25, p ≈ 3.1e-14", () => {
    const mine = rateRatioTest(headline, 0.95);
    const ref = viaStdlib(headline, 0.95);
    expect(mine.ratio).toBeCloseTo(2.5358732, 6);
    expect(mine.lower / ref.lower).toBeCloseTo(1, 10);
    expect(mine.upper / ref.upper).toBeCloseTo(1, 10);
    // stdlib's one-sided 1.5432e-14 is off by ~2.5e-17 (1 − CDF); the exact tail is 1.54068e-14.
    expect(Math.abs(mine.pValue - ref.pValue)).toBeLessThan(1e-15);
  });

  it("matches stdlib on a few hundred random pairs of counts and lengths", () => {
    const arg = fc
      .record({
        countA: fc.integer({ min: 0, max: 500 }),
        countB: fc.integer({ min: 0, max: 500 }),
        exposureA: fc.integer({ min: 1, max: 3653 }),
        exposureB: fc.integer({ min: 1, max: 3653 }),
      })
      .filter((r) => r.countA + r.countB > 0);
    fc.assert(
      fc.property(arg, fc.constantFrom(0.9, 0.95, 0.99), (input, confidence) => {
        const mine = rateRatioTest(input, confidence);
        const ref = viaStdlib(input, confidence);
        expect(Math.abs(mine.pValue - ref.pValue)).toBeLessThanOrEqual(1e-9 * ref.pValue + 1e-14);
        expect(Math.abs(mine.lower - ref.lower)).toBeLessThanOrEqual(1e-9 * ref.lower);
        if (input.countB === 0) expect(mine.upper).toBe(Infinity);
        else expect(Math.abs(mine.upper - ref.upper)).toBeLessThanOrEqual(1e-9 * ref.upper);
        expect(mine.lower <= mine.ratio && mine.ratio <= mine.upper).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps test and interval together at exact ties, where a rounding error could split them", () => {
    // k events against none in equal lengths at confidence 1 − 2^(1−k): P(X ≥ k) = 2^−k = α/2 exactly, so
    // p = α and the lower bound is exactly 1. Computed, each lands a rounding error either side of it
    // (for k = 4, 5 and 11 the bound and the tail disagree before the tie is settled).
    for (let k = 1; k <= 30; k++) {
      const confidence = 1 - 2 ** (1 - k);
      for (const [countA, countB] of [[k, 0], [0, k]] as const) {
        const t = rateRatioTest({ countA, exposureA: 91, countB, exposureB: 91 }, confidence);
        expect(t.significant, `k = ${k}`).toBe(t.lower > 1 || t.upper < 1);
        expect(t.significant).toBe(t.pValue < 1 - confidence);
        expect(Math.abs(t.pValue / (1 - confidence) - 1)).toBeLessThan(1e-12);
      }
    }
  });

  it("is symmetric: swapping the periods inverts the ratio and interval and keeps the p-value", () => {
    const swapped = { countA: 121, exposureA: 365, countB: 153, exposureB: 182 };
    const [ab, ba] = [rateRatioTest(headline, 0.95), rateRatioTest(swapped, 0.95)];
    expect(ba.ratio * ab.ratio).toBeCloseTo(1, 14);
    expect(ba.lower * ab.upper).toBeCloseTo(1, 12);
    expect(ba.upper * ab.lower).toBeCloseTo(1, 12);
    expect(ba.pValue / ab.pValue).toBeCloseTo(1, 10);
  });

  it("gives an infinite ratio and upper bound, but a finite lower bound, when b has no events", () => {
    const t = rateRatioTest({ countA: 5, exposureA: 182, countB: 0, exposureB: 365 }, 0.95);
    expect(t.ratio).toBe(Infinity);
    expect(t.upper).toBe(Infinity);
    // Lower bound on π is (α/2)^(1/5); as a rate ratio, times 365/182. The p is 2·(182/547)^5.
    const pi = 0.025 ** (1 / 5);
    expect(t.lower).toBeCloseTo((pi / (1 - pi)) * (365 / 182), 12);
    expect(t.pValue).toBeCloseTo(2 * (182 / 547) ** 5, 14);
  });

  it("gives a zero ratio and lower bound when a has no events", () => {
    const t = rateRatioTest({ countA: 0, exposureA: 182, countB: 40, exposureB: 365 }, 0.95);
    expect([t.ratio, t.lower]).toEqual([0, 0]);
    expect(t.upper).toBeGreaterThan(0);
  });
});
