import { describe, expect, it } from "vitest";
import { createRng } from "../stats/random.ts";
import { estimateLocalAlpha, estimateNegBin } from "./negbin-estimate.ts";

describe("estimateNegBin", () => {
  it("recovers α = 0.25 by moments and by likelihood from 3000 NB(20, r = 4) draws", () => {
    const rng = createRng(11);
    const est = estimateNegBin(Array.from({ length: 3000 }, () => rng.negBin(20, 4)));
    expect(est.mean).toBeCloseTo(20, 0);
    expect(Math.abs(est.alphaMoments - 0.25)).toBeLessThan(0.04);
    expect(Math.abs(est.alphaMl - 0.25)).toBeLessThan(0.03);
  });

  it("puts α at the Poisson boundary for underdispersed counts", () => {
    expect(estimateNegBin([5, 5, 6, 5, 4, 5, 5, 6]).alphaMl).toBe(0);
    expect(estimateNegBin([5, 5, 6, 5, 4, 5, 5, 6]).alphaMoments).toBe(0);
  });
});

describe("estimateLocalAlpha", () => {
  it("recovers α despite a fourfold jump that inflates the moment estimate", () => {
    const rng = createRng(3);
    const counts = [
      ...Array.from({ length: 400 }, () => rng.negBin(10, 4)),
      ...Array.from({ length: 400 }, () => rng.negBin(40, 4)),
    ];
    expect(Math.abs(estimateLocalAlpha(counts) - 0.25)).toBeLessThan(0.05);
    expect(estimateNegBin(counts).alphaMoments).toBeGreaterThan(0.5);
  });

  it("is zero for a series that never has two active neighbours", () => {
    expect(estimateLocalAlpha([0, 3, 0, 0, 2])).toBe(0);
  });
});
