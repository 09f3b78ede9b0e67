import { describe, expect, it } from "vitest";
import { createRng } from "../stats/random.ts";
import { bruteForceSegmentation } from "../testing/brute-force-segmentation.ts";
import { binarySegmentation } from "./binseg.ts";
import { negBinCost, poissonCost } from "./cost.ts";
import { pelt } from "./pelt.ts";
import { penaltyValue } from "./penalty.ts";

describe("pelt", () => {
  it("reaches the brute-force optimum on 300 small random series, both costs, minimum lengths 1–3", () => {
    const rng = createRng(2024);
    for (let trial = 0; trial < 300; trial++) {
      const n = 6 + Math.floor(rng.uniform() * 7);
      const level = () => 0.5 + rng.uniform() * 12;
      let mu = level();
      const counts = Array.from({ length: n }, () => {
        if (rng.uniform() < 0.25) mu = level();
        return rng.negBin(mu, 3);
      });
      const minSegment = 1 + (trial % 3);
      const penalty = rng.uniform() * 8;
      for (const cost of [poissonCost(counts), negBinCost(counts, 0.3)]) {
        const exact = bruteForceSegmentation(cost, penalty, minSegment);
        const found = pelt(cost, { penalty, minSegment });
        expect(found.cost).toBeCloseTo(exact.cost, 9);
        expect(binarySegmentation(cost, { penalty, minSegment }).cost).toBeGreaterThanOrEqual(exact.cost - 1e-9);
      }
    }
  });

  it("finds a known tripling of the rate at month 60 within two months", () => {
    let hits = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const rng = createRng(seed);
      const counts = [...Array.from({ length: 60 }, () => rng.poisson(5)), ...Array.from({ length: 60 }, () => rng.poisson(15))];
      const { changepoints } = pelt(poissonCost(counts), { penalty: penaltyValue("mbic", 120), minSegment: 3 });
      if (changepoints.length === 1 && Math.abs((changepoints[0] as number) - 60) <= 2) hits++;
    }
    expect(hits).toBeGreaterThanOrEqual(19);
  });

  it("over-segments overdispersed noise with the Poisson cost but not with the NB cost", () => {
    let poissonSplits = 0;
    let negBinSplits = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const rng = createRng(seed);
      const counts = Array.from({ length: 120 }, () => rng.negBin(30, 1 / 0.3));
      const opts = { penalty: penaltyValue("mbic", 120), minSegment: 3 };
      poissonSplits += pelt(poissonCost(counts), opts).changepoints.length;
      negBinSplits += pelt(negBinCost(counts, 0.3), opts).changepoints.length;
    }
    expect(poissonSplits).toBeGreaterThan(40);
    expect(negBinSplits).toBeLessThanOrEqual(2);
  });

  it("respects the minimum segment length and returns one segment when the series is too short", () => {
    const counts = [0, 0, 50, 0, 0, 0, 0, 40, 40, 40];
    const { changepoints } = pelt(poissonCost(counts), { penalty: 1, minSegment: 3 });
    const bounds = [0, ...changepoints, counts.length];
    for (let i = 0; i + 1 < bounds.length; i++) expect((bounds[i + 1] as number) - (bounds[i] as number)).toBeGreaterThanOrEqual(3);
    expect(pelt(poissonCost([1, 9, 1]), { penalty: 0, minSegment: 2 }).changepoints).toEqual([]);
  });
});
