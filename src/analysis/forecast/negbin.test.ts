import { describe, expect, it } from "vitest";
import { crps, pitCoverage, quantiles } from "./negbin.ts";

// NB2 with mean 2 and α = 0.5 is NB(r = 2, p = ½): P(k) = (k + 1) / 2^(k + 2).
const nbPmf = (k: number): number => (k + 1) / 2 ** (k + 2);
const poissonPmf = (mean: number) => (k: number): number => {
  let p = Math.exp(-mean);
  for (let i = 1; i <= k; i++) p *= mean / i;
  return p;
};

/** CRPS by its other definition, E|X − y| − ½ E|X − X′|, summed directly over a pmf. */
function crpsByExpectation(pmf: (k: number) => number, y: number, upTo = 300): number {
  let e1 = 0;
  let e2 = 0;
  for (let i = 0; i <= upTo; i++) {
    e1 += pmf(i) * Math.abs(i - y);
    for (let j = 0; j <= upTo; j++) e2 += pmf(i) * pmf(j) * Math.abs(i - j);
  }
  return e1 - e2 / 2;
}

describe("quantiles", () => {
  it("reads Poisson(2)'s quantiles off its table (F(4) = 0.947, F(5) = 0.983)", () => {
    expect(quantiles({ mean: 2, alpha: 1e-6 }, [0.025, 0.1, 0.5, 0.9, 0.975])).toEqual([0, 0, 2, 4, 5]);
  });
  it("reads NB(mean 2, α ½)'s quantiles off P(k) = (k+1)/2^(k+2)", () => {
    expect(quantiles({ mean: 2, alpha: 0.5 }, [0.1, 0.5, 0.9, 0.975])).toEqual([0, 1, 5, 7]);
  });
  it("handles a large near-Poisson mean without underflow", () => {
    const [lo, mid, hi] = quantiles({ mean: 5000, alpha: 1e-4 }, [0.025, 0.5, 0.975]);
    // Poisson(5000) with a tiny extra spread: about 5000 ± 1.96·√(5000 + 2500).
    expect(mid).toBeGreaterThanOrEqual(4995);
    expect(mid).toBeLessThanOrEqual(5005);
    expect(hi! - lo!).toBeGreaterThan(300);
    expect(hi! - lo!).toBeLessThan(380);
  });
});

describe("crps", () => {
  it("equals E|X − y| − ½E|X − X′| for an NB", () => {
    for (const y of [0, 1, 3, 12]) expect(crps({ mean: 2, alpha: 0.5 }, y)).toBeCloseTo(crpsByExpectation(nbPmf, y), 6);
  });
  it("equals E|X − y| − ½E|X − X′| for a Poisson", () => {
    for (const y of [0, 4, 9]) expect(crps({ mean: 4, alpha: 1e-6 }, y)).toBeCloseTo(crpsByExpectation(poissonPmf(4), y), 3);
  });
  it("is the absolute error for a forecast that is almost a point", () => {
    expect(crps({ mean: 1e-7, alpha: 1e-4 }, 5)).toBeCloseTo(5, 4);
  });
});

describe("pitCoverage", () => {
  it("counts the share of [F(y−1), F(y)] inside the central interval", () => {
    const d = { mean: 2, alpha: 0.5 };
    // y = 0: [0, 0.25] against [0.1, 0.9] → 0.15 / 0.25.
    expect(pitCoverage(d, 0, 0.8)).toBeCloseTo(0.6, 9);
    // y = 2: [0.5, 0.6875], wholly inside.
    expect(pitCoverage(d, 2, 0.8)).toBeCloseTo(1, 9);
    // y = 5: [0.890625, 0.9375] → (0.9 − 0.890625) / 0.046875.
    expect(pitCoverage(d, 5, 0.8)).toBeCloseTo(0.2, 9);
    // y = 9: F(8) = 1 − 11/1024 > 0.975, outside the 95% interval.
    expect(pitCoverage(d, 9, 0.95)).toBe(0);
  });
});
