import { describe, expect, it } from "vitest";
import { createRng } from "../stats/random.ts";
import { cameronTrivediTest, pairedDispersionTest, poissonDispersionTest } from "./dispersion-test.ts";

function rejectionRate(test: (c: number[]) => { pValue: number }, draw: (seed: number) => number[]): number {
  let rejected = 0;
  for (let seed = 1; seed <= 400; seed++) if (test(draw(seed)).pValue < 0.05) rejected++;
  return rejected / 400;
}

const poisson = (mu: number, n: number) => (seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.poisson(mu));
};

describe("poissonDispersionTest", () => {
  it("computes D = 20/5 on 3 df for counts 2, 4, 6, 8 (P(χ²₃ ≥ 4) = 0.2615)", () => {
    const t = poissonDispersionTest([2, 4, 6, 8]);
    expect(t.statistic).toBeCloseTo(4, 12);
    expect(t.df).toBe(3);
    expect(t.pValue).toBeCloseTo(0.2615, 4);
  });

  it("rejects about 5% of true Poisson series at the 5% level", () => {
    const rate = rejectionRate(poissonDispersionTest, poisson(12, 120));
    expect(rate).toBeGreaterThan(0.025);
    expect(rate).toBeLessThan(0.08);
  });

  it("rejects a Poisson series whose rate triples halfway", () => {
    const shifted = (seed: number) => poisson(10, 60)(seed).concat(poisson(30, 60)(seed + 1000));
    expect(rejectionRate(poissonDispersionTest, shifted)).toBe(1);
  });
});

describe("cameronTrivediTest", () => {
  it("matches the hand computation for counts 0, 2, 4 (t = 0.378, p = 0.353)", () => {
    const t = cameronTrivediTest([0, 2, 4]);
    expect(t.statistic).toBeCloseTo(0.37796, 4);
    expect(t.pValue).toBeCloseTo(0.35273, 4);
  });

  it("detects negative-binomial noise with α = 0.2", () => {
    const nb = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 120 }, () => rng.negBin(15, 5));
    };
    expect(rejectionRate(cameronTrivediTest, nb)).toBeGreaterThan(0.9);
  });
});

describe("pairedDispersionTest", () => {
  it("sums (a − b)²/(a + b) over pairs 3,5 and 10,2 (= 5.833 on 2 df, p = e^−2.917)", () => {
    const t = pairedDispersionTest([3, 5, 10, 2, 7]);
    expect(t.statistic).toBeCloseTo(0.5 + 64 / 12, 12);
    expect(t.df).toBe(2);
    expect(t.pValue).toBeCloseTo(Math.exp(-(0.5 + 64 / 12) / 2), 12);
  });

  it("keeps about its 5% size on Poisson series whose rate triples halfway", () => {
    const shifted = (seed: number) => poisson(10, 60)(seed).concat(poisson(30, 60)(seed + 1000));
    const rate = rejectionRate(pairedDispersionTest, shifted);
    expect(rate).toBeGreaterThan(0.02);
    expect(rate).toBeLessThan(0.1);
  });
});
