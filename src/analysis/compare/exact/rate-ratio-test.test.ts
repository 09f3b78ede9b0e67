import binomialTest from "@stdlib/stats-binomial-test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rateRatioTest, type RateRatioInput } from "./rate-ratio-test.ts";

/** The same test through stdlib: binomial on count_a of the total with p = exposure share, CI transformed. */
function viaStdlib({ countA, exposureA, countB, exposureB }: RateRatioInput, confidence: number) {
  const r = binomialTest(countA, countA + countB, {
    p: exposureA / (exposureA + exposureB),
    alpha: 1 - confidence,
    alternative: "two-sided",
  });
  const [lo, hi] = r.ci as [number, number];
  const toRatio = (pi: number) => (pi / (1 - pi)) * (exposureB / exposureA);
  return { pValue: r.pValue, lower: toRatio(lo), upper: toRatio(hi) };
}

const headline = { countA: 153, exposureA: 182, countB: 121, exposureB: 365 };

describe("rateRatioTest", () => {
  it("compares 153 in 182 days with 121 in 365: ratio 2.54, 95% CI 1.98–3.25, p ≈ 2.1e-14", () => {
    const mine = rateRatioTest(headline, 0.95);
    const ref = viaStdlib(headline, 0.95);
    expect(mine.ratio).toBeCloseTo(2.5358732, 6);
    expect(mine.lower).toBeCloseTo(1.98482, 5);
    expect(mine.upper).toBeCloseTo(3.24589, 5);
    expect(mine.lower / ref.lower).toBeCloseTo(1, 10);
    expect(mine.upper / ref.upper).toBeCloseTo(1, 10);
    // stdlib's 2.1076e-14 is off by ~2.5e-17 (1 − CDF); the exact value is 2.10506e-14.
    expect(mine.pValue).toBeCloseTo(2.10506e-14, 18);
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
    // Lower bound on π is (α/2)^(1/5); as a rate ratio, times 365/182.
    const pi = 0.025 ** (1 / 5);
    expect(t.lower).toBeCloseTo((pi / (1 - pi)) * (365 / 182), 12);
    expect(t.pValue).toBeCloseTo(viaStdlib({ countA: 5, exposureA: 182, countB: 0, exposureB: 365 }, 0.95).pValue, 14);
  });

  it("gives a zero ratio and lower bound when a has no events", () => {
    const t = rateRatioTest({ countA: 0, exposureA: 182, countB: 40, exposureB: 365 }, 0.95);
    expect([t.ratio, t.lower]).toEqual([0, 0]);
    expect(t.upper).toBeGreaterThan(0);
  });
});
