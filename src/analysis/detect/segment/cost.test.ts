import { describe, expect, it } from "vitest";
import { logGamma } from "../stats/log-gamma.ts";
import { negBinCost, poissonCost } from "./cost.ts";

const counts = [3, 0, 7, 2, 9, 4];

describe("poissonCost", () => {
  it("equals −2 log-likelihood at the segment mean, up to the Σ log y! constant", () => {
    const m = (0 + 7 + 2) / 3;
    const full = [0, 7, 2].reduce((a, y) => a + y * Math.log(m) - m - logGamma(y + 1), 0);
    const constant = [0, 7, 2].reduce((a, y) => a + logGamma(y + 1), 0);
    expect(poissonCost(counts).cost(1, 4)).toBeCloseTo(-2 * (full + constant), 12);
  });

  it("is zero for an all-zero segment and sums totals from prefix sums", () => {
    expect(poissonCost([0, 0, 0]).cost(0, 3)).toBe(0);
    expect(poissonCost(counts).total(2, 5)).toBe(18);
  });
});

describe("negBinCost", () => {
  it("equals −2 NB2 log-likelihood at the segment mean, up to terms free of the mean", () => {
    const alpha = 0.4;
    const r = 1 / alpha;
    const seg = [2, 9, 4];
    const m = 5;
    let full = 0;
    let constant = 0;
    for (const y of seg) {
      const free = logGamma(y + r) - logGamma(r) - logGamma(y + 1);
      full += free + r * Math.log(r / (r + m)) + y * Math.log(m / (r + m));
      constant += free;
    }
    expect(negBinCost(counts, alpha).cost(3, 6)).toBeCloseTo(-2 * (full - constant), 12);
  });

  it("falls back to the Poisson cost when α = 0", () => {
    expect(negBinCost(counts, 0).model).toBe("poisson");
  });
});
